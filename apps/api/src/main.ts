import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { environmentOrExit } from '@tongxin/platform';
import { AppModule } from './app.module.js';
import { configureApp } from './configure-app.js';

const environment = environmentOrExit('api');
const app = await NestFactory.create<NestExpressApplication>(AppModule.register(environment), { bufferLogs: true });
configureApp(app);
await app.listen(environment.PORT);
