import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Environment } from '@tongxin/config';
import { ENVIRONMENT, useAppLogger } from '@tongxin/platform';
import { serveOpenApi } from './openapi.js';
import { serveWebDashboard } from './web-dashboard.js';
import { QUEUE_DASHBOARD_PATH, queueDashboardCookie } from './admin/queue-dashboard.js';

/** Settings shared by main.ts and the e2e tests, so tests exercise the app as deployed. */
export function configureApp(app: INestApplication): INestApplication {
  // Oversize bodies are refused with 413 before any handler runs.
  (app as NestExpressApplication).useBodyParser('json', { limit: '1mb' });
  useAppLogger(app);
  app.enableShutdownHooks();
  // A browser opening Bull Board carries the platform administrator's token in a cookie.
  app.use(QUEUE_DASHBOARD_PATH, queueDashboardCookie);
  serveOpenApi(app);
  serveWebDashboard(app, app.get<Environment>(ENVIRONMENT).WEB_ROOT);
  return app;
}
