import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { environmentOrExit } from '@tongxin/platform';
import { ProjectorModule } from './projector.module.js';

const environment = environmentOrExit('projector');
const app = await NestFactory.createApplicationContext(ProjectorModule.register(environment), { bufferLogs: true });
app.useLogger(app.get(Logger));
app.enableShutdownHooks();
