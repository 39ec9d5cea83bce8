import type { INestApplication } from '@nestjs/common';
import compression from 'compression';
import type { Request, Response } from 'express';

/**
 * Compresses every response worth compressing — API JSON, NDJSON exports, the dashboard's pages —
 * with brotli when the browser accepts it, else gzip (the `compression` middleware of the Express
 * project; brotli at quality 4, its default, a fair trade of CPU for size on a live response).
 * Bodies under 1 KB are sent as they are (the encoding would cost more than it saves); the hashed
 * dashboard assets arrive precompressed at the highest levels (apps/web/vite.config.ts) and are
 * left alone here because they already carry a Content-Encoding.
 *
 * Server-sent events are not compressed: each progress message is a few hundred bytes that must
 * reach the browser at once, and a compressor holds bytes back until it is flushed.
 */
export function compressResponses(app: INestApplication): void {
  app.use(
    compression({
      filter: (request: Request, response: Response) =>
        !/^text\/event-stream/i.test(String(response.getHeader('Content-Type') ?? '')) &&
        compression.filter(request, response),
    }),
  );
}
