import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Worker } from 'bullmq';
import { parse } from 'csv-parse/sync';
import type pg from 'pg';
import request from 'supertest';
import { PostgresEventStore } from '@tongxin/event-store';
import { createExportWorker, ExportJobStore, exportQueue } from '@tongxin/jobs';
import { systemClock } from '@tongxin/kernel';
import { migratedTestPool, testRedisUrl } from '@tongxin/testing';
import { setUpCommunity, startApi, startDirectoryProjection, tokenFor, uniqueIds } from './app.js';

/** Register and open-data exports as worker jobs, and the queue dashboard, through HTTP. */
describe('exports and the queue dashboard through HTTP', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let store: PostgresEventStore;
  let worker: Worker | null = null;
  let directory: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('exp');
  const prefix = `tongxin-test-exp-${ids.suffix}`;
  const connection = { url: testRedisUrl(), maxRetriesPerRequest: null };
  const auth: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const base = () => `/api/v1/communities/${ids.communityId}`;
  const requests: string[] = [];
  let lastPosition = 0;

  const startWorker = () => {
    worker = createExportWorker(
      { pool, store, exports: new ExportJobStore(pool), clock: systemClock },
      connection,
      prefix,
    );
  };
  const post = async (path: string, by: string, body: object) => {
    const response = await http().post(`${base()}${path}`).set('Authorization', by).send(body).expect(201);
    lastPosition = Math.max(lastPosition, response.body.position as number);
    return response.body;
  };
  const finished = async (exportId: string) => {
    const deadline = Date.now() + 20000;
    for (;;) {
      const response = await http().get(`${base()}/exports/${exportId}`).set('Authorization', auth.staff).expect(200);
      if (response.body.status === 'done') return response.body;
      if (Date.now() > deadline || response.body.status === 'failed')
        throw new Error(`export ${response.body.status}: ${response.body.error}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const download = (url: string) =>
    http()
      .get(url)
      .set('Authorization', auth.staff)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);

  beforeAll(async () => {
    pool = await migratedTestPool();
    store = new PostgresEventStore({ pool, pollIntervalMs: 20 });
    app = await startApi({ QUEUE_PREFIX: prefix });
    directory = await startDirectoryProjection(pool);
    await setUpCommunity(app, directory, ids, {
      district: '咸安区',
      street: '永安办事处',
      community: '凤凰社区',
      onboardedOn: '2020-01-01',
    });
    auth.staff = `Bearer ${await tokenFor('community-staff', { communityId: ids.communityId }, 'staff-1')}`;
    auth.member = `Bearer ${await tokenFor('party-member', { communityId: ids.communityId }, 'member-3')}`;
    auth.resident = `Bearer ${await tokenFor('resident', { communityId: ids.communityId }, 'resident-9')}`;
    auth.admin = `Bearer ${await tokenFor('platform-admin', {})}`;

    // Three requests: one through to closure, one dispatched, one just raised (with a resident's contact).
    for (const [i, category] of ['drainage', 'street-lights', 'drainage'].entries()) {
      const raised = await post('/requests', auth.resident, {
        channel: 'door-duty',
        category,
        description: `诉求${i}：民兴小区问题`,
        residentContact: { name: '王阿姨', phone: '13800000000' },
        occurredAt: `2026-03-0${i + 2}T09:00:00+08:00`,
      });
      requests.push(raised.requestId);
    }
    const [closed, dispatched] = requests as [string, string];
    const assignee = { kind: 'party-member', id: 'member-3', name: '李党员' };
    for (const id of [closed, dispatched])
      await post(`/requests/${id}/dispatch`, auth.staff, {
        assignee,
        respondBy: '2026-03-02T12:00:00+08:00',
        resolveBy: '2026-03-05T18:00:00+08:00',
        occurredAt: '2026-03-02T10:00:00+08:00',
      });
    await post(`/requests/${closed}/accept`, auth.member, { occurredAt: '2026-03-02T11:00:00+08:00' });
    await post(`/requests/${closed}/resolve`, auth.member, {
      note: '已疏通',
      occurredAt: '2026-03-03T15:00:00+08:00',
    });
    await post(`/requests/${closed}/rate`, auth.resident, {
      rating: 'satisfied',
      occurredAt: '2026-03-03T20:00:00+08:00',
    });
    await post(`/requests/${closed}/close`, auth.staff, { occurredAt: '2026-03-04T09:00:00+08:00' });
    const wish = await post('/wishes', auth.staff, {
      description: '想要一台助行器',
      beneficiary: '刘奶奶',
      occurredAt: '2026-03-02T09:00:00+08:00',
    });
    await post(`/wishes/${wish.id}/claim`, auth.member, {
      claimerName: '张志愿',
      occurredAt: '2026-03-03T09:00:00+08:00',
    });
    await directory.waitFor(lastPosition);
  });
  afterAll(async () => {
    await worker?.close();
    const queue = exportQueue(connection, prefix);
    await queue.obliterate({ force: true });
    await queue.close();
    await directory.stop();
    await app.close();
    await store.close();
    await pool.end();
  });

  it('queues an export (202), reports it not ready, and the worker turns it into a download link', async () => {
    const created = await http()
      .post(`${base()}/exports`)
      .set('Authorization', auth.staff)
      .send({ kind: 'requests', format: 'csv', status: 'closed' })
      .expect(202);
    expect(created.body).toMatchObject({
      status: 'queued',
      kind: 'requests',
      format: 'csv',
      filters: { status: 'closed' },
      downloadUrl: null,
    });
    expect(
      (
        await http()
          .get(`${base()}/exports/${created.body.exportId}/download`)
          .set('Authorization', auth.staff)
          .expect(409)
      ).body,
    ).toMatchObject({ code: 'EXPORT_NOT_READY', details: { state: 'queued' } });
    startWorker();
    const done = await finished(created.body.exportId);
    expect(done).toMatchObject({
      status: 'done',
      total: 1,
      done: 1,
      percent: 100,
      downloadUrl: `${base()}/exports/${created.body.exportId}/download`,
    });

    const file = await download(done.downloadUrl);
    expect(file.headers['content-type']).toContain('text/csv');
    const rows = parse((file.body as Buffer).toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]?.slice(0, 3)).toEqual(['诉求编号', '状态', '状态名称']);
    const column = (name: string) => rows[0]?.indexOf(name);
    expect(rows).toHaveLength(2);
    const row = rows[1];
    expect(row[0]).toBe(requests[0]);
    expect({
      status: row[column('状态名称')],
      raised: row[column('提出时间（群众点单）')],
      dispatched: row[column('最近派单时间（社区下单）')],
      accepted: row[column('首次接单时间（党员接单）')],
      resolved: row[column('最近办结时间')],
      rated: row[column('最近评价时间（民评）')],
      rating: row[column('评价结果')],
      closed: row[column('关闭时间')],
      excluded: row[column('是否核减')],
      category: row[column('类别名称')],
    }).toEqual({
      status: '已关闭',
      raised: '2026-03-02T09:00:00+08:00',
      dispatched: '2026-03-02T10:00:00+08:00',
      accepted: '2026-03-02T11:00:00+08:00',
      resolved: '2026-03-03T15:00:00+08:00',
      rated: '2026-03-03T20:00:00+08:00',
      rating: '满意',
      closed: '2026-03-04T09:00:00+08:00',
      excluded: '否',
      category: '排水与污水管道',
    });
    expect((file.body as Buffer).toString('utf8')).not.toContain('王阿姨');
  });

  it('exports exactly the requests the work queue lists under the same filters, as XLSX', async () => {
    if (!worker) startWorker();
    for (const filters of [{ category: 'drainage' }, { open: true }, {}]) {
      const query = Object.entries(filters)
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
      const queue = await http().get(`${base()}/requests?${query}`).set('Authorization', auth.staff).expect(200);
      const created = await http()
        .post(`${base()}/exports`)
        .set('Authorization', auth.staff)
        .send({ kind: 'requests', format: 'xlsx', ...filters })
        .expect(202);
      const done = await finished(created.body.exportId);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await download(done.downloadUrl)).body as never);
      const sheet = workbook.getWorksheet('诉求台账');
      const exported: string[] = [];
      sheet?.eachRow((row, index) => index > 1 && exported.push(row.getCell(1).text));
      expect({ filters, exported }).toEqual({
        filters,
        exported: queue.body.items.map((i: { requestId: string }) => i.requestId),
      });
    }
  });

  it('exports the wishes register and open data without personal data or actor ids', async () => {
    if (!worker) startWorker();
    const wishes = await http()
      .post(`${base()}/exports`)
      .set('Authorization', auth.staff)
      .send({ kind: 'wishes', format: 'csv' })
      .expect(202);
    const wishRows = parse(
      ((await download((await finished(wishes.body.exportId)).downloadUrl)).body as Buffer)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
    expect(wishRows[0]).toEqual([
      '微心愿编号',
      '状态',
      '状态名称',
      '微心愿发布时间',
      '微心愿认领时间',
      '微心愿实现时间',
    ]);
    expect(wishRows[1]?.slice(2)).toEqual(['已认领', '2026-03-02T09:00:00+08:00', '2026-03-03T09:00:00+08:00', '']);

    const open = await http()
      .post(`${base()}/exports`)
      .set('Authorization', auth.staff)
      .send({ kind: 'open-data', format: 'ndjson' })
      .expect(202);
    const text = ((await download((await finished(open.body.exportId)).downloadUrl)).body as Buffer).toString('utf8');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.type)).toEqual(
      expect.arrayContaining(['RequestRaised', 'RequestDispatched', 'RequestClosed', 'WishPosted', 'WishClaimed']),
    );
    const keys = (value: unknown): string[] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v)]) : [];
    expect(lines.flatMap(keys).filter((k) => k.endsWith('Pii') || k === 'actor')).toEqual([]);
    for (const personal of ['王阿姨', '13800000000', '刘奶奶', '张志愿', '李党员', 'staff-1', 'member-3', 'resident-9'])
      expect({ personal, found: text.includes(personal) }).toEqual({ personal, found: false });
  });

  it('refuses bad requests for exports with field messages', async () => {
    const bad = await http()
      .post(`${base()}/exports`)
      .set('Authorization', auth.staff)
      .send({ kind: 'open-data', format: 'csv' })
      .expect(400);
    expect(bad.body).toMatchObject({ code: 'EXPORT_INVALID', details: { field: 'format' } });
    expect(
      (
        await http()
          .post(`${base()}/exports`)
          .set('Authorization', auth.staff)
          .send({ kind: 'disputes', format: 'csv', status: 'closed' })
          .expect(400)
      ).body.details.field,
    ).toBe('status');
    expect(
      (
        await http()
          .post(`${base()}/exports`)
          .set('Authorization', auth.staff)
          .send({ kind: 'everything', format: 'pdf' })
          .expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');
    await http().get(`${base()}/exports/${randomUUID()}`).set('Authorization', auth.staff).expect(404);
    await http().post(`${base()}/exports`).send({ kind: 'requests', format: 'csv' }).expect(401);
    await http()
      .post(`${base()}/exports`)
      .set('Authorization', auth.resident)
      .send({ kind: 'requests', format: 'csv' })
      .expect(403);
  });

  it('serves Bull Board under /admin/queues to platform administrators only', async () => {
    expect((await http().get('/admin/queues').expect(401)).body.code).toBe('TOKEN_MISSING');
    expect((await http().get('/admin/queues/api/queues').set('Authorization', auth.staff).expect(403)).body.code).toBe(
      'ROLE_FORBIDDEN',
    );
    const page = await http().get('/admin/queues').set('Authorization', auth.admin).expect(200);
    expect(page.text).toContain('<div id="root">');
    const queues = await http().get('/admin/queues/api/queues').set('Authorization', auth.admin).expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'tongxin-audit',
      'tongxin-export',
      'tongxin-import',
      'tongxin-rankings',
      'tongxin-sla',
    ]);
    // A browser sends the token as a cookie; the same guard checks it.
    const token = auth.admin.slice('Bearer '.length);
    await http().get('/admin/queues/api/queues').set('Cookie', `tongxin-admin-token=${token}`).expect(200);
    await http()
      .get('/admin/queues/api/queues')
      .set('Cookie', `tongxin-admin-token=${auth.staff.slice(7)}`)
      .expect(403);
  });
});
