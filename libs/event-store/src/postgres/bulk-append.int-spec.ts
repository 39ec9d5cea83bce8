import type pg from 'pg';
import { events, migratedTestPool, metadata, ownerTestPool, uniqueTenant } from '@tongxin/testing';
import { tenantScope } from '@tongxin/tenancy';
import { PostgresEventStore } from './postgres-event-store.js';

describe('PostgreSQL event store: batched and bulk appends', () => {
  let appPool: pg.Pool;
  let pool: pg.Pool; // owner: counts rows without a tenant scope
  let store: PostgresEventStore;

  beforeAll(async () => {
    appPool = await migratedTestPool();
    pool = ownerTestPool();
    store = new PostgresEventStore({
      pool: appPool,
      beforeCommit: (_t, all) => {
        if ((all[0]?.data as { crash?: boolean }).crash) throw new Error('crash mid-import');
      },
    });
  });

  afterAll(async () => {
    await store.close();
    await appPool.end();
    await pool.end();
  });

  it('imports thousands of events over many streams in one transaction with contiguous sequence and positions', async () => {
    const tenant = uniqueTenant('bulk');
    const writes = Array.from({ length: 50 }, (_, s) => ({
      streamId: `compound-${s}`,
      expectedVersion: 0,
      events: events(100, { s }),
    }));
    const results = await store.appendBatch(tenant, writes, metadata({ commandId: 'import-file-1' }));
    expect(results).toHaveLength(50);
    const first = results[0]?.firstPosition;
    expect(results[49]?.lastPosition).toBe(first + 4999);
    const count = await pool.query(
      'select count(*)::int as n, max(tenant_sequence)::int as last from events where tenant_id = $1',
      [tenant],
    );
    expect(count.rows[0]).toEqual({ n: 5000, last: 5000 });
    expect(await store.verifyTenant(tenant, 700)).toMatchObject({ ok: true, eventCount: 5000, lastSequence: 5000 });

    const again = await store.appendBatch(tenant, writes, metadata({ commandId: 'import-file-1' }));
    expect(again.every((r) => r.duplicate)).toBe(true);
    const after = await pool.query('select count(*)::int as n from events where tenant_id = $1', [tenant]);
    expect(after.rows[0].n).toBe(5000);
  });

  it('writes nothing when a bulk import fails before commit, and the retry then succeeds', async () => {
    const tenant = uniqueTenant('bulk');
    const crashing = [{ streamId: 'grid-1', expectedVersion: 0, events: events(300, { crash: true }) }];
    await expect(store.appendBatch(tenant, crashing, metadata({ commandId: 'import-2' }))).rejects.toThrow(
      'crash mid-import',
    );
    expect(await store.readStream(tenantScope(tenant), tenant, 'grid-1')).toEqual([]);
    const ok = [{ streamId: 'grid-1', expectedVersion: 0, events: events(300) }];
    const [result] = await store.appendBatch(tenant, ok, metadata({ commandId: 'import-2' }));
    expect(result?.nextExpectedVersion).toBe(300);
    expect(await store.verifyTenant(tenant)).toMatchObject({ ok: true, eventCount: 300 });
  });

  it('refuses an event id that another tenant already used', async () => {
    const a = uniqueTenant('idem');
    const b = uniqueTenant('idem');
    const shared = events(1);
    await store.append(a, 'request-1', 0, shared, metadata());
    await expect(store.append(b, 'request-1', 0, shared, metadata())).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await store.readStream(tenantScope(b), b, 'request-1')).toEqual([]);
  });
});
