import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { PostgresEventStore } from '@tongxin/event-store';
import { appRoleOption, migrateSchema, ProjectionRebuilder } from '@tongxin/read-store';
import { events, metadata, scratchDatabase, uniqueTenant } from '@tongxin/testing';
import { startApi, tokenFor } from './app.js';

/** The admin endpoint of blue/green rebuilds, on a database of its own (a rebuild swaps tables every tenant shares). */
describe('projection rebuilds over HTTP (platform admin)', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let owner: pg.Pool;
  let appPool: pg.Pool;
  let api: INestApplication;
  const tenant = uniqueTenant('rbh');

  beforeAll(async () => {
    scratch = await scratchDatabase('rebuildhttp');
    owner = new pg.Pool({ connectionString: scratch.url, max: 2 });
    await migrateSchema(owner);
    appPool = new pg.Pool({ connectionString: scratch.url, max: 4, options: appRoleOption() });
    const store = new PostgresEventStore({ pool: appPool });
    await store.appendBatch(tenant, [{ streamId: 'request-1', expectedVersion: 0, events: events(30) }], metadata());
    await store.close();
    api = await startApi({ DATABASE_URL: scratch.url });
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await appPool.end();
    await owner.end();
    await scratch.drop();
  });

  const http = () => request(api.getHttpServer());
  const admin = () => tokenFor('platform-admin', {});

  it('starts a rebuild (202), reports its progress until it switched, and the live tables then hold the rebuilt figures', async () => {
    await owner.query('insert into tenant_activity values ($1, 7, 1, now())', [tenant]);
    const started = await http()
      .post('/api/v1/admin/projections/tenant-activity/rebuild')
      .set('Authorization', `Bearer ${await admin()}`)
      .send({});
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      projection: 'tenant-activity',
      status: 'running',
      requestedBy: 'u-platform-admin',
      runs: 1,
    });
    let progress = started.body;
    const deadline = Date.now() + 20_000;
    while (progress.status === 'running' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      progress = (
        await http()
          .get(`/api/v1/admin/projections/tenant-activity/rebuilds/${started.body.rebuildId}`)
          .set('Authorization', `Bearer ${await admin()}`)
          .expect(200)
      ).body;
    }
    expect(progress).toMatchObject({ status: 'switched', percent: 100, etaSeconds: 0, position: 30, eventsDone: 30 });
    expect(progress).toHaveProperty('eventsPerSecond');
    expect(
      (await owner.query('select event_count::int as n from tenant_activity where tenant_id = $1', [tenant])).rows[0].n,
    ).toBe(30);

    const list = await http()
      .get('/api/v1/admin/projections')
      .set('Authorization', `Bearer ${await admin()}`)
      .expect(200);
    expect(list.body.projections.find((p: { name: string }) => p.name === 'tenant-activity')).toMatchObject({
      checkpoint: { position: 30, generation: 1 },
      latestRebuild: { rebuildId: started.body.rebuildId, status: 'switched' },
    });
  });

  it('answers 409 naming the rebuild in progress, 404 for an unknown projection or rebuild, 400 for a bad body, 403 for other roles', async () => {
    const holder = new ProjectionRebuilder({ pool: appPool, store: new PostgresEventStore({ pool: appPool }) });
    const claimed = await holder.claim({ projection: 'directory', requestedBy: 'test' });
    try {
      const busy = await http()
        .post('/api/v1/admin/projections/directory/rebuild')
        .set('Authorization', `Bearer ${await admin()}`)
        .send({});
      expect(busy.status).toBe(409);
      expect(busy.body).toMatchObject({
        code: 'REBUILD_RUNNING',
        details: { rebuildId: claimed.rebuildId, state: 'running' },
      });
    } finally {
      await claimed.run();
    }
    const unknown = await http()
      .post('/api/v1/admin/projections/nope/rebuild')
      .set('Authorization', `Bearer ${await admin()}`)
      .send({});
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('PROJECTION_UNKNOWN');
    const missing = await http()
      .get('/api/v1/admin/projections/directory/rebuilds/00000000-0000-4000-8000-000000000009')
      .set('Authorization', `Bearer ${await admin()}`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('REBUILD_NOT_FOUND');
    const bad = await http()
      .post('/api/v1/admin/projections/directory/rebuild')
      .set('Authorization', `Bearer ${await admin()}`)
      .send({ restart: 'yes' });
    expect(bad.status).toBe(400);
    for (const role of ['district-committee', 'auditor'] as const) {
      const refused = await http()
        .post('/api/v1/admin/projections/directory/rebuild')
        .set('Authorization', `Bearer ${await tokenFor(role, { districtId: 'd-any' })}`)
        .send({});
      expect(refused.status).toBe(403);
    }
    expect(
      (await owner.query("select count(*)::int as n from projection_rebuilds where projection = 'directory'")).rows[0]
        .n,
    ).toBe(1);
  });
});
