import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { PostgresEventStore } from '@tongxin/event-store';
import { directoryProjection, kpiFactsProjection } from '@tongxin/projections';
import { appRoleOption, migrateSchema, ProjectionRunner, writeDirectory, writeKpiFacts } from '@tongxin/read-store';
import { scratchDatabase } from '@tongxin/testing';
import { startApi, tokenFor, uniqueIds } from './app.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * As of a past moment (domain.md §5.1 asOf, issue 7 item 4), the diff of a figure, and
 * read-your-writes. On a database of its own so the projections run under their real names
 * ('kpi-facts' is the checkpoint the api reports and waits for).
 */
describe('KPIs and views as recorded at a past moment', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let app: INestApplication;
  let pool: pg.Pool;
  let store: PostgresEventStore;
  let runners: ProjectionRunner<unknown>[] = [];
  const reached = { directory: 0, 'kpi-facts': 0 };
  const ids = uniqueIds('asof');
  const c2 = `c-asof2-${ids.suffix}`;
  const auth: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  let lastPosition = 0;
  let asOf = '';
  let firstRequest = '';
  let lateRequest = '';
  const october = 'period=month&from=2026-10-01&to=2026-11-01';

  async function startRunners() {
    runners = [
      new ProjectionRunner({
        pool,
        store,
        projection: directoryProjection,
        write: writeDirectory,
        onPage: (p) => (reached.directory = p.nextPosition),
      }),
      new ProjectionRunner({
        pool,
        store,
        projection: kpiFactsProjection,
        write: writeKpiFacts,
        onPage: (p) => (reached['kpi-facts'] = p.nextPosition),
      }),
    ] as ProjectionRunner<unknown>[];
    for (const runner of runners) await runner.start();
  }
  async function caughtUp() {
    const deadline = Date.now() + 10000;
    while (Math.min(reached.directory, reached['kpi-facts']) < lastPosition) {
      if (Date.now() > deadline) throw new Error(`projections did not reach ${lastPosition}`);
      await pause(10);
    }
  }
  async function step(path: string, body: object, token = auth.staff) {
    const response = await http().post(path).set('Authorization', token).send(body).expect(201);
    lastPosition = Math.max(lastPosition, response.body.position);
    return response.body;
  }
  const base = () => `/api/v1/communities/${ids.communityId}/requests`;
  async function raiseDispatched(raisedAt: string) {
    const { requestId } = await step(base(), {
      channel: 'visit',
      category: 'parking',
      description: '停车难',
      occurredAt: raisedAt,
    });
    await step(`${base()}/${requestId}/dispatch`, {
      assignee: { kind: 'party-member', id: 'member-1', name: '李' },
      respondBy: new Date(Date.parse(raisedAt) + 4 * 3600_000).toISOString(),
      resolveBy: new Date(Date.parse(raisedAt) + 72 * 3600_000).toISOString(),
      occurredAt: new Date(Date.parse(raisedAt) + 60_000).toISOString(),
    });
    return requestId as string;
  }

  beforeAll(async () => {
    scratch = await scratchDatabase('asof');
    const owner = new pg.Pool({ connectionString: scratch.url, max: 1 });
    await migrateSchema(owner);
    await owner.end();
    pool = new pg.Pool({ connectionString: scratch.url, max: 4, options: appRoleOption() });
    store = new PostgresEventStore({ pool, pollIntervalMs: 20 });
    app = await startApi({ DATABASE_URL: scratch.url, READ_YOUR_WRITES_TIMEOUT_MS: '300' });
    await startRunners();
    const admin = `Bearer ${await tokenFor('platform-admin', {})}`;
    auth.admin = admin;
    await step('/api/v1/districts', { districtId: ids.districtId, name: '咸安区' }, admin);
    await step(`/api/v1/districts/${ids.districtId}/streets`, { streetId: ids.streetId, name: '永安办事处' }, admin);
    await step(
      `/api/v1/districts/${ids.districtId}/streets`,
      { streetId: ids.otherStreetId, name: '温泉办事处' },
      admin,
    );
    await caughtUp();
    auth.office = `Bearer ${await tokenFor('street-office', { streetId: ids.streetId })}`;
    await step(
      `/api/v1/streets/${ids.streetId}/communities`,
      { communityId: ids.communityId, name: '凤凰社区', onboardedOn: '2019-01-01' },
      auth.office,
    );
    await caughtUp();
    auth.staff = `Bearer ${await tokenFor('community-staff', { communityId: ids.communityId })}`;
    auth.communityAdmin = `Bearer ${await tokenFor('community-admin', { communityId: ids.communityId })}`;
    auth.committee = `Bearer ${await tokenFor('district-committee', { districtId: ids.districtId })}`;
    auth.auditor = `Bearer ${await tokenFor('auditor', { districtId: ids.districtId })}`;

    // Before T: two October requests; the first resolved on 6 Oct, the second never taken (overdue from 13 Oct).
    const first = await raiseDispatched('2026-10-05T01:00:00Z');
    firstRequest = first;
    await step(`${base()}/${first}/accept`, { occurredAt: '2026-10-05T02:00:00Z' });
    await step(`${base()}/${first}/resolve`, { note: '已处理', occurredAt: '2026-10-06T01:00:00Z' });
    await raiseDispatched('2026-10-10T01:00:00Z');
    await caughtUp();
    await pause(30);
    asOf = new Date().toISOString();
    await pause(30);

    // After T: the resolution is voided (a correction), a third October request is recorded late,
    // the community moves to the other street and a second community is onboarded on the first.
    const timeline = await http().get(`${base()}/${first}`).set('Authorization', auth.staff).expect(200);
    const resolution = timeline.body.timeline.find((e: { type: string }) => e.type === 'RequestResolved').eventId;
    await step(`${base()}/${first}/void`, { eventId: resolution, reason: '办结记录有误' }, auth.communityAdmin);
    lateRequest = (
      await step(base(), {
        channel: 'visit',
        category: 'street-lights',
        description: '路灯不亮',
        occurredAt: '2026-10-15T01:00:00Z',
      })
    ).requestId;
    await step(
      `/api/v1/districts/${ids.districtId}/communities/${ids.communityId}/move`,
      { toStreetId: ids.otherStreetId, effectiveFrom: '2026-11-01' },
      admin,
    );
    await step(
      `/api/v1/streets/${ids.streetId}/communities`,
      { communityId: c2, name: '温泉社区', onboardedOn: '2026-11-01' },
      auth.office,
    );
    await caughtUp();
  });
  afterAll(async () => {
    for (const runner of runners) await runner.stop();
    await app?.close();
    await store?.close();
    await pool?.end();
    await scratch?.drop();
  });

  const kpis = (body: { periods: { period: string; kpis: Record<string, unknown> }[] }) =>
    body.periods.find((p) => p.period === '2026-10')?.kpis;

  it("shows a community's figures as recorded at T beside today's restated figures", async () => {
    const then = await http()
      .get(`/api/v1/communities/${ids.communityId}/kpis?${october}&asOf=${asOf}`)
      .set('Authorization', auth.auditor)
      .expect(200);
    expect(then.body.asOf).toBe(asOf);
    expect(kpis(then.body)).toMatchObject({
      'requests.received': 2,
      'requests.resolved': 1,
      'requests.resolutionRate': { numerator: 1, denominator: 2 },
      'requests.overdue': 1,
    });
    const now = await http()
      .get(`/api/v1/communities/${ids.communityId}/kpis?${october}`)
      .set('Authorization', auth.auditor)
      .expect(200);
    expect(now.body.asOf).toBeNull();
    // Restated: the voided resolution counts nowhere (and that request is overdue too), the late request counts in October.
    expect(kpis(now.body)).toMatchObject({
      'requests.received': 3,
      'requests.resolved': 0,
      'requests.resolutionRate': { numerator: 0, denominator: 3 },
      'requests.overdue': 2,
    });
    expect(now.body.stocks['requests.overdue']).toBe(2);
  });

  it('keeps the hierarchy as it stood at T: a community moved later still under its old street, one onboarded later absent', async () => {
    const oldStreetThen = await http()
      .get(`/api/v1/streets/${ids.streetId}/kpis?${october}&asOf=${asOf}`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(kpis(oldStreetThen.body)).toMatchObject({ 'requests.received': 2 });
    const oldStreetNow = await http()
      .get(`/api/v1/streets/${ids.streetId}/kpis?${october}`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(kpis(oldStreetNow.body)).toBeUndefined();
    const newStreetNow = await http()
      .get(`/api/v1/streets/${ids.otherStreetId}/kpis?${october}`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(kpis(newStreetNow.body)).toMatchObject({ 'requests.received': 3 });

    const tableThen = await http()
      .get(`/api/v1/districts/${ids.districtId}/kpis/units?rows=community&from=2026-10-01&to=2026-11-01&asOf=${asOf}`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(tableThen.body.units.map((u: { unitId: string; streetId: string }) => [u.unitId, u.streetId])).toEqual([
      [ids.communityId, ids.streetId],
    ]);
    const tableNow = await http()
      .get(`/api/v1/districts/${ids.districtId}/kpis/units?rows=community&from=2026-10-01&to=2026-11-01`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(tableNow.body.units.map((u: { unitId: string; streetId: string }) => [u.unitId, u.streetId]).sort()).toEqual(
      [
        [c2, ids.streetId],
        [ids.communityId, ids.otherStreetId],
      ].sort(),
    );

    const overviewThen = await http()
      .get(`/api/v1/districts/${ids.districtId}/overview?asOf=${asOf}`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(overviewThen.body.asOf).toBe(asOf);
    const communitiesThen = overviewThen.body.streets.flatMap(
      (s: { communities: { communityId: string; open: number }[] }) => s.communities,
    );
    expect(communitiesThen).toEqual([expect.objectContaining({ communityId: ids.communityId, open: 1, overdue: 1 })]);
  });

  it('ranks on the figures as recorded at T (红黑榜)', async () => {
    const then = await http()
      .get(`/api/v1/districts/${ids.districtId}/rankings?month=2026-10&asOf=${asOf}`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(then.body.insufficientData).toEqual([{ unitId: ids.communityId, name: '凤凰社区', received: 2 }]);
    const now = await http()
      .get(`/api/v1/districts/${ids.districtId}/rankings?month=2026-10`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(
      now.body.insufficientData.map((u: { unitId: string; received: number }) => [u.unitId, u.received]).sort(),
    ).toEqual(
      [
        [c2, 0],
        [ids.communityId, 3],
      ].sort(),
    );
  });

  it('shows the street overview as recorded at T', async () => {
    const then = await http()
      .get(`/api/v1/streets/${ids.streetId}/overview?asOf=${asOf}`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(then.body.communities).toEqual([
      { communityId: ids.communityId, name: '凤凰社区', open: 1, overdue: 1, escalated: 0 },
    ]);
  });

  it('shows a record and its timeline as recorded at T, and 404 for one recorded later', async () => {
    const then = await http()
      .get(`${base()}/${firstRequest}?asOf=${asOf}`)
      .set('Authorization', auth.auditor)
      .expect(200);
    expect(then.body).toMatchObject({ status: 'resolved', version: 4 });
    expect(then.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      'RequestRaised',
      'RequestDispatched',
      'RequestAccepted',
      'RequestResolved',
    ]);
    const now = await http().get(`${base()}/${firstRequest}`).set('Authorization', auth.auditor).expect(200);
    expect(now.body).toMatchObject({ status: 'accepted', version: 5 });
    await http().get(`${base()}/${lateRequest}?asOf=${asOf}`).set('Authorization', auth.auditor).expect(404);
    await http().get(`${base()}/${lateRequest}?asOf=tomorrow`).set('Authorization', auth.auditor).expect(400);
  });

  it('shows the work queue as recorded at T', async () => {
    const then = await http().get(`${base()}?asOf=${asOf}`).set('Authorization', auth.staff).expect(200);
    expect(then.body.items.map((i: { status: string }) => i.status).sort()).toEqual(['dispatched', 'resolved']);
    const now = await http().get(base()).set('Authorization', auth.staff).expect(200);
    expect(now.body.items.map((i: { status: string }) => i.status).sort()).toEqual([
      'accepted',
      'dispatched',
      'raised',
    ]);
  });

  it('lists the events recorded after T that changed a figure', async () => {
    const resolved = await http()
      .get(
        `/api/v1/communities/${ids.communityId}/kpis/diff?key=requests.resolved&period=month&at=2026-10-01&asOf=${asOf}`,
      )
      .set('Authorization', auth.auditor)
      .expect(200);
    expect(resolved.body).toMatchObject({ then: 1, now: 0, total: 1 });
    expect(resolved.body.changes).toEqual([
      expect.objectContaining({
        type: 'EventVoided',
        recordKind: 'request',
        communityId: ids.communityId,
        eventId: expect.any(String),
        recordedAt: expect.any(String),
      }),
    ]);
    expect(Date.parse(resolved.body.changes[0].recordedAt)).toBeGreaterThan(Date.parse(asOf));

    const received = await http()
      .get(
        `/api/v1/communities/${ids.communityId}/kpis/diff?key=requests.received&period=month&at=2026-10-20&asOf=${asOf}`,
      )
      .set('Authorization', auth.auditor)
      .expect(200);
    expect(received.body).toMatchObject({ then: 2, now: 3 });
    expect(received.body.changes.map((c: { type: string }) => c.type)).toEqual(['RequestRaised']);

    // The old street lost the community by a move recorded after T; paginated one change per page.
    const street = `/api/v1/streets/${ids.streetId}/kpis/diff?key=requests.received&period=month&at=2026-10-01&asOf=${asOf}&limit=1`;
    const page1 = await http().get(street).set('Authorization', auth.committee).expect(200);
    expect(page1.body).toMatchObject({ then: 2, now: null, total: 2 });
    const page2 = await http()
      .get(`${street}&after=${page1.body.next}`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(
      [...page1.body.changes, ...page2.body.changes].map((c: { type: string; communityId: string }) => [
        c.type,
        c.communityId,
      ]),
    ).toEqual([
      ['CommunityMovedToStreet', ids.communityId],
      ['CommunityOnboarded', c2],
    ]);
    expect(page2.body.next).toBeNull();
    await http()
      .get(
        `/api/v1/communities/${ids.communityId}/kpis/diff?key=coverage.partyBranch&period=month&at=2026-10-01&asOf=${asOf}`,
      )
      .set('Authorization', auth.auditor)
      .expect(400);
    await http()
      .get(`/api/v1/communities/${ids.communityId}/kpis/diff?key=requests.resolved&period=month&at=2026-10-01`)
      .set('Authorization', auth.auditor)
      .expect(400);
  });

  it('refuses a malformed asOf or one in the future with 400 naming the field', async () => {
    for (const bad of [
      'yesterday',
      '2026-10-01',
      '2026-13-45T00:00:00Z',
      new Date(Date.now() + 3600_000).toISOString(),
    ]) {
      const response = await http()
        .get(`/api/v1/communities/${ids.communityId}/kpis?${october}&asOf=${encodeURIComponent(bad)}`)
        .set('Authorization', auth.staff)
        .expect(400);
      expect(response.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['asOf']);
    }
  });

  it('reads your writes: waits for the KPI projection to reach a position, or answers 503 naming the lag', async () => {
    const fresh = await http()
      .get(`/api/v1/communities/${ids.communityId}/kpis?${october}&minPosition=${lastPosition}`)
      .set('Authorization', auth.staff)
      .expect(200);
    expect(fresh.body.projectionPosition).toBeGreaterThanOrEqual(lastPosition);

    for (const runner of runners) await runner.stop();
    const written = await step(base(), {
      channel: 'visit',
      category: 'parking',
      description: '车位被占',
      occurredAt: '2026-10-20T01:00:00Z',
    });
    const lagging = await http()
      .get(`/api/v1/communities/${ids.communityId}/kpis?${october}&minPosition=${written.position}`)
      .set('Authorization', auth.staff)
      .expect(503);
    expect(lagging.body).toMatchObject({ code: 'PROJECTION_LAGGING', details: { minPosition: written.position } });
    expect(lagging.body.message).toMatch(/统计数据尚未更新/);

    // Restarted while the query waits: the answer includes the write.
    const waiting = http()
      .get(`/api/v1/communities/${ids.communityId}/kpis?${october}&minPosition=${written.position}`)
      .set('Authorization', auth.staff);
    const started = startRunners();
    const answer = await waiting.expect(200);
    await started;
    expect(kpis(answer.body)).toMatchObject({ 'requests.received': 4 });
    await http().get(`${base()}?minPosition=${written.position}`).set('Authorization', auth.staff).expect(200);
    await http()
      .get(`/api/v1/communities/${ids.communityId}/kpis?minPosition=0`)
      .set('Authorization', auth.staff)
      .expect(400);
  });
});
