import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PATHS = /^\/(api|health|admin)(\/|$)/;

/**
 * Serves the built web dashboard (apps/web) at /: hashed assets cached for good, and every
 * other page path answered with index.html so the browser's router can take it. The api's own (and the admin dashboards')
 * paths never fall through to the page. Returns false when the dashboard is not built.
 */
export function serveWebDashboard(app: INestApplication, webRoot: string): boolean {
  const root = resolve(webRoot);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  const express = app as NestExpressApplication;
  express.useStaticAssets(root, {
    index: false,
    setHeaders: (response: { setHeader(name: string, value: string): void }, path: string) =>
      response.setHeader(
        'Cache-Control',
        path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  express.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || API_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
