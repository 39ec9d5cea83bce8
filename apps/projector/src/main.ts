import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { environmentOrExit, useAppLogger } from '@tongxin/platform';
import { ProjectorModule } from './projector.module.js';

const environment = environmentOrExit('projector');
const app = await NestFactory.createApplicationContext(ProjectorModule.register(environment), { bufferLogs: true });
useAppLogger(app);
app.enableShutdownHooks();
