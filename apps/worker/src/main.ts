import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { environmentOrExit, exitWithConfigError, useAppLogger } from '@tongxin/platform';
import { WorkerModule } from './worker.module.js';

const environment = environmentOrExit('worker');
if (!environment.REDIS_URL)
  exitWithConfigError('worker', 'REDIS_URL is required for the worker (e.g. redis://127.0.0.1:6379)');
const app = await NestFactory.createApplicationContext(WorkerModule.register(environment), { bufferLogs: true });
useAppLogger(app);
app.enableShutdownHooks();
