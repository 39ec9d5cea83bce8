import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { environmentOrExit, useAppLogger } from '@tongxin/platform';
import { WorkerModule } from './worker.module.js';

const environment = environmentOrExit('worker');
if (!environment.REDIS_URL) {
  process.stderr.write('[tongxin-worker] REDIS_URL is required for the worker (e.g. redis://127.0.0.1:6379)\n');
  process.exit(1);
}
const app = await NestFactory.createApplicationContext(WorkerModule.register(environment), { bufferLogs: true });
useAppLogger(app);
app.enableShutdownHooks();
