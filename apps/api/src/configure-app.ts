import type { INestApplication } from '@nestjs/common';
import type { Environment } from '@tongxin/config';
import {
  codedJsonBody,
  ENVIRONMENT,
  MAX_JSON_DEPTH,
  METRICS,
  safeUrl,
  useAppLogger,
  type Metrics,
} from '@tongxin/platform';
import { compressResponses } from './http-compression.js';
import { serveOpenApi } from './openapi.js';
import { serveWebDashboard } from './web-dashboard.js';
import { QUEUE_DASHBOARD_PATH, queueDashboardCookie } from './admin/queue-dashboard.js';
import { httpMetrics } from './metrics/http-metrics.js';

/** Settings shared by main.ts and the e2e tests, so tests exercise the app as deployed. */
export function configureApp(app: INestApplication): INestApplication {
  // First, so every response below it (API JSON, exports, the dashboard) goes out compressed.
  compressResponses(app);
  // JSON only, at most 1 MB and 32 levels deep: anything else is refused (400/413/415, coded) before any handler runs.
  app.use(safeUrl());
  app.use(codedJsonBody({ limit: '1mb', maxDepth: MAX_JSON_DEPTH }));
  useAppLogger(app);
  app.enableShutdownHooks();
  // Before every route: latency by route template and command outcomes for /metrics.
  app.use(httpMetrics(app.get<Metrics>(METRICS)));
  // A browser opening Bull Board carries the platform administrator's token in a cookie.
  app.use(QUEUE_DASHBOARD_PATH, queueDashboardCookie);
  serveOpenApi(app);
  serveWebDashboard(app, app.get<Environment>(ENVIRONMENT).WEB_ROOT);
  return app;
}
