import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import { CommandExecutor, chineseDaysCalendars, CommunityCommandHandler } from '@tongxin/application';
import { PostgresEventStore } from '@tongxin/event-store';
import { createSlaWorker, scheduleSlaClocks, slaQueue } from '@tongxin/jobs';
import { systemClock, uuidGenerator } from '@tongxin/kernel';
import { DirectoryReader } from '@tongxin/read-store';
import { migratedTestPool, ownerTestPool, testRedisUrl } from '@tongxin/testing';
import { setUpCommunity, startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

/** 节假日安排 through HTTP, and a dispatch in working time whose deadlines the National Day holiday moves. */
describe('holiday calendar and working-time deadlines through HTTP', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let owner: pg.Pool;
  let directory: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('wt');
  const http = () => request(app.getHttpServer());
  const auth: Record<string, string> = {};
  const calendar2026 = chineseDaysCalendars().commands.find((c) => c.year === 2026);
  const platformEvents = async () =>
    Number((await owner.query("select count(*) as n from events where tenant_id = 'platform'")).rows[0].n);

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    app = await startApi();
    directory = await startDirectoryProjection(pool);
    await setUpCommunity(app, directory, ids, {
      district: '咸安区',
      street: '永安办事处',
      community: '凤凰社区',
      onboardedOn: '2020-01-01',
    });
    auth.admin = `Bearer ${await tokenFor('platform-admin', {})}`;
    auth.office = `Bearer ${await tokenFor('street-office', { streetId: ids.streetId })}`;
    auth.staff = `Bearer ${await tokenFor('community-staff', { communityId: ids.communityId }, 'staff-1')}`;
  });
  afterAll(async () => {
    await directory.stop();
    await app.close();
    await pool.end();
    await owner.end();
  });

  it('lets only the platform administrator publish a year, with its source notice, and validates it', async () => {
    expect(calendar2026).toBeTruthy();
    const body = {
      year: 2026,
      holidays: calendar2026?.holidays,
      workdays: calendar2026?.workdays,
      source: { title: '国务院办公厅关于2026年部分节假日安排的通知', publishedOn: '2025-11-04' },
    };
    await http().post('/api/v1/platform/holiday-calendars').send(body).expect(401);
    expect(
      (await http().post('/api/v1/platform/holiday-calendars').set('Authorization', auth.office).send(body).expect(403))
        .body.code,
    ).toBe('ROLE_FORBIDDEN');
    const before = await platformEvents();
    const bad = await http()
      .post('/api/v1/platform/holiday-calendars')
      .set('Authorization', auth.admin)
      .send({ ...body, workdays: [{ date: '2026-10-09', name: '国庆节' }] })
      .expect(400);
    expect(bad.body).toMatchObject({ code: 'INVALID_HOLIDAY_CALENDAR', details: { field: 'workdays[0].date' } });
    const missing = await http()
      .post('/api/v1/platform/holiday-calendars')
      .set('Authorization', auth.admin)
      .send({ year: 2026, holidays: [{ date: 'soon' }] })
      .expect(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    expect(await platformEvents()).toBe(before);

    // The same year published twice in the same form is refused; the first publication may be another test file's.
    const first = await http().post('/api/v1/platform/holiday-calendars').set('Authorization', auth.admin).send(body);
    expect([201, 409]).toContain(first.status);
    const again = await http()
      .post('/api/v1/platform/holiday-calendars')
      .set('Authorization', auth.admin)
      .send(body)
      .expect(409);
    expect(again.body).toMatchObject({ code: 'HOLIDAY_CALENDAR_UNCHANGED', details: { year: 2026 } });

    const read = await http()
      .get('/api/v1/platform/holiday-calendars/2026')
      .set('Authorization', auth.staff)
      .expect(200);
    expect(read.body).toMatchObject({
      year: 2026,
      workingHours: { from: '09:00', to: '18:00', timeZone: 'Asia/Shanghai' },
    });
    expect(read.body.holidays).toEqual(expect.arrayContaining([{ date: '2026-10-01', name: '国庆节' }]));
    expect(read.body.workdays).toEqual(expect.arrayContaining([{ date: '2026-10-10', name: '国庆节' }]));
    const list = await http().get('/api/v1/platform/holiday-calendars').set('Authorization', auth.staff).expect(200);
    expect(list.body.years.map((y: { year: number }) => y.year)).toContain(2026);
    await http().get('/api/v1/platform/holiday-calendars/1999').set('Authorization', auth.staff).expect(404);
  });

  it('moves working-time deadlines past the National Day holiday and records the calendar version used', async () => {
    const version = (
      await http().get('/api/v1/platform/holiday-calendars/2026').set('Authorization', auth.staff).expect(200)
    ).body.version as number;
    const base = `/api/v1/communities/${ids.communityId}/requests`;
    const raised = await http()
      .post(base)
      .set('Authorization', auth.staff)
      .send({
        channel: 'visit',
        category: 'drainage',
        description: '民兴小区下水道堵塞',
        occurredAt: '2026-09-30T15:00:00+08:00',
      })
      .expect(201);
    const id = raised.body.requestId as string;
    const assignee = { kind: 'property-company', id: 'pc-1', name: '红色物业' };
    const invalid = await http()
      .post(`${base}/${id}/dispatch`)
      .set('Authorization', auth.staff)
      .send({ assignee, resolveWithinWorkingDays: 3 })
      .expect(400);
    expect(invalid.body.details.fields.map((f: { field: string }) => f.field)).toContain('respondBy');
    await http()
      .post(`${base}/${id}/dispatch`)
      .set('Authorization', auth.staff)
      .send({
        assignee,
        respondWithinWorkingHours: 4,
        resolveWithinWorkingDays: 3,
        occurredAt: '2026-09-30T16:00:00+08:00',
      })
      .expect(201);
    const view = await http().get(`${base}/${id}`).set('Authorization', auth.staff).expect(200);
    // Without the holiday: respond by 1 October 11:00 and resolve by 5 October 18:00. With it:
    // 16:00–18:00 on 30 September, then 09:00–11:00 on 8 October; 8, 9 and the 调休 Saturday 10 October.
    expect(view.body.state.dispatch).toEqual({
      respondBy: '2026-10-08T03:00:00.000Z',
      resolveBy: '2026-10-10T10:00:00.000Z',
    });
    const dispatched = view.body.timeline.find((e: { type: string }) => e.type === 'RequestDispatched');
    expect(dispatched.data.workingTime).toEqual({
      respondWithinWorkingHours: 4,
      resolveWithinWorkingDays: 3,
      workingHours: '09:00-18:00',
      timeZone: 'Asia/Shanghai',
      calendars: [{ year: 2026, version }],
    });
  });

  it('escalates a request left unresolved past its deadline plus grace to the street office, which reports back', async () => {
    const base = `/api/v1/communities/${ids.communityId}/requests`;
    const raised = await http()
      .post(base)
      .set('Authorization', auth.staff)
      .send({
        channel: 'hotline',
        category: 'elevator',
        description: '3栋电梯停运',
        occurredAt: '2026-06-01T09:00:00+08:00',
      })
      .expect(201);
    const id = raised.body.requestId as string;
    const assignee = { kind: 'property-company', id: 'pc-1', name: '红色物业' };
    await http()
      .post(`${base}/${id}/dispatch`)
      .set('Authorization', auth.staff)
      .send({
        assignee,
        respondWithinWorkingHours: 2,
        resolveWithinWorkingDays: 2,
        occurredAt: '2026-06-01T10:00:00+08:00',
      })
      .expect(201);
    const accepted = await http()
      .post(`${base}/${id}/accept`)
      .set('Authorization', auth.staff)
      .send({ occurredAt: '2026-06-01T11:00:00+08:00' })
      .expect(201);
    await directory.waitFor(accepted.body.position);

    const prefix = `tongxin-test-wt-${ids.suffix}`;
    const connection = { url: testRedisUrl(), maxRetriesPerRequest: null };
    const store = new PostgresEventStore({ pool });
    const handler = new CommunityCommandHandler(
      new CommandExecutor(store, systemClock, uuidGenerator),
      new DirectoryReader(pool),
      systemClock,
    );
    const queue = slaQueue(connection, prefix);
    const worker = createSlaWorker(handler, systemClock, connection, prefix, { directory: new DirectoryReader(pool) });
    try {
      await scheduleSlaClocks(pool, queue, systemClock, 24, [ids.communityId]);
      const deadline = Date.now() + 15000;
      let view = await http().get(`${base}/${id}`).set('Authorization', auth.staff);
      while (view.body.status !== 'escalated' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        view = await http().get(`${base}/${id}`).set('Authorization', auth.staff);
      }
      expect(view.body.timeline.find((e: { type: string }) => e.type === 'RequestEscalated')).toMatchObject({
        actor: { userId: 'system:sla-escalation' },
        data: { departmentId: ids.streetId, level: 'street-office', overdueSince: '2026-06-03T10:00:00.000Z' },
      });
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      await store.close();
    }
    const other = `Bearer ${await tokenFor('department', { departmentId: 'dept-housing', districtId: ids.districtId })}`;
    expect(
      (
        await http()
          .post(`${base}/${id}/escalation-report`)
          .set('Authorization', other)
          .send({ report: '不归本部门', outcome: 'returned' })
          .expect(403)
      ).body.code,
    ).toBe('NOT_THE_DEPARTMENT');
    await http()
      .post(`${base}/${id}/escalation-report`)
      .set('Authorization', auth.office)
      .send({ report: '街道协调物业已修复电梯', outcome: 'resolved' })
      .expect(201);
    expect((await http().get(`${base}/${id}`).set('Authorization', auth.staff).expect(200)).body.status).toBe(
      'resolved',
    );
  });
});
