import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import request from 'supertest';
import { migratedTestPool, ownerTestPool } from '@tongxin/testing';
import { runCli } from '../../apps/cli/src/run-cli.js';
import {
  setUpCommunity,
  startApi,
  startDirectoryProjection,
  TEST_AUDIT_PUBLIC_KEY,
  tokenFor,
  uniqueIds,
} from './app.js';

const PHONE = '13912345678';
const RESIDENT = '王阿姨';
const PARTIES = ['张先生', '李女士'];
const APPLICANT = '陈某某';
const CIRCUMSTANCES = '独居老人无固定收入';
const PLAINTEXTS = [PHONE, RESIDENT, ...PARTIES, APPLICANT, CIRCUMSTANCES];

const text = (res: { text: string }) => res.text;
const ndjson = (res: NodeJS.ReadableStream, done: (error: Error | null, body: string) => void) => {
  let body = '';
  res.on('data', (chunk: Buffer) => (body += chunk.toString()));
  res.on('end', () => done(null, body));
};

/** Crypto-shredding (issue 7 item 5) and the access trail (item 6), through HTTP on real PostgreSQL. */
describe('personal data: encrypted at rest, shown by role, erased by key destruction', () => {
  let app: INestApplication;
  let pool: pg.Pool;
  let owner: pg.Pool;
  let projections: Awaited<ReturnType<typeof startDirectoryProjection>>;
  const ids = uniqueIds('pii');
  const auth: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const base = () => `/api/v1/communities/${ids.communityId}`;
  const reason = (why: string) => `reason=${encodeURIComponent(why)}`;
  const stored = async (table: 'events' | 'record_history', column: string) =>
    (
      await owner.query<{ t: string }>(
        `select coalesce(string_agg(${column}::text, '\n'), '') as t from ${table} where tenant_id = $1`,
        [ids.communityId],
      )
    ).rows[0]?.t ?? '';
  const countEvents = async () =>
    Number((await owner.query('select count(*) as n from events where tenant_id = $1', [ids.communityId])).rows[0].n);

  let requestId = '';
  let disputeId = '';
  let welfareId = '';

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    app = await startApi();
    projections = await startDirectoryProjection(pool);
    await setUpCommunity(app, projections, ids, {
      district: '天心区',
      street: '赤岭路街道',
      community: '芙蓉南路社区',
    });
    auth.staff = `Bearer ${await tokenFor('community-staff', { communityId: ids.communityId }, 'staff-1')}`;
    auth.admin = `Bearer ${await tokenFor('community-admin', { communityId: ids.communityId }, 'admin-1')}`;
    auth.committee = `Bearer ${await tokenFor('district-committee', { districtId: ids.districtId })}`;
    auth.grid = `Bearer ${await tokenFor('grid-worker', { communityId: ids.communityId }, 'grid-1')}`;
    auth.member = `Bearer ${await tokenFor('party-member', { communityId: ids.communityId }, 'member-1')}`;
    auth.resident = `Bearer ${await tokenFor('resident', { communityId: ids.communityId }, 'resident-9')}`;
    auth.auditor = `Bearer ${await tokenFor('auditor', { districtId: ids.districtId }, 'auditor-1')}`;

    requestId = (
      await http()
        .post(`${base()}/requests`)
        .set('Authorization', auth.staff)
        .send({
          channel: 'visit',
          category: 'parking',
          description: '楼下车位被占',
          residentContact: { name: RESIDENT, phone: PHONE },
        })
        .expect(201)
    ).body.requestId;
    disputeId = (
      await http()
        .post(`${base()}/disputes`)
        .set('Authorization', auth.staff)
        .send({ kind: 'parking', summary: '车位占用纠纷', parties: PARTIES })
        .expect(201)
    ).body.id;
    const welfare = await http()
      .post(`${base()}/welfare`)
      .set('Authorization', auth.staff)
      .send({ kind: 'dibao', applicant: APPLICANT, circumstances: CIRCUMSTANCES })
      .expect(201);
    welfareId = welfare.body.id;
    await projections.waitFor(welfare.body.position);
  });

  afterAll(async () => {
    await projections.stop();
    await app.close();
    await pool.end();
    await owner.end();
  });

  it('stores only ciphertext: raw SQL on the event log and the record history sees no personal data', async () => {
    const events = await stored('events', 'data');
    const history = await stored('record_history', 'event');
    expect(events).toContain('pii:1:');
    expect(history).toContain('pii:1:');
    for (const plain of PLAINTEXTS) {
      expect(events).not.toContain(plain);
      expect(history).not.toContain(plain);
    }
    const keys = await owner.query<{ subject_id: string; cipher: string; wrapped: string }>(
      "select subject_id, cipher, encode(wrapped_key, 'hex') as wrapped from pii_subject_keys where tenant_id = $1 order by subject_id",
      [ids.communityId],
    );
    expect(keys.rows.map((r) => r.subject_id)).toEqual([
      `dispute-${disputeId}`,
      `request-${requestId}`,
      `welfare-${welfareId}`,
    ]);
    expect(keys.rows.every((r) => r.cipher === 'aes-256-gcm' && r.wrapped.length === (12 + 32 + 16) * 2)).toBe(true);
    // The request queue holds no personal data at all.
    const queue = await owner.query('select * from request_queue where tenant_id = $1', [ids.communityId]);
    expect(JSON.stringify(queue.rows)).not.toContain(PHONE);
  });

  it('decrypts for the community staff and masks for every other reader, who never receive plaintext', async () => {
    const staff = await http().get(`${base()}/requests/${requestId}`).set('Authorization', auth.staff).expect(200);
    expect(staff.body.timeline[0].data.residentContactPii).toEqual({ name: RESIDENT, phone: PHONE });
    expect(staff.body.pii).toEqual({ access: 'decrypted', subjects: [`request-${requestId}`] });

    const committee = await http()
      .get(`${base()}/requests/${requestId}`)
      .set('Authorization', auth.committee)
      .expect(200);
    expect(committee.body.timeline[0].data.residentContactPii).toEqual({ name: '***', phone: '***' });
    const dispute = await http().get(`${base()}/disputes/${disputeId}`).set('Authorization', auth.grid).expect(200);
    expect(dispute.body.timeline[0].data.partiesPii).toEqual(['***', '***']);
    for (const res of [committee, dispute]) for (const plain of PLAINTEXTS) expect(text(res)).not.toContain(plain);

    // Welfare: community staff and auditors only.
    await http().get(`${base()}/welfare/${welfareId}`).set('Authorization', auth.grid).expect(403);
    await http().get(`${base()}/welfare/${welfareId}`).set('Authorization', auth.member).expect(403);
    await http().get(`${base()}/welfare/${welfareId}`).set('Authorization', auth.committee).expect(403);
    await http().get(`${base()}/requests/${requestId}`).set('Authorization', auth.resident).expect(404);
    const welfare = await http().get(`${base()}/welfare/${welfareId}`).set('Authorization', auth.admin).expect(200);
    expect(welfare.body.timeline[0].data).toMatchObject({ applicantPii: APPLICANT, circumstancesPii: CIRCUMSTANCES });

    // The replay a community admin reads is the log as stored: ciphertext only.
    const history = await http()
      .get(`${base()}/history?${reason('核对本社区记录')}`)
      .set('Authorization', auth.admin)
      .expect(200);
    for (const plain of PLAINTEXTS) expect(text(history)).not.toContain(plain);
    expect(history.body.events.find((e: { type: string }) => e.type === 'WelfareApplied').piiStatus).toEqual({
      applicantPii: '已加密',
      circumstancesPii: '已加密',
    });
  });

  it('shows an auditor personal data only with a stated reason, and records that decryption', async () => {
    const masked = await http().get(`${base()}/welfare/${welfareId}`).set('Authorization', auth.auditor).expect(200);
    expect(masked.body.timeline[0].data.applicantPii).toBe('***');
    expect(text(masked)).not.toContain(APPLICANT);
    const before = await countEvents();
    const opened = await http()
      .get(`${base()}/welfare/${welfareId}`)
      .set('Authorization', auth.auditor)
      .set('X-Access-Reason', encodeURIComponent('低保资金专项审计'))
      .expect(200);
    expect(opened.body.timeline[0].data.applicantPii).toBe(APPLICANT);
    expect(await countEvents()).toBe(before + 1);
    const recorded = await owner.query(
      "select actor, data from events where tenant_id = $1 and event_type = 'PiiDecrypted'",
      [ids.communityId],
    );
    expect(recorded.rows).toEqual([
      {
        actor: { userId: 'auditor-1', role: 'auditor' },
        data: {
          record: 'welfare',
          recordId: welfareId,
          streamId: `welfare-${welfareId}`,
          subjects: [`welfare-${welfareId}`],
          reason: '低保资金专项审计',
        },
      },
    ]);
  });

  it('refuses an export without a reason (nothing recorded) and records one with its reason', async () => {
    const before = await countEvents();
    const refused = await http().get(`${base()}/export`).set('Authorization', auth.auditor).expect(400);
    expect(refused.body).toMatchObject({ code: 'ACCESS_REASON_REQUIRED', details: { field: 'reason' } });
    await http().get(`${base()}/history`).set('Authorization', auth.auditor).expect(400);
    expect(await countEvents()).toBe(before);
    await http()
      .get(`${base()}/export?${reason('2026 年度审计')}`)
      .set('Authorization', auth.auditor)
      .buffer(true)
      .parse(ndjson as never)
      .expect(200);
    const trail = await owner.query(
      "select actor, data, recorded_at is not null as timed from events where tenant_id = $1 and event_type = 'HistoryRead' and data->>'purpose' = 'export'",
      [ids.communityId],
    );
    expect(trail.rows).toEqual([
      {
        actor: { userId: 'auditor-1', role: 'auditor' },
        data: { purpose: 'export', afterPosition: 0, returned: null, lastPosition: null, reason: '2026 年度审计' },
        timed: true,
      },
    ]);
  });

  it('erases a subject by destroying its key: verify still passes and every view, timeline and export shows 已删除', async () => {
    const subjectId = `request-${requestId}`;
    await http()
      .post(`${base()}/pii-erasures`)
      .set('Authorization', auth.staff)
      .send({ subjectId, reason: '居民申请删除' })
      .expect(403);
    await http().post(`${base()}/pii-erasures`).set('Authorization', auth.admin).send({ subjectId }).expect(400);
    expect(
      await owner.query('select 1 from pii_subject_keys where tenant_id = $1 and subject_id = $2', [
        ids.communityId,
        subjectId,
      ]),
    ).toHaveProperty('rowCount', 1);
    const erased = await http()
      .post(`${base()}/pii-erasures`)
      .set('Authorization', auth.admin)
      .send({ subjectId, reason: '居民本人申请删除个人信息' })
      .expect(201);
    expect(erased.body).toMatchObject({ subjectId, keysDestroyed: 1 });
    expect(
      (
        await http()
          .post(`${base()}/pii-erasures`)
          .set('Authorization', auth.admin)
          .send({ subjectId, reason: '再次申请' })
          .expect(409)
      ).body,
    ).toMatchObject({ code: 'SUBJECT_ALREADY_ERASED', details: { state: 'erased' } });
    const event = await owner.query(
      "select actor, data from events where tenant_id = $1 and event_type = 'SubjectErased'",
      [ids.communityId],
    );
    expect(event.rows).toEqual([
      {
        actor: { userId: 'admin-1', role: 'community-admin' },
        data: { subjectId, reason: '居民本人申请删除个人信息', keysDestroyed: 1 },
      },
    ]);
    expect(
      await owner.query('select 1 from pii_subject_keys where tenant_id = $1 and subject_id = $2', [
        ids.communityId,
        subjectId,
      ]),
    ).toHaveProperty('rowCount', 0);

    // The chain is over ciphertext, which is still there: it verifies.
    const verified = await http()
      .get(`${base()}/verify?${reason('删除后校验')}`)
      .set('Authorization', auth.auditor)
      .expect(200);
    expect(verified.body.ok).toBe(true);

    for (const who of ['staff', 'committee', 'auditor'] as const) {
      const view = await http()
        .get(`${base()}/requests/${requestId}`)
        .set('Authorization', auth[who])
        .set('X-Access-Reason', encodeURIComponent('删除后核对'))
        .expect(200);
      expect(view.body.timeline[0].data.residentContactPii).toEqual({ name: '已删除', phone: '已删除' });
      expect(text(view)).not.toContain(PHONE);
    }
    // Other subjects are untouched.
    const dispute = await http().get(`${base()}/disputes/${disputeId}`).set('Authorization', auth.staff).expect(200);
    expect(dispute.body.timeline[0].data.partiesPii).toEqual(PARTIES);

    const history = await http()
      .get(`${base()}/history?${reason('删除后核对')}`)
      .set('Authorization', auth.auditor)
      .expect(200);
    expect(history.body.events.find((e: { type: string }) => e.type === 'RequestRaised').piiStatus).toEqual({
      residentContactPii: '已删除',
    });

    const sealed = (await http().post(`${base()}/checkpoints`).set('Authorization', auth.auditor).expect(201)).body
      .checkpoint;
    const exported = await http()
      .get(`${base()}/export?${reason('删除后导出')}`)
      .set('Authorization', auth.auditor)
      .buffer(true)
      .parse(ndjson as never)
      .expect(200);
    const lines = (exported.body as string)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; piiStatus?: Record<string, string> });
    expect(lines.find((l) => l.type === 'RequestRaised')?.piiStatus).toEqual({ residentContactPii: '已删除' });
    expect(lines.find((l) => l.type === 'DisputeRegistered')?.piiStatus).toEqual({ partiesPii: '已加密' });
    for (const plain of PLAINTEXTS) expect(exported.body as string).not.toContain(plain);

    // The exported file still verifies offline, with the checkpoint sealed after the erasure.
    const dir = mkdtempSync(join(tmpdir(), 'tongxin-pii-'));
    writeFileSync(join(dir, 'history.ndjson'), exported.body as string);
    writeFileSync(join(dir, 'checkpoint.json'), JSON.stringify(sealed));
    writeFileSync(join(dir, 'key.pem'), TEST_AUDIT_PUBLIC_KEY);
    const out: string[] = [];
    const code = await runCli(
      [
        'verify-export',
        '--file',
        join(dir, 'history.ndjson'),
        '--checkpoint',
        join(dir, 'checkpoint.json'),
        '--public-key',
        join(dir, 'key.pem'),
      ],
      undefined,
      (l) => out.push(l),
    );
    expect({ code, output: out.join('\n') }).toEqual({
      code: 0,
      output: expect.stringContaining('signed and matching'),
    });

    // Commands on the erased record still work: its data reads 已删除 to the decider too.
    await http()
      .post(`${base()}/requests/${requestId}/reject`)
      .set('Authorization', auth.staff)
      .send({ reason: 'invalid', note: '信息不全，无法办理' })
      .expect(201);
  });
});
