import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import {
  metadata,
  migratedTestPool,
  ownerTestPool,
  requestRaised,
  testDatabaseUrl,
  uniqueTenant,
} from '@tongxin/testing';
import { allTenantsScope, tenantScope } from '@tongxin/tenancy';
import type { EventEnvelope } from '../envelope.js';
import { guardPool, isConnectionError } from './connection.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { inScopedTransaction } from './scoped-transaction.js';

/**
 * Backends terminated under the store (a failover, a restart, a pooler recycling connections):
 * a checked-out client fails its work instead of raising an unhandled 'error' event, and the LISTEN
 * connection comes back by itself. Only this file's own connections are terminated (by
 * application_name), so that other test files sharing the database are not disturbed.
 */
describe('PostgreSQL event store: lost connections', () => {
  const applicationName = `tongxin-conn-loss-${randomUUID().slice(0, 8)}`;
  let pool: pg.Pool;
  let admin: pg.Pool;
  const lost: string[] = [];

  beforeAll(async () => {
    await (await migratedTestPool(1)).end();
    pool = guardPool(
      new pg.Pool({ connectionString: testDatabaseUrl(), max: 4, application_name: applicationName }),
      (error) => lost.push(error.message),
    );
    admin = ownerTestPool(1);
  });
  afterAll(async () => {
    await pool.end();
    await admin.end();
  });

  const terminateOurBackends = async (): Promise<number> =>
    Number(
      (
        await admin.query<{ n: string }>(
          'select count(pg_terminate_backend(pid)) as n from pg_stat_activity where application_name = $1',
          [applicationName],
        )
      ).rows[0]?.n,
    );

  it('fails work on a checked-out client whose backend was terminated, without an unhandled error event', async () => {
    const tenant = uniqueTenant('lost');
    const attempt = inScopedTransaction(pool, tenantScope(tenant), async (client) => {
      await client.query('select 1');
      await terminateOurBackends();
      await sleep(200); // the termination arrives while the client is checked out but idle
      return client.query('select 2');
    });
    const error = await attempt.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isConnectionError(error)).toBe(true);
    // The pool hands out a working connection afterwards.
    expect((await pool.query<{ ok: number }>('select 1 as ok')).rows[0]?.ok).toBe(1);
  });

  it('reconnects the LISTEN connection after its backend is terminated: subscribers are woken again', async () => {
    // A new LISTEN backend (another pid, our application_name) proves the reconnect; delivery may
    // also come from polling, since a shared server's open transactions can hold new events back
    // from the first read after a notification.
    const store = new PostgresEventStore({ pool, pollIntervalMs: 200 });
    const writer = new PostgresEventStore({ pool: admin });
    const tenant = uniqueTenant('listen');
    const seen: EventEnvelope[] = [];
    const start = Number(
      (await admin.query<{ p: string | null }>('select max(global_position) as p from events')).rows[0]?.p ?? 0,
    );
    const subscription = store.subscribe(allTenantsScope('projector'), start, (page) => {
      seen.push(...page.events.filter((e) => e.tenantId === tenant));
      return Promise.resolve();
    });
    /** The pid of our LISTEN backend once there is one (other than `previous`). */
    const waitForListener = async (previous?: number): Promise<number> => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const pids = (
          await admin.query<{ pid: number }>(
            "select pid from pg_stat_activity where application_name = $1 and query = 'listen tongxin_events' and state = 'idle'",
            [applicationName],
          )
        ).rows.map((r) => r.pid);
        const pid = pids.find((p) => p !== previous);
        if (pid !== undefined && !pids.includes(previous ?? -1)) return pid;
        if (Date.now() > deadline) throw new Error('no LISTEN connection');
        await sleep(20);
      }
    };
    const waitFor = async (count: number, ms: number) => {
      const deadline = Date.now() + ms;
      while (seen.length < count && Date.now() < deadline) await sleep(20);
      return seen.length;
    };
    try {
      const first = await waitForListener();
      await writer.append(tenant, `request-${randomUUID()}`, 0, [requestRaised()], metadata());
      expect(await waitFor(1, 5000)).toBe(1);

      expect(await terminateOurBackends()).toBeGreaterThan(0);
      await waitForListener(first); // after a backoff, a new LISTEN connection
      await writer.append(tenant, `request-${randomUUID()}`, 0, [requestRaised()], metadata());
      expect(await waitFor(2, 5000)).toBe(2);
      expect(lost.length).toBeGreaterThan(0);
    } finally {
      await subscription.stop();
      await store.close();
      await writer.close();
    }
  });
});
