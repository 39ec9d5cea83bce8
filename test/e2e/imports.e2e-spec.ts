import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { Worker } from 'bullmq';
import ExcelJS from 'exceljs';
import type pg from 'pg';
import request from 'supertest';
import { CommandExecutor, CommunityCommandHandler, createPiiCodec, IMPORT_COLUMNS } from '@tongxin/application';
import { PostgresEventStore } from '@tongxin/event-store';
import { createImportWorker, ImportJobStore } from '@tongxin/jobs';
import { systemClock, uuidGenerator } from '@tongxin/kernel';
import { DirectoryReader } from '@tongxin/read-store';
import { migratedTestPool, ownerTestPool, testRedisUrl } from '@tongxin/testing';
import {
  setUpCommunity,
  startApi,
  startDirectoryProjection,
  TEST_PII_MASTER_KEYS,
  tokenFor,
  uniqueIds,
} from './app.js';

const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

/** A 10,000-row onboarding file for one community: a full structure tree and its party members. */
function tenThousandRows(communityId: string): string[][] {
  const rows: string[][] = [];
  const add = (kind: string, id: string, name: string, parent = '', attribute = '', compound = '') =>
    rows.push([kind, communityId, id, name, parent, attribute, compound]);
  add('党组织', 'dwei', '社区大党委', '', '社区大党委');
  for (let c = 0; c < 200; c += 1) {
    add('小区', `x${c}`, `第${c}小区`);
    add('网格', `g${c}`, `第${c}网格`, `x${c}`);
    add('党组织', `x${c}-branch`, `第${c}小区党支部`, 'dwei', '小区党支部', `x${c}`);
    for (let b = 0; b < 10; b += 1) {
      add('楼栋', `x${c}-b${b}`, `${b}栋`, `x${c}`);
      add('党组织', `x${c}-b${b}-group`, `${b}栋党小组`, `x${c}-branch`, '楼栋党小组');
    }
    for (let s = 0; s < 3; s += 1) add('工作人员', `x${c}-staff${s}`, `工作人员${c}-${s}`, `g${c}`, '网格员');
  }
  for (let h = 0; h < 3999; h += 1)
    add('党组织', `household-${h}`, `党员中心户${h}`, `x${h % 200}-b${h % 10}-group`, '党员中心户');
  for (let m = 0; m < 800; m += 1) add('党员', `member-${m}`, `党员${m}`, '', m % 3 === 0 ? '在职党员' : '居民党员');
  return rows;
}

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('导入');
  sheet.addRow([...IMPORT_COLUMNS]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('bulk onboarding import (street office)', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let owner: pg.Pool;
  let store: PostgresEventStore;
  let worker: Worker;
  let baseUrl: string;
  let projections: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('imp');
  const prefix = `tongxin-test-import-${randomUUID().slice(0, 8)}`;
  let office: string;
  const http = () => request(app.getHttpServer());
  const eventCount = async () =>
    Number((await owner.query('select count(*) from events where tenant_id = $1', [ids.communityId])).rows[0].count);

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    app = await startApi({ QUEUE_PREFIX: prefix });
    await app.listen(0);
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    projections = await startDirectoryProjection(pool);
    await setUpCommunity(app, projections, ids, { district: '咸安区', street: '永安办事处', community: '凤凰社区' });
    office = `Bearer ${await tokenFor('street-office', { streetId: ids.streetId })}`;
    store = new PostgresEventStore({ pool, pollIntervalMs: 20 });
    const communities = new CommunityCommandHandler(
      new CommandExecutor(
        store,
        systemClock,
        uuidGenerator,
        createPiiCodec(pool, { PII_MASTER_KEYS: TEST_PII_MASTER_KEYS }),
      ),
      new DirectoryReader(pool),
      systemClock,
    );
    worker = createImportWorker(
      { imports: new ImportJobStore(pool), communities, clock: systemClock },
      { url: testRedisUrl(), maxRetriesPerRequest: null },
      prefix,
    );
  });
  afterAll(async () => {
    await worker.close();
    await projections.stop();
    await app.close();
    await store.close();
    await pool.end();
    await owner.end();
  });

  it('offers the template in XLSX and CSV with the exact columns', async () => {
    const xlsx = await http()
      .get(`/api/v1/streets/${ids.streetId}/imports/template`)
      .set('Authorization', office)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    expect((workbook.worksheets[0]?.getRow(2).values as unknown[]).slice(1)).toEqual([...IMPORT_COLUMNS]);
    const csv = await http()
      .get(`/api/v1/streets/${ids.streetId}/imports/template?format=csv`)
      .set('Authorization', office)
      .expect(200);
    expect(csv.text.split('\n')[0]).toBe(`\uFEFF${IMPORT_COLUMNS.join(',')}`);
  });

  it('rejects a file with bad rows with a per-row report and writes nothing', async () => {
    const before = await eventCount();
    const csv = [
      IMPORT_COLUMNS.join(','),
      `小区,${ids.communityId},ok-1,好小区,,`,
      `楼栋,${ids.communityId},b1,1栋,missing,`,
      `党员,c-elsewhere,m1,张三,,退休党员`,
    ].join('\n');
    const response = await http()
      .post(`/api/v1/streets/${ids.streetId}/imports`)
      .set('Authorization', office)
      .attach('file', Buffer.from(csv), 'bad.csv')
      .expect(400);
    expect(response.body).toMatchObject({ code: 'IMPORT_INVALID', details: { errorCount: 3 } });
    expect(response.body.details.rows).toEqual([
      { row: 3, column: '上级编号', message: expect.stringContaining('missing') },
      { row: 4, column: '社区编号', message: '社区 c-elsewhere 不属于本街道' },
      { row: 4, column: '层级/岗位/管理方式', message: expect.stringContaining('管理方式') },
    ]);
    expect(await eventCount()).toBe(before);
    expect(
      (await owner.query('select count(*) from import_jobs where street_id = $1', [ids.streetId])).rows[0].count,
    ).toBe('0');
    await http().post(`/api/v1/streets/${ids.streetId}/imports`).set('Authorization', office).send({}).expect(400);
    const otherOffice = `Bearer ${await tokenFor('street-office', { streetId: 's-elsewhere' })}`;
    await http()
      .post(`/api/v1/streets/${ids.streetId}/imports`)
      .set('Authorization', otherOffice)
      .attach('file', Buffer.from(csv), 'bad.csv')
      .expect(404);
  });

  it('imports a good 10,000-row XLSX in steps with live progress, and a second upload changes nothing', async () => {
    const file = await xlsxOf(tenThousandRows(ids.communityId));
    const accepted = await http()
      .post(`/api/v1/streets/${ids.streetId}/imports`)
      .set('Authorization', office)
      .attach('file', file, '凤凰社区结构.xlsx')
      .expect(202);
    expect(accepted.body).toMatchObject({ total: 10000, duplicate: false, fileName: '凤凰社区结构.xlsx' });

    // Server-sent progress until done.
    const stream = await fetch(`${baseUrl}/api/v1/streets/${ids.streetId}/imports/${accepted.body.importId}/events`, {
      headers: { Authorization: office },
    });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const updates = (await stream.text())
      .split('\n\n')
      .filter((block) => block.startsWith('event: progress'))
      .map(
        (block) =>
          JSON.parse(block.slice(block.indexOf('data: ') + 6)) as { done: number; status: string; percent: number },
      );
    expect(updates.at(-1)).toMatchObject({ status: 'done', done: 10000, percent: 100 });
    expect(updates.map((u) => u.done)).toEqual([...updates.map((u) => u.done)].sort((a, b) => a - b));
    expect(updates.some((u) => u.done > 0 && u.done < 10000)).toBe(true);

    const counts = Object.fromEntries(
      (
        await owner.query<{ event_type: string; n: string }>(
          'select event_type, count(*) as n from events where tenant_id = $1 group by event_type',
          [ids.communityId],
        )
      ).rows.map((r) => [r.event_type, Number(r.n)]),
    );
    expect(counts).toMatchObject({
      CompoundRegistered: 200,
      BuildingRegistered: 2000,
      GridRegistered: 200,
      PartyOrganisationRegistered: 1 + 200 + 2000 + 3999,
      StaffAssigned: 600,
      PartyMemberRegistered: 800,
    });

    const before = await eventCount();
    const again = await http()
      .post(`/api/v1/streets/${ids.streetId}/imports`)
      .set('Authorization', office)
      .attach('file', file, 'again.xlsx')
      .expect(200);
    expect(again.body).toMatchObject({ importId: accepted.body.importId, duplicate: true, status: 'done' });
    expect(await eventCount()).toBe(before);
    const status = await http()
      .get(`/api/v1/streets/${ids.streetId}/imports/${accepted.body.importId}`)
      .set('Authorization', office)
      .expect(200);
    expect(status.body).toMatchObject({ status: 'done', done: 10000, etaSeconds: 0 });
  }, 120_000);
});
