import type pg from 'pg';
import { tenantScope } from '@tongxin/tenancy';
import { events, metadata, migratedTestPool, ownerTestPool, uniqueTenant } from '@tongxin/testing';
import { PostgresEventStore } from './postgres-event-store.js';

const raise = { kind: 'POST /api/v1/communities/:communityId/requests', bodyHash: 'a'.repeat(64) };

describe('the command ledger keeps what each key was used for (PostgreSQL)', () => {
  let pool: pg.Pool;
  let owner: pg.Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    store = new PostgresEventStore({ pool });
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
    await owner.end();
  });

  it('stores the kind, the target stream and the body hash with the key, and answers a retry with the first result', async () => {
    const tenant = uniqueTenant('fp');
    const first = await store.append(
      tenant,
      'request-a',
      0,
      events(1),
      metadata({ commandId: 'key-1', fingerprint: raise }),
    );
    const retry = await store.append(
      tenant,
      'request-a',
      0,
      events(1),
      metadata({ commandId: 'key-1', fingerprint: raise }),
    );
    expect(retry).toMatchObject({ duplicate: true, firstPosition: first.firstPosition });
    expect(retry.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
    expect(await store.findCommand(tenant, 'key-1')).toMatchObject({
      fingerprint: raise,
      streamIds: ['request-a'],
      recordedAt: first.events[0]?.recordedAt,
    });
    expect(await store.findCommand(tenant, 'never-used')).toBeNull();
  });

  it('refuses the key for another target or another body with IDEMPOTENCY_KEY_REUSED naming the first use, and stores nothing', async () => {
    const tenant = uniqueTenant('fp');
    await store.append(tenant, 'request-a', 0, events(1), metadata({ commandId: 'key-2', fingerprint: raise }));
    await expect(
      store.append(tenant, 'request-b', 0, events(1), metadata({ commandId: 'key-2', fingerprint: raise })),
    ).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      kind: 'unprocessable',
      details: { firstUse: { kind: raise.kind, target: ['request-a'] }, differs: ['target'] },
      messageZh: expect.stringContaining(raise.kind),
    });
    await expect(
      store.append(
        tenant,
        'request-a',
        'any',
        events(1),
        metadata({ commandId: 'key-2', fingerprint: { ...raise, bodyHash: 'b'.repeat(64) } }),
      ),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', details: { differs: ['body'] } });
    expect(await store.readStream(tenantScope(tenant), tenant, 'request-b')).toEqual([]);
    expect(await store.readStream(tenantScope(tenant), tenant, 'request-a')).toHaveLength(1);
  });

  it('lets one of two concurrent different requests with one key win and refuses the other', async () => {
    const tenant = uniqueTenant('fp');
    const attempts = await Promise.allSettled(
      ['request-x', 'request-y'].map((stream) =>
        new PostgresEventStore({ pool }).append(
          tenant,
          stream,
          0,
          events(1),
          metadata({ commandId: 'key-race', fingerprint: raise }),
        ),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(attempts.filter((a) => a.status === 'rejected').map((a) => (a.reason as { code: string }).code)).toEqual([
      'IDEMPOTENCY_KEY_REUSED',
    ]);
    expect(await store.verifyTenant(tenant)).toMatchObject({ ok: true, eventCount: 1 });
  });

  it('keeps a legacy record (no fingerprint) working: a retry on its stream returns it, another stream is refused', async () => {
    const tenant = uniqueTenant('fp');
    const first = await store.append(tenant, 'request-old', 0, events(1), metadata({ commandId: 'key-legacy' }));
    // As a row written before the ledger kept fingerprints looks.
    await owner.query(
      'update tongxin_commands set command_kind = null, stream_ids = null, body_hash = null where tenant_id = $1',
      [tenant],
    );
    expect(await store.findCommand(tenant, 'key-legacy')).toMatchObject({
      fingerprint: null,
      streamIds: ['request-old'],
    });
    const retry = await store.append(
      tenant,
      'request-old',
      0,
      events(1),
      metadata({ commandId: 'key-legacy', fingerprint: raise }),
    );
    expect(retry).toMatchObject({ duplicate: true, firstPosition: first.firstPosition });
    await expect(
      store.append(tenant, 'request-new', 0, events(1), metadata({ commandId: 'key-legacy', fingerprint: raise })),
    ).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      details: { firstUse: { kind: 'RequestRaised', target: ['request-old'] }, differs: ['target'] },
    });
  });
});
