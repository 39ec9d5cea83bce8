import type pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { migratedTestPool, metadata, requestRaised, uniqueTenant } from '@tongxin/testing';
import { tenantScope, type TenantId } from '@tongxin/tenancy';
import type { EventEnvelope } from '../envelope.js';
import { PostgresEventStore } from './postgres-event-store.js';

/**
 * Guarantee 2 of architecture.md §3: transactions commit out of order, yet a reader that
 * tails the log never skips an event and never sees one that was rolled back.
 */
describe('PostgreSQL event store: global order under concurrent appenders', () => {
  let pool: pg.Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    pool = await migratedTestPool(40);
    store = new PostgresEventStore({
      pool,
      // Hold some transactions open for a random moment after positions are reserved, so that
      // later positions commit first; fail others so that their reserved positions never appear.
      beforeCommit: async (_tenant, events) => {
        const data = events[0]?.data as { delayMs?: number; rollback?: boolean };
        if (data.delayMs) await sleep(data.delayMs);
        if (data.rollback) throw new Error('simulated crash before commit');
      },
    });
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
  });

  it('lets a tailing reader see every committed event exactly once, in increasing position, and no rolled-back one', async () => {
    const appenders = 16;
    const appendsPerAppender = 25;
    const tenants: TenantId[] = Array.from({ length: appenders }, () => uniqueTenant('order'));
    const committed = new Set<string>();
    const rolledBack = new Set<string>();
    let writing = true;

    const seen: EventEnvelope[] = [];
    const reader = (async () => {
      let position = 0;
      // Read until the writers are done and every committed event arrived. Visibility may lag
      // behind unrelated transactions (other suites run in parallel), so allow a deadline.
      let deadline = Number.POSITIVE_INFINITY;
      for (;;) {
        const page = await store.readAll(tenantScope(...tenants), { fromPosition: position, limit: 50 });
        seen.push(...page.events);
        position = page.nextPosition;
        if (!writing && deadline === Number.POSITIVE_INFINITY) deadline = Date.now() + 15000;
        if (!writing && (seen.length >= committed.size || Date.now() > deadline)) return;
        if (page.events.length === 0) await sleep(1);
      }
    })();

    await Promise.all(
      tenants.map(async (tenant, a) => {
        let version = 0;
        for (let i = 0; i < appendsPerAppender; i += 1) {
          const size = 1 + Math.floor(Math.random() * 8);
          const rollback = Math.random() < 0.2;
          const batch = Array.from({ length: size }, (_, k) =>
            requestRaised(
              {},
              { a, i, k, rollback: k === 0 && rollback, delayMs: k === 0 ? Math.floor(Math.random() * 6) : 0 },
            ),
          );
          try {
            const result = await store.append(tenant, 'request-stream', version, batch, metadata());
            version = result.nextExpectedVersion;
            batch.forEach((e) => committed.add(e.eventId));
          } catch (error) {
            expect((error as Error).message).toBe('simulated crash before commit');
            batch.forEach((e) => rolledBack.add(e.eventId));
          }
        }
      }),
    );
    writing = false;
    await reader;

    expect(rolledBack.size).toBeGreaterThan(0);
    const seenIds = seen.map((e) => e.eventId);
    expect(new Set(seenIds).size).toBe(seenIds.length); // exactly once
    expect(seenIds.filter((id) => rolledBack.has(id))).toEqual([]); // never a rolled-back event
    expect(new Set(seenIds)).toEqual(committed); // every committed event
    const positions = seen.map((e) => e.globalPosition);
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
  });

  it('lets exactly one of several concurrent writers with the same expected version win', async () => {
    const tenant = uniqueTenant('race');
    await store.append(tenant, 'proposal-1', 0, [requestRaised()], metadata());
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () => store.append(tenant, 'proposal-1', 1, [requestRaised()], metadata())),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const reasons = outcomes.flatMap((o) =>
      o.status === 'rejected' ? [o.reason as { code: string; actualVersion: number }] : [],
    );
    expect(reasons).toHaveLength(9);
    expect(reasons.every((r) => r.code === 'STREAM_VERSION_CONFLICT' && r.actualVersion === 2)).toBe(true);
    expect(await store.readStream(tenantScope(tenant), tenant, 'proposal-1')).toHaveLength(2);
  });

  it('keeps a tenant sequence contiguous under concurrent appends to different streams of one tenant', async () => {
    const tenant = uniqueTenant('seq');
    await Promise.all(
      Array.from({ length: 12 }, (_, s) =>
        store.append(tenant, `wish-${s}`, 0, [requestRaised(), requestRaised()], metadata()),
      ),
    );
    const page = await store.readAll(tenantScope(tenant), { limit: 1000 });
    expect(page.events.map((e) => e.tenantSequence)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(await store.verifyTenant(tenant)).toMatchObject({ ok: true, eventCount: 24 });
  });

  it('keeps one chain when two processes append to the same tenant with stale cached heads', async () => {
    const tenant = uniqueTenant('two');
    const other = new PostgresEventStore({ pool });
    try {
      for (let i = 0; i < 4; i += 1) {
        await store.append(tenant, `wish-a${i}`, 0, [requestRaised()], metadata());
        await other.append(tenant, `wish-b${i}`, 0, [requestRaised(), requestRaised()], metadata());
      }
      await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? store : other).append(tenant, `wish-c${i}`, 0, [requestRaised()], metadata()),
        ),
      );
    } finally {
      await other.close();
    }
    expect(await store.verifyTenant(tenant)).toMatchObject({ ok: true, eventCount: 18, lastSequence: 18 });
  });

  it('delivers appended events to a subscription woken by NOTIFY', async () => {
    const tenant = uniqueTenant('sub');
    const received: string[] = [];
    let resolveAll: () => void = () => undefined;
    const allArrived = new Promise<void>((resolve) => (resolveAll = resolve));
    const subscription = store.subscribe(tenantScope(tenant), 0, async (page) => {
      received.push(...page.events.map((e) => e.eventId));
      if (received.length >= 3) resolveAll();
    });
    const batch = [requestRaised(), requestRaised(), requestRaised()];
    await store.append(tenant, 'request-9', 0, batch.slice(0, 1), metadata());
    await store.append(tenant, 'request-9', 1, batch.slice(1), metadata());
    await allArrived;
    await subscription.stop();
    expect(received).toEqual(batch.map((e) => e.eventId));
  });
});
