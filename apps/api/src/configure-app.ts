import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

/** Settings shared by main.ts and the e2e tests, so tests exercise the app as deployed. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}
