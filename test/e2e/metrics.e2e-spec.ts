import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import { MetricsServer } from '@tongxin/platform';
import { migratedTestPool } from '@tongxin/testing';
import { setUpCommunity, startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

/** The value of one sample in Prometheus' text format, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && wanted.every((pair) => l.slice(0, l.lastIndexOf('}')).includes(pair)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics on the api (Prometheus, real PostgreSQL)', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let directory: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('metrics');
  const http = () => request(app.getHttpServer() as Server);
  const RAISE = 'POST /api/v1/communities/:communityId/requests';
  const RESOLVE = 'POST /api/v1/communities/:communityId/requests/:requestId/resolve';
  let resident: string;
  let staff: string;

  const scrape = async () => {
    const response = await http().get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text;
  };
  const raise = (key?: string) => {
    const call = http().post(`/api/v1/communities/${ids.communityId}/requests`).set('Authorization', resident);
    if (key) call.set('Idempotency-Key', key);
    return call.send({
      channel: 'door-duty',
      category: 'street-lights',
      description: '3栋路灯不亮',
      compoundId: 'minxing',
    });
  };

  beforeAll(async () => {
    pool = await migratedTestPool(2);
    app = await startApi();
    directory = await startDirectoryProjection(pool);
    await setUpCommunity(app, directory, ids, { district: '咸安区', street: '永安办事处', community: '凤凰社区' });
    resident = `Bearer ${await tokenFor('resident', { communityId: ids.communityId }, 'resident-9')}`;
    staff = `Bearer ${await tokenFor('community-staff', { communityId: ids.communityId }, 'staff-1')}`;
  });
  afterAll(async () => {
    await directory.stop();
    await app.close();
    await pool.end();
  });

  it('counts each command by its outcome code: OK, DUPLICATE for a retry with the same Idempotency-Key, the error code', async () => {
    const before = await scrape();
    const count = (text: string, command: string, code: string) =>
      sample(text, 'tongxin_commands_total', { command, code }) ?? 0;

    const first = await raise('metrics-retry-0001').expect(201);
    await raise('metrics-retry-0001').expect(201); // the client's retry: same result, nothing appended
    await raise().expect(201);
    const requestId = (first.body as { requestId: string }).requestId;
    await http()
      .post(`/api/v1/communities/${ids.communityId}/requests/${requestId}/resolve`)
      .set('Authorization', staff)
      .send({ note: '已处理' })
      .expect(409);

    const after = await scrape();
    expect(count(after, RAISE, 'OK') - count(before, RAISE, 'OK')).toBe(2);
    expect(count(after, RAISE, 'DUPLICATE') - count(before, RAISE, 'DUPLICATE')).toBe(1);
    expect(count(after, RESOLVE, 'REQUEST_NOT_ACCEPTED') - count(before, RESOLVE, 'REQUEST_NOT_ACCEPTED')).toBe(1);
    expect(count(after, RESOLVE, 'OK')).toBe(count(before, RESOLVE, 'OK'));
  });

  it('keeps a latency histogram per route template and status, never per raw URL', async () => {
    const text = await scrape();
    const route = '/api/v1/communities/:communityId/requests';
    const created = { method: 'POST', route, status_code: '201', app: 'api' };
    expect(sample(text, 'tongxin_http_request_duration_seconds_count', created)).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'tongxin_http_request_duration_seconds_bucket', { ...created, le: '+Inf' })).toBe(
      sample(text, 'tongxin_http_request_duration_seconds_count', created),
    );
    expect(sample(text, 'tongxin_http_request_duration_seconds_sum', created)).toBeGreaterThan(0);
    // Ids stay in the logs: no community, request or user id becomes a label.
    expect(text).not.toContain(ids.communityId);
    expect(text).not.toContain('resident-9');
  });

  it('shows append latency by outcome, the PostgreSQL pool and the default process metrics', async () => {
    const text = await scrape();
    expect(sample(text, 'tongxin_event_store_append_duration_seconds_count', { outcome: 'ok' })).toBeGreaterThanOrEqual(
      2,
    );
    expect(sample(text, 'tongxin_event_store_appended_events_total', { app: 'api' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'tongxin_pg_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'tongxin_pg_pool_max', { app: 'api' })).toBe(10);
    expect(sample(text, 'process_cpu_user_seconds_total', { app: 'api' })).toBeGreaterThan(0);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('is public like the health checks and left out of the OpenAPI document', async () => {
    const document = await http().get('/api/docs-json').expect(200);
    expect(Object.keys((document.body as { paths: object }).paths)).not.toContain('/metrics');
  });

  it('moves to a port of its own with METRICS_PORT, off the port the ingress reaches', async () => {
    const separate = await startApi({ METRICS_PORT: '0' });
    try {
      await request(separate.getHttpServer() as Server)
        .get('/metrics')
        .expect(404);
      const port = separate.get(MetricsServer).boundPort;
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('tongxin_pg_pool_max{app="api"} 10');
    } finally {
      await separate.close();
    }
  });
});
