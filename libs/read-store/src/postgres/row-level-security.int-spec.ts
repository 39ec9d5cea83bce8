import type pg from 'pg';
import { PostgresEventStore, applyScope } from '@tongxin/event-store';
import { allTenantsScope, tenantScope } from '@tongxin/tenancy';
import { events, metadata, migratedTestPool, uniqueTenant } from '@tongxin/testing';

/** The second fence: even SQL that forgets its tenant filter cannot see or write other tenants' rows. */
describe('row-level security (app role on real PostgreSQL)', () => {
  let pool: pg.Pool;
  let store: PostgresEventStore;
  const a = uniqueTenant('rls');
  const b = uniqueTenant('rls');

  beforeAll(async () => {
    pool = await migratedTestPool();
    store = new PostgresEventStore({ pool });
    await store.append(a, 'request-1', 0, events(2), metadata());
    await store.append(b, 'request-1', 0, events(3), metadata());
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
  });

  async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      return await work(client);
    } finally {
      await client.query('rollback');
      client.release();
    }
  }

  it('acts as a role that is neither superuser nor the owner of the tables', async () => {
    const row = (
      await pool.query(
        "select current_user as role, rolsuper, rolbypassrls, pg_get_userbyid(c.relowner) as owner from pg_roles r, pg_class c where r.rolname = current_user and c.relname = 'events'",
      )
    ).rows[0];
    expect(row).toEqual({
      role: 'tongxin_app',
      rolsuper: false,
      rolbypassrls: false,
      owner: expect.not.stringMatching(/^tongxin_app$/),
    });
  });

  it('returns no rows to a raw query without a tenant scope', async () => {
    for (const table of ['events', 'tenant_chains', 'tenant_activity']) {
      expect((await pool.query(`select count(*)::int as n from ${table}`)).rows[0].n).toBe(0);
    }
  });

  it("returns only the scoped tenant's rows to a query that forgets its own filter", async () => {
    const counts = await inTransaction(async (client) => {
      await applyScope(client, tenantScope(a));
      return (
        await client.query(
          'select tenant_id, count(*)::int as n from events where tenant_id in ($1, $2) group by tenant_id',
          [a, b],
        )
      ).rows;
    });
    expect(counts).toEqual([{ tenant_id: a, n: 2 }]);
  });

  it('sees every tenant only under an explicit all-tenants scope', async () => {
    const n = await inTransaction(async (client) => {
      await applyScope(client, allTenantsScope('projector'));
      return (await client.query('select count(*)::int as n from events where tenant_id in ($1, $2)', [a, b])).rows[0]
        .n;
    });
    expect(n).toBe(5);
  });

  it('refuses to write a row for a tenant outside the scope', async () => {
    await expect(
      inTransaction(async (client) => {
        await applyScope(client, tenantScope(a));
        await client.query(
          'insert into tenant_activity (tenant_id, event_count, last_position, last_recorded_at) values ($1, 1, 1, now())',
          [b],
        );
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it('does not let the app role edit or delete history at all', async () => {
    await expect(
      inTransaction(async (client) => {
        await applyScope(client, tenantScope(a));
        await client.query("update events set data = '{}' where tenant_id = $1", [a]);
      }),
    ).rejects.toThrow(/permission denied/);
    await expect(
      inTransaction(async (client) => {
        await applyScope(client, tenantScope(a));
        await client.query('delete from events where tenant_id = $1', [a]);
      }),
    ).rejects.toThrow(/permission denied/);
  });
});
