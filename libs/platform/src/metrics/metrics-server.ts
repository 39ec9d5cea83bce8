import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { within, type Metrics } from './metrics.js';

/** A readiness check: resolves when the dependency is usable, rejects (or times out) when not. */
export type ReadinessCheck = () => Promise<unknown>;

const CHECK_TIMEOUT_MS = 2000;

/**
 * The small HTTP port of the apps that have no HTTP server of their own (projector, worker):
 * `GET /metrics` for Prometheus, `GET /health/live` (the process answers: restart it if not) and
 * `GET /health/ready` (its dependencies answer: 503 otherwise). Listens on every interface (the
 * orchestrator's probes and Prometheus come from outside the pod); port 0 takes a free port
 * (tests), `null` turns it off.
 */
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server: Server | null = null;

  constructor(
    private readonly metrics: Metrics,
    private readonly port: number | null,
    private readonly checks: Readonly<Record<string, ReadinessCheck>> = {},
    private readonly host = '0.0.0.0',
  ) {}

  /** The port it listens on (the one chosen when asked for 0), or null when off. */
  get boundPort(): number | null {
    return (this.server?.address() as AddressInfo | null)?.port ?? null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.port === null) return;
    const server = createServer((request, response) => {
      void this.answer(request.method ?? 'GET', (request.url ?? '/').split('?')[0] ?? '/').then(
        ({ status, type, body }) => response.writeHead(status, { 'content-type': type }).end(body),
        (error: unknown) =>
          response.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${String(error)}`),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port as number, this.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.logger.log(`metrics and health on port ${this.boundPort}: /metrics, /health/live, /health/ready`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async answer(method: string, path: string): Promise<{ status: number; type: string; body: string }> {
    const json = (status: number, body: unknown) => ({ status, type: 'application/json', body: JSON.stringify(body) });
    if (method !== 'GET') return json(405, { message: 'GET only' });
    if (path === '/metrics') return { status: 200, type: this.metrics.contentType, body: await this.metrics.text() };
    if (path === '/health/live') return json(200, { status: 'ok' });
    if (path === '/health/ready') {
      const details: Record<string, { status: 'up' | 'down'; message?: string }> = {};
      await Promise.all(
        Object.entries(this.checks).map(async ([name, check]) => {
          try {
            await within(check(), CHECK_TIMEOUT_MS);
            details[name] = { status: 'up' };
          } catch (error) {
            details[name] = { status: 'down', message: error instanceof Error ? error.message : String(error) };
          }
        }),
      );
      const ok = Object.values(details).every((d) => d.status === 'up');
      return json(ok ? 200 : 503, { status: ok ? 'ok' : 'error', details });
    }
    return json(404, { message: 'not found: /metrics, /health/live, /health/ready' });
  }
}
