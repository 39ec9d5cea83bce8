import { existsSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PATHS = /^\/(api|health|admin|metrics)(\/|$)/;
/** Content-hashed file names never change content: the browser keeps them for a year without asking again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page itself is asked for again each time (a 304 when unchanged), so a new build is picked up at once. */
const REVALIDATE = 'no-cache';
/** Encodings the build writes beside each asset, in the order the server prefers them. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the built web dashboard (apps/web) at /: hashed assets cached for good and sent in the
 * precompressed form the browser accepts (brotli or gzip, written by the Vite build), and every
 * other page path answered with index.html so the browser's router can take it. The api's own (and
 * the admin dashboards') paths never fall through to the page. Returns false when the dashboard is
 * not built.
 */
export function serveWebDashboard(app: INestApplication, webRoot: string): boolean {
  const root = resolve(webRoot);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  const assets = join(root, 'assets');
  const express = app as NestExpressApplication;
  express.use('/assets', precompressedAssets(assets));
  express.useStaticAssets(root, {
    index: false,
    setHeaders: (response: Response, path: string) =>
      response.setHeader('Cache-Control', path.startsWith(assets) ? IMMUTABLE : REVALIDATE),
  });
  express.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || API_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', REVALIDATE);
    response.sendFile(index);
  });
  return true;
}

/**
 * The .br / .gz twins of the build's assets, listed once at start (a request names a file of that
 * list or falls through to the static files, so no request path reaches the file system here).
 */
function precompressedAssets(assets: string) {
  const files = new Set(existsSync(assets) ? readdirSync(assets) : []);
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    let name: string;
    try {
      name = decodeURIComponent(request.path.slice(1));
    } catch {
      return next();
    }
    const accepted = PRECOMPRESSED.filter((p) => files.has(name + p.suffix)).map((p) => p.encoding);
    if (accepted.length === 0) return next();
    response.vary('Accept-Encoding');
    // The server's order decides among the encodings the client accepts (browsers list gzip
    // before br with equal weight, and negotiation would then pick gzip).
    const chosen = PRECOMPRESSED.find((p) => accepted.includes(p.encoding) && request.acceptsEncodings(p.encoding));
    if (!chosen) return next();
    response.setHeader('Content-Encoding', chosen.encoding);
    response.setHeader('Cache-Control', IMMUTABLE);
    response.type(extname(name));
    response.sendFile(join(assets, name + chosen.suffix), { cacheControl: false }, (error?: Error) => {
      if (error && !response.headersSent) next(error);
    });
  };
}
