import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { parseMasterKeys } from '@tongxin/config';
import type { EventEnvelope } from '@tongxin/kernel';
import { appRoleOption, migrateSchema, PostgresPiiKeyring } from '@tongxin/read-store';
import { scratchDatabase, uniqueTenant } from '@tongxin/testing';
import { ERASED_PII, PiiCodec } from '@tongxin/application';
import { runCli } from '../run-cli.js';

const key = () => randomBytes(32).toString('base64');
const envelope = (tenantId: string, streamId: string, type: string, data: Record<string, unknown>, n: number) =>
  ({
    eventId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    tenantId,
    streamId,
    type,
    data,
  }) as unknown as EventEnvelope;

/** Key rotation rewraps every data key; it writes for every tenant, so it runs in a database of its own. */
describe('personal data keys on PostgreSQL: ciphers, erasure and master-key rotation', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let owner: pg.Pool;
  let pool: pg.Pool;
  const OLD = `old-1:${key()}`;
  const NEW = `new-2:${key()}`;
  const codec = (keys: string, cipher: 'aes-256-gcm' | 'sm4-gcm' = 'aes-256-gcm') =>
    new PiiCodec(new PostgresPiiKeyring(pool, parseMasterKeys(keys), cipher));

  beforeAll(async () => {
    scratch = await scratchDatabase('pii_keys');
    owner = new pg.Pool({ connectionString: scratch.url, max: 2 });
    await migrateSchema(owner);
    pool = new pg.Pool({ connectionString: scratch.url, max: 4, options: appRoleOption() });
    for (const p of [owner, pool]) p.on('error', () => undefined);
  });
  afterAll(async () => {
    await pool.end();
    await owner.end();
    await scratch.drop();
  });

  it("seals each leaf of any …Pii field with its subject's key (AES-256-GCM and SM4-GCM) and opens it again", async () => {
    const tenant = uniqueTenant('pii');
    const events = [
      {
        type: 'CareVisitLogged',
        data: {
          visitId: 'v1',
          elderPii: { name: '李奶奶', age: 86 },
          notes: '按时服药',
          visitorsPii: ['小王', '小张'],
          emptyPii: null,
        },
      },
      { type: 'Anything', data: { summary: '无个人信息' } },
    ];
    for (const cipher of ['aes-256-gcm', 'sm4-gcm'] as const) {
      const c = codec(OLD, cipher);
      const sealed = await c.seal(tenant, `visit-${cipher}`, events);
      const data = sealed[0]?.data as Record<string, unknown>;
      for (const plain of ['李奶奶', '小王', '小张']) expect(JSON.stringify(data)).not.toContain(plain);
      expect(data).toMatchObject({
        visitId: 'v1',
        notes: '按时服药',
        emptyPii: null,
        elderPii: { name: expect.stringMatching(/^pii:1:/), age: expect.stringMatching(/^pii:1:/) },
      });
      expect(sealed[1]).toBe(events[1]);
      const opened = await c.open(
        tenant,
        sealed.map((e, i) => envelope(tenant, `visit-${cipher}`, e.type, e.data as Record<string, unknown>, i)),
      );
      expect(opened.map((e) => e.data)).toEqual(events.map((e) => e.data));
      const masked = await c.mask(
        tenant,
        sealed.map((e, i) => envelope(tenant, `visit-${cipher}`, e.type, e.data as Record<string, unknown>, i)),
      );
      expect(masked[0]?.data).toEqual({
        visitId: 'v1',
        elderPii: { name: '***', age: '***' },
        notes: '按时服药',
        visitorsPii: ['***', '***'],
        emptyPii: null,
      });
    }
    const ciphers = await owner.query(
      'select subject_id, cipher from pii_subject_keys where tenant_id = $1 order by subject_id',
      [tenant],
    );
    expect(ciphers.rows).toEqual([
      { subject_id: 'visit-aes-256-gcm', cipher: 'aes-256-gcm' },
      { subject_id: 'visit-sm4-gcm', cipher: 'sm4-gcm' },
    ]);
  });

  it("makes a subject's data read 已删除 once its key is destroyed, leaving other subjects readable", async () => {
    const tenant = uniqueTenant('pii');
    const c = codec(OLD);
    const a = await c.seal(tenant, 'request-a', [
      { type: 'RequestRaised', data: { residentContactPii: { name: '王阿姨', phone: '13800000000' } } },
    ]);
    const b = await c.seal(tenant, 'request-b', [
      { type: 'RequestRaised', data: { residentContactPii: { name: '赵叔叔', phone: '13900000000' } } },
    ]);
    expect(await c.erase(tenant, 'request-a')).toBe(1);
    expect(await c.erase(tenant, 'request-a')).toBe(0);
    const read = await c.open(tenant, [
      envelope(tenant, 'request-a', 'RequestRaised', a[0]?.data as Record<string, unknown>, 1),
      envelope(tenant, 'request-b', 'RequestRaised', b[0]?.data as Record<string, unknown>, 2),
    ]);
    expect(read.map((e) => e.data)).toEqual([
      { residentContactPii: { name: ERASED_PII, phone: ERASED_PII } },
      { residentContactPii: { name: '赵叔叔', phone: '13900000000' } },
    ]);
    const status = await c.status(tenant, [envelope(tenant, 'request-a', 'RequestRaised', a[0]?.data, 1)]);
    expect([...status.values()]).toEqual([{ residentContactPii: ERASED_PII }]);
  });

  it('keeps old master keys unwrapping after rotation begins, and the rotate command re-wraps every data key', async () => {
    const tenant = uniqueTenant('rot');
    const before = codec(OLD);
    const sealed = await before.seal(tenant, 'welfare-1', [{ type: 'WelfareApplied', data: { applicantPii: '陈某' } }]);
    const sealedSm4 = await codec(OLD, 'sm4-gcm').seal(tenant, 'member-1', [
      { type: 'PartyMemberRegistered', data: { namePii: '李建国' } },
    ]);
    const stored = [
      envelope(tenant, 'welfare-1', 'WelfareApplied', sealed[0]?.data, 1),
      envelope(tenant, 'member-1', 'PartyMemberRegistered', sealedSm4[0]?.data, 2),
    ];

    // The new key is current; the old one is still listed, so everything still opens.
    const during = codec(`${NEW},${OLD}`);
    expect((await during.open(tenant, stored)).map((e) => e.data)).toEqual([
      { applicantPii: '陈某' },
      { namePii: '李建国' },
    ]);
    await during.seal(tenant, 'welfare-2', [{ type: 'WelfareApplied', data: { applicantPii: '刘某' } }]);
    const wraps = async () =>
      (
        await owner.query(
          'select subject_id, master_key_id from pii_subject_keys where tenant_id = $1 order by subject_id',
          [tenant],
        )
      ).rows;
    expect(await wraps()).toEqual([
      { subject_id: 'member-1', master_key_id: 'old-1' },
      { subject_id: 'welfare-1', master_key_id: 'old-1' },
      { subject_id: 'welfare-2', master_key_id: 'new-2' },
    ]);
    // Without the old key the old wraps cannot be opened: the rotation is needed.
    await expect(codec(NEW).open(tenant, stored)).rejects.toMatchObject({ code: 'PII_MASTER_KEY_UNKNOWN' });

    const previous = process.env.PII_MASTER_KEYS;
    process.env.PII_MASTER_KEYS = `${NEW},${OLD}`;
    const out: string[] = [];
    try {
      expect(await runCli(['rotate-pii-keys'], scratch.url, (l) => out.push(l))).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.PII_MASTER_KEYS;
      else process.env.PII_MASTER_KEYS = previous;
    }
    expect(out.join('\n')).toMatch(/re-wrapped [1-9]\d* data keys with master key new-2/);
    expect((await wraps()).map((r) => r.master_key_id)).toEqual(['new-2', 'new-2', 'new-2']);

    // The old master key can now be retired: the ciphertexts in the log never changed.
    expect((await codec(NEW).open(tenant, stored)).map((e) => e.data)).toEqual([
      { applicantPii: '陈某' },
      { namePii: '李建国' },
    ]);
    await expect(codec(OLD).open(tenant, stored)).rejects.toMatchObject({ code: 'PII_MASTER_KEY_UNKNOWN' });
  });
});
