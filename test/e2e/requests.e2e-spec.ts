import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import { migratedTestPool, ownerTestPool } from '@tongxin/testing';
import { setUpCommunity, startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

describe('requests (三单制) through HTTP on real PostgreSQL', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let owner: pg.Pool;
  let directory: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('req');
  const auth: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const base = () => `/api/v1/communities/${ids.communityId}/requests`;
  const eventCount = async () =>
    Number((await owner.query('select count(*) as n from events where tenant_id = $1', [ids.communityId])).rows[0].n);
  const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    app = await startApi();
    directory = await startDirectoryProjection(pool);
    await setUpCommunity(app, directory, ids, { district: '咸安区', street: '永安办事处', community: '凤凰社区' });
    auth.office = `Bearer ${await tokenFor('street-office', { streetId: ids.streetId })}`;
    auth.staff = `Bearer ${await tokenFor('community-staff', { communityId: ids.communityId }, 'staff-1')}`;
    auth.admin = `Bearer ${await tokenFor('community-admin', { communityId: ids.communityId }, 'admin-1')}`;
    auth.member = `Bearer ${await tokenFor('party-member', { communityId: ids.communityId }, 'member-3')}`;
    auth.otherMember = `Bearer ${await tokenFor('party-member', { communityId: ids.communityId }, 'member-4')}`;
    auth.resident = `Bearer ${await tokenFor('resident', { communityId: ids.communityId }, 'resident-9')}`;
    auth.neighbour = `Bearer ${await tokenFor('resident', { communityId: ids.communityId }, 'resident-10')}`;
    auth.committee = `Bearer ${await tokenFor('district-committee', { districtId: ids.districtId })}`;
    auth.department = `Bearer ${await tokenFor('department', { departmentId: 'dept-housing', districtId: ids.districtId }, 'housing-1')}`;
  });
  afterAll(async () => {
    await directory.stop();
    await app.close();
    await pool.end();
    await owner.end();
  });

  let lastRaisedAt = 0;
  async function raise(by = auth.resident, key?: string) {
    const call = http().post(base()).set('Authorization', by);
    if (key) call.set('Idempotency-Key', key);
    const response = await call
      .send({
        channel: 'door-duty',
        category: 'street-lights',
        description: '3栋路灯不亮',
        compoundId: 'minxing',
        residentContact: { name: '王阿姨', phone: '13800000000' },
      })
      .expect(201);
    lastRaisedAt = Math.max(lastRaisedAt, response.body.position as number);
    return response.body.requestId as string;
  }

  const dispatch = (id: string) =>
    http()
      .post(`${base()}/${id}/dispatch`)
      .set('Authorization', auth.staff)
      .send({
        assignee: { kind: 'party-member', id: 'member-3', name: '李党员' },
        respondBy: inHours(2),
        resolveBy: inHours(48),
      });

  it('runs a request from 群众点单 to closure, with the full timeline and ETag', async () => {
    const id = await raise();
    await dispatch(id).expect(201);
    await http().post(`${base()}/${id}/accept`).set('Authorization', auth.member).send({}).expect(201);
    await http()
      .post(`${base()}/${id}/resolve`)
      .set('Authorization', auth.member)
      .send({ note: '已更换灯泡' })
      .expect(201);
    await http()
      .post(`${base()}/${id}/rate`)
      .set('Authorization', auth.resident)
      .send({ rating: 'satisfied' })
      .expect(201);
    const closed = await http().post(`${base()}/${id}/close`).set('Authorization', auth.staff).send({}).expect(201);
    expect(closed.body).toMatchObject({ requestId: id, streamVersion: 6, duplicate: false });

    const view = await http().get(`${base()}/${id}`).set('Authorization', auth.staff).expect(200);
    expect(view.headers.etag).toBe('"6"');
    expect(view.body).toMatchObject({ status: 'closed', statusLabel: '已关闭', version: 6 });
    expect(view.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      'RequestRaised',
      'RequestDispatched',
      'RequestAccepted',
      'RequestResolved',
      'RequestRated',
      'RequestClosed',
    ]);
    expect(view.body.timeline[2].actor).toEqual({ userId: 'member-3', role: 'party-member' });
  });

  it('refuses an illegal transition with a coded 409 naming the current state, and records nothing', async () => {
    const id = await raise();
    const before = await eventCount();
    const response = await http()
      .post(`${base()}/${id}/resolve`)
      .set('Authorization', auth.staff)
      .send({ note: '已处理' })
      .expect(409);
    expect(response.body).toMatchObject({
      code: 'REQUEST_NOT_ACCEPTED',
      details: { state: 'raised' },
      message: expect.stringContaining('群众点单'),
    });
    await http().post(`${base()}/${id}/accept`).set('Authorization', auth.member).send({}).expect(409);
    await dispatch(id).expect(201);
    expect(
      (await http().post(`${base()}/${id}/accept`).set('Authorization', auth.otherMember).send({}).expect(403)).body
        .code,
    ).toBe('NOT_THE_ASSIGNEE');
    expect(await eventCount()).toBe(before + 1);
  });

  it('makes a retried raise return the same request instead of a second one', async () => {
    const key = `raise-${ids.suffix}`;
    const before = await eventCount();
    const first = await raise(auth.staff, key);
    const again = await raise(auth.staff, key);
    expect(again).toBe(first);
    expect(await eventCount()).toBe(before + 1);
  });

  it('shows a resident only their own requests, and masks contacts for readers outside the community staff', async () => {
    const id = await raise();
    await http().get(`${base()}/${id}`).set('Authorization', auth.resident).expect(200);
    await http().get(`${base()}/${id}`).set('Authorization', auth.neighbour).expect(404);
    const staffView = await http().get(`${base()}/${id}`).set('Authorization', auth.staff).expect(200);
    expect(staffView.body.timeline[0].data.residentContactPii).toEqual({ name: '王阿姨', phone: '13800000000' });
    const committeeView = await http().get(`${base()}/${id}`).set('Authorization', auth.committee).expect(200);
    expect(committeeView.body.timeline[0].data.residentContactPii).toEqual({ name: '***', phone: '***' });
    expect(committeeView.text).not.toContain('13800000000');
  });

  it('answers a resident 404 on every step of a request that is not theirs, whatever its state, and records nothing', async () => {
    const id = await raise(auth.resident);
    const before = await eventCount();
    for (const [step, body] of [
      ['rate', { rating: 'satisfied' }],
      ['withdraw', {}],
    ] as const) {
      const response = await http()
        .post(`${base()}/${id}/${step}`)
        .set('Authorization', auth.neighbour)
        .send(body)
        .expect(404);
      expect(response.body).toMatchObject({ code: 'REQUEST_NOT_FOUND', message: '诉求不存在' });
      // A request that does not exist at all answers the same.
      await http()
        .post(`${base()}/00000000-0000-4000-8000-0000000000aa/${step}`)
        .set('Authorization', auth.neighbour)
        .send(body)
        .expect(404);
    }
    expect(await eventCount()).toBe(before);
  });

  it('reopens after an unsatisfied rating, escalates to a department that reports back, and lets the street office exclude it', async () => {
    const id = await raise();
    await dispatch(id).expect(201);
    await http().post(`${base()}/${id}/accept`).set('Authorization', auth.member).send({}).expect(201);
    await http()
      .post(`${base()}/${id}/resolve`)
      .set('Authorization', auth.member)
      .send({ note: '已更换灯泡' })
      .expect(201);
    // Another resident learns nothing from a refusal: 404, as when reading the request.
    const neighbourRates = await http()
      .post(`${base()}/${id}/rate`)
      .set('Authorization', auth.neighbour)
      .send({ rating: 'unsatisfied' })
      .expect(404);
    expect(neighbourRates.body.code).toBe('REQUEST_NOT_FOUND');
    await http()
      .post(`${base()}/${id}/rate`)
      .set('Authorization', auth.resident)
      .send({ rating: 'unsatisfied', comment: '又坏了' })
      .expect(201);
    await http()
      .post(`${base()}/${id}/reopen`)
      .set('Authorization', auth.staff)
      .send({ reason: '居民不满意' })
      .expect(201);
    await http()
      .post(`${base()}/${id}/escalate`)
      .set('Authorization', auth.staff)
      .send({ departmentId: 'dept-housing', reason: '线路老化需住建部门' })
      .expect(201);
    await http()
      .post(`${base()}/${id}/escalation-report`)
      .set('Authorization', auth.department)
      .send({ report: '已更换线路', outcome: 'resolved' })
      .expect(201);
    await http()
      .post(`${base()}/${id}/exclude`)
      .set('Authorization', auth.staff)
      .send({ reason: '诉求不合理' })
      .expect(403);
    await http()
      .post(`${base()}/${id}/exclude`)
      .set('Authorization', auth.office)
      .send({ reason: '经核实属于不合理诉求' })
      .expect(201);
    const view = await http().get(`${base()}/${id}`).set('Authorization', auth.staff).expect(200);
    expect(view.body).toMatchObject({ status: 'resolved', state: { excluded: true, lastRating: 'unsatisfied' } });
  });

  it('voids a mistaken dispatch: the request is back to raised, the timeline keeps the voided event marked', async () => {
    const id = await raise();
    const dispatched = await dispatch(id).expect(201);
    const dispatchEventId = dispatched.body.eventIds[0];
    await http()
      .post(`${base()}/${id}/void`)
      .set('Authorization', auth.staff)
      .send({ eventId: dispatchEventId, reason: '派错人' })
      .expect(403);
    await http()
      .post(`${base()}/${id}/void`)
      .set('Authorization', auth.admin)
      .send({ eventId: dispatchEventId, reason: '派错人' })
      .expect(201);
    const view = await http().get(`${base()}/${id}`).set('Authorization', auth.staff).expect(200);
    expect(view.body.status).toBe('raised');
    expect(view.body.timeline.map((e: { type: string; voided: boolean }) => [e.type, e.voided])).toEqual([
      ['RequestRaised', false],
      ['RequestDispatched', true],
      ['EventVoided', false],
    ]);
    await http()
      .post(`${base()}/${id}/void`)
      .set('Authorization', auth.admin)
      .send({ eventId: dispatchEventId, reason: '再作废' })
      .expect(409);
  });

  it('lists the work queue with open and overdue filters and keyset pages', async () => {
    const late = await raise(auth.staff);
    const dispatchedLate = await http()
      .post(`${base()}/${late}/dispatch`)
      .set('Authorization', auth.staff)
      .send({
        assignee: { kind: 'property-company', id: 'p1', name: '红色物业' },
        respondBy: '2026-01-01T04:00:00Z',
        resolveBy: '2026-01-02T00:00:00Z',
        occurredAt: '2026-01-01T02:00:00Z',
      })
      .expect(201);
    const fresh = await raise(auth.staff);
    await directory.waitFor(Math.max(dispatchedLate.body.position, lastRaisedAt));
    const overdue = await http().get(`${base()}?overdue=true`).set('Authorization', auth.staff).expect(200);
    expect(overdue.body.items.map((i: { requestId: string }) => i.requestId)).toEqual([late]);
    expect(overdue.body.items[0]).toMatchObject({ status: 'dispatched', assigneeName: '红色物业', overdue: true });
    const open = await http().get(`${base()}?open=true&limit=200`).set('Authorization', auth.staff).expect(200);
    expect(open.body.items.map((i: { requestId: string }) => i.requestId)).toEqual(
      expect.arrayContaining([late, fresh]),
    );
    expect(
      open.body.items.every((i: { status: string }) =>
        ['raised', 'dispatched', 'accepted', 'escalated', 'reopened'].includes(i.status),
      ),
    ).toBe(true);
    const first = await http().get(`${base()}?limit=1`).set('Authorization', auth.staff).expect(200);
    const second = await http()
      .get(`${base()}?limit=1&after=${encodeURIComponent(first.body.next)}`)
      .set('Authorization', auth.staff)
      .expect(200);
    expect(second.body.items[0].requestId).not.toBe(first.body.items[0].requestId);
    expect(second.body.items[0].raisedAt <= first.body.items[0].raisedAt).toBe(true);
    await http().get(`${base()}?status=bogus`).set('Authorization', auth.staff).expect(400);
  });

  it('refuses bad input with 400 naming each field, and times before onboarding or in the future', async () => {
    const before = await eventCount();
    const bad = await http()
      .post(base())
      .set('Authorization', auth.staff)
      .send({ channel: 'pigeon', category: 'ufo', description: '', extra: 1 })
      .expect(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'category',
      'channel',
      'description',
      'extra',
    ]);
    const early = await http()
      .post(base())
      .set('Authorization', auth.staff)
      .send({ channel: 'visit', category: 'parking', description: '停车难', occurredAt: '2017-01-01T00:00:00Z' })
      .expect(400);
    expect(early.body.code).toBe('OCCURRED_BEFORE_ONBOARDING');
    const future = await http()
      .post(base())
      .set('Authorization', auth.staff)
      .send({ channel: 'visit', category: 'parking', description: '停车难', occurredAt: inHours(1) })
      .expect(400);
    expect(future.body.code).toBe('OCCURRED_IN_FUTURE');
    await http().post(`${base()}/not-a-uuid/accept`).set('Authorization', auth.staff).send({}).expect(404);
    await http()
      .post(base())
      .set('Authorization', auth.staff)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ channel: 'visit', category: 'parking', description: 'x'.repeat(2_000_000) }))
      .expect(413);
    expect(await eventCount()).toBe(before);
  });
});
