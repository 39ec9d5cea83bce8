import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@tongxin/event-store';
import { tenantActivityProjection, type TenantActivityChange } from '@tongxin/projections';
import { events, metadata, migratedTestPool, ownerTestPool, uniqueTenant } from '@tongxin/testing';
import { ProjectionRunner, type ReadModelWriter } from './projection-runner.js';
import { writeTenantActivity } from './tenant-activity.writer.js';

/** Each test uses its own projection name so that checkpoints do not collide. */
const named = (name: string) => ({ ...tenantActivityProjection, name: `${name}-${randomUUID().slice(0, 8)}` });

describe('projection runner (PostgreSQL)', () => {
  let pool: pg.Pool;
  let owner: pg.Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    store = new PostgresEventStore({ pool, pollIntervalMs: 20, subscriptionBatchSize: 7 });
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
    await owner.end();
  });

  async function countFor(tenant: string): Promise<number> {
    const row = (await owner.query('select event_count from tenant_activity where tenant_id = $1', [tenant])).rows[0];
    return Number(row?.event_count ?? 0);
  }

  async function waitFor(check: () => Promise<boolean>, timeoutMs = 10000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the projection');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('resumes after a crash mid-page without counting any event twice', async () => {
    const tenant = uniqueTenant('proj');
    for (let i = 0; i < 6; i += 1) await store.append(tenant, `request-${i}`, 0, events(5), metadata());

    // First run: the writer dies on the second page that holds this tenant's events (other
    // suites append concurrently), after writing its changes but before the commit.
    let pagesWithTenant = 0;
    const crashing: ReadModelWriter<TenantActivityChange> = async (client, changes) => {
      await writeTenantActivity(client, changes);
      if (changes.some((c) => c.tenantId === tenant)) pagesWithTenant += 1;
      if (pagesWithTenant === 2) throw new Error('killed mid-batch');
    };
    const projection = named('crash-test');
    const first = new ProjectionRunner({ pool, store, projection, write: crashing });
    const subscription = await first.start();
    await expect(subscription.done).rejects.toThrow('killed mid-batch');
    const partial = await countFor(tenant);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(30);

    // Restart: continues from the committed checkpoint to exactly the full count.
    const second = new ProjectionRunner({ pool, store, projection, write: writeTenantActivity });
    await second.start();
    await waitFor(async () => (await countFor(tenant)) >= 30);
    await store.append(tenant, 'request-late', 0, events(2), metadata());
    await waitFor(async () => (await countFor(tenant)) >= 32);
    await second.stop();
    expect(await countFor(tenant)).toBe(32);
  });

  it('refuses to commit when another runner moved the checkpoint', async () => {
    const tenant = uniqueTenant('proj');
    await store.append(tenant, 'request-1', 0, events(3), metadata());
    const projection = named('moved-test');
    const runner = new ProjectionRunner({
      pool,
      store,
      projection,
      write: async () => {
        await pool.query('update projection_checkpoints set position = position + 1 where projection = $1', [
          projection.name,
        ]);
      },
    });
    const subscription = await runner.start();
    await expect(subscription.done).rejects.toThrow('another instance is running');
  });
});
