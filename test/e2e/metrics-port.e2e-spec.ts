import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { validateEnvironment } from '@tongxin/config';
import { MetricsServer } from '@tongxin/platform';
import { migrateSchema } from '@tongxin/read-store';
import { scratchDatabase, testRedisUrl } from '@tongxin/testing';
import { ProjectorModule } from '../../apps/projector/src/projector.module.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { TEST_PII_MASTER_KEYS } from './app.js';

/**
 * The projector and the worker have no HTTP server of their own: with METRICS_PORT they open a
 * small one for Prometheus and the orchestrator's probes. Each app runs as deployed (its Nest
 * module) on a database of its own, so its real projections and timers disturb no other suite.
 */
describe('the metrics port of the projector and the worker', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  const apps: INestApplicationContext[] = [];
  const environment = (overrides: Record<string, string> = {}) =>
    validateEnvironment(
      {
        DATABASE_URL: scratch.url,
        REDIS_URL: testRedisUrl(),
        QUEUE_PREFIX: `tongxin-test-metrics-${randomUUID().slice(0, 8)}`,
        PII_MASTER_KEYS: TEST_PII_MASTER_KEYS,
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
        METRICS_PORT: '0',
        ...overrides,
      },
      { tokens: false },
    );
  const get = async (app: INestApplicationContext, path: string) => {
    const port = app.get(MetricsServer).boundPort;
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    scratch = await scratchDatabase('metrics_port');
    const owner = new pg.Pool({ connectionString: scratch.url, max: 1 });
    try {
      await migrateSchema(owner);
    } finally {
      await owner.end();
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await scratch.drop();
  });

  it('the projector serves its projection lag, liveness and readiness', async () => {
    const projector = await NestFactory.createApplicationContext(ProjectorModule.register(environment()), {
      logger: false,
    });
    apps.push(projector);
    await projector.init();
    expect((await get(projector, '/health/live')).status).toBe(200);
    const ready = await get(projector, '/health/ready');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({
      status: 'ok',
      details: { postgres: { status: 'up' }, projections: { status: 'up' } },
    });
    const metrics = await get(projector, '/metrics');
    expect(metrics.status).toBe(200);
    for (const projection of ['directory', 'kpi-facts', 'tenant-activity'])
      expect(metrics.text).toContain(`tongxin_projection_lag_events{projection="${projection}",app="projector"} 0`);
    expect(metrics.text).toContain('tongxin_pg_pool_connections{state="total",app="projector"}');
    expect(metrics.text).toContain('process_resident_memory_bytes{app="projector"}');
  });

  it('the worker serves its queue depths, failures and whether Redis answers', async () => {
    const worker = await NestFactory.createApplicationContext(WorkerModule.register(environment()), { logger: false });
    apps.push(worker);
    await worker.init();
    const ready = await get(worker, '/health/ready');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({
      status: 'ok',
      details: { postgres: { status: 'up' }, redis: { status: 'up' }, workers: { status: 'up' } },
    });
    const metrics = await get(worker, '/metrics');
    for (const queue of ['tongxin-sla', 'tongxin-rankings', 'tongxin-import', 'tongxin-export', 'tongxin-audit-seal'])
      expect(metrics.text).toMatch(
        new RegExp(`tongxin_queue_jobs\\{queue="${queue}",state="waiting",app="worker"\\} \\d+`),
      );
    expect(metrics.text).toContain('tongxin_queue_redis_up{app="worker"} 1');
    expect(metrics.text).toMatch(/tongxin_queue_jobs_failed_total\{queue="[^"]+",app="worker"\} 0/);
  });

  it('stays off without METRICS_PORT (several apps on one host)', async () => {
    const env = environment();
    delete (env as { METRICS_PORT?: number }).METRICS_PORT;
    const projector = await NestFactory.createApplicationContext(ProjectorModule.register(env), { logger: false });
    apps.push(projector);
    await projector.init();
    expect(projector.get(MetricsServer).boundPort).toBeNull();
  });
});
