import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@tongxin/event-store';
import { Metrics, MetricsServer } from '@tongxin/platform';
import { tenantActivityProjection } from '@tongxin/projections';
import { ProjectionRunner, writeTenantActivity } from '@tongxin/read-store';
import { events, metadata, migratedTestPool, ownerTestPool, uniqueTenant } from '@tongxin/testing';
import { projectionMetrics } from './projection-metrics.js';

/** The value of one sample in Prometheus' text format. */
function sample(text: string, name: string, projection?: string): number {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && (projection === undefined || l.includes(`projection="${projection}"`)));
  if (line === undefined) throw new Error(`no sample ${name}${projection ? ` for ${projection}` : ''}`);
  return Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('projection lag gauges (real PostgreSQL, served on the metrics port)', () => {
  let pool: pg.Pool;
  let owner: pg.Pool;
  let store: PostgresEventStore;
  let server: MetricsServer;
  let metrics: Metrics;
  // Its own projection name, so other suites' checkpoints and appends cannot move it.
  const name = `lag-test-${randomUUID().slice(0, 8)}`;
  const scrape = async () => {
    const response = await fetch(`http://127.0.0.1:${server.boundPort}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    pool = await migratedTestPool(3);
    owner = ownerTestPool(1);
    store = new PostgresEventStore({ pool, pollIntervalMs: 20 });
    metrics = new Metrics('projector');
    server = new MetricsServer(metrics, 0, { postgres: () => pool.query('select 1') });
    await server.onApplicationBootstrap();
  });
  afterAll(async () => {
    await server.onApplicationShutdown();
    await store.close();
    await pool.end();
    await owner.end();
  });

  it('shows how many events and seconds a projection is behind, and zero seconds once it caught up', async () => {
    const { applied } = projectionMetrics(metrics, pool, [name]);
    const tenant = uniqueTenant('lag');
    const written = await store.append(tenant, 'request-1', 0, events(3), metadata());
    // The projection stands just before these three events (as if it had stopped there).
    const before = written.firstPosition - 1;
    await owner.query('insert into projection_checkpoints (projection, version, position) values ($1, $2, $3)', [
      name,
      tenantActivityProjection.version,
      before,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const behind = await scrape();
    expect(sample(behind, 'tongxin_projection_position', name)).toBe(before);
    expect(sample(behind, 'tongxin_projection_lag_events', name)).toBeGreaterThanOrEqual(3);
    expect(sample(behind, 'tongxin_projection_lag_events', name)).toBe(
      sample(behind, 'tongxin_event_log_head_position') - before,
    );
    expect(sample(behind, 'tongxin_projection_lag_seconds', name)).toBeGreaterThanOrEqual(0.25);

    const runner = new ProjectionRunner({
      pool,
      store,
      projection: { ...tenantActivityProjection, name },
      write: writeTenantActivity,
      onPage: (page) => applied.inc({ projection: name }, page.events.length),
    });
    const subscription = await runner.start();
    const stopped: { error?: Error } = {};
    subscription.done.catch(
      (error: unknown) => (stopped.error = error instanceof Error ? error : new Error(String(error))),
    );
    try {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const caughtUp = await owner.query<{ position: string }>(
          'select position from projection_checkpoints where projection = $1',
          [name],
        );
        if (Number(caughtUp.rows[0]?.position) >= written.lastPosition) break;
        if (stopped.error) throw stopped.error;
        if (Date.now() > deadline) throw new Error('the projection did not catch up');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, 1100)); // past the reading shared within a scrape
      const after = await scrape();
      expect(sample(after, 'tongxin_projection_position', name)).toBeGreaterThanOrEqual(written.lastPosition);
      expect(sample(after, 'tongxin_projection_events_total', name)).toBeGreaterThanOrEqual(3);
      // Other suites may be appending meanwhile; nothing of ours is older than a moment.
      expect(sample(after, 'tongxin_projection_lag_seconds', name)).toBeLessThan(5);
      expect(sample(after, 'tongxin_projection_lag_events', name)).toBe(
        sample(after, 'tongxin_event_log_head_position') - sample(after, 'tongxin_projection_position', name),
      );
    } finally {
      await runner.stop();
    }
  });

  it('answers liveness without dependencies and readiness with them', async () => {
    const live = await fetch(`http://127.0.0.1:${server.boundPort}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${server.boundPort}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', details: { postgres: { status: 'up' } } });

    const down = new MetricsServer(metrics, 0, { postgres: () => Promise.reject(new Error('connection refused')) });
    await down.onApplicationBootstrap();
    try {
      const response = await fetch(`http://127.0.0.1:${down.boundPort}/health/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'error',
        details: { postgres: { status: 'down', message: 'connection refused' } },
      });
      expect((await fetch(`http://127.0.0.1:${down.boundPort}/health/live`)).status).toBe(200);
    } finally {
      await down.onApplicationShutdown();
    }
  });
});
