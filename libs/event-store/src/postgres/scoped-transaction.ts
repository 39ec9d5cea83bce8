import type pg from 'pg';
import { assertScope, type TenantScope } from '@tongxin/tenancy';
import { checkOut } from './connection.js';

/**
 * Row-level security needs every transaction to say which tenants it may touch; this is
 * the one place that says it. Used by the event store and the read-model adapters.
 */
export async function applyScope(client: pg.ClientBase, scope: TenantScope): Promise<void> {
  const checked = assertScope(scope);
  await client.query("select set_config('tongxin.tenant_ids', $1, true), set_config('tongxin.all_tenants', $2, true)", [
    checked.kind === 'tenants' ? checked.tenantIds.join(',') : '',
    checked.kind === 'all-tenants' ? 'on' : 'off',
  ]);
}

/** Runs `work` in a transaction limited to `scope`; rolls back on any error. */
export async function inScopedTransaction<T>(
  pool: pg.Pool,
  scope: TenantScope,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const checkedOut = await checkOut(pool);
  const client = checkedOut.client;
  let open = false;
  try {
    // BEGIN and the scope in one round trip (a simple-query batch, so the values are literals).
    const checked = assertScope(scope);
    open = true;
    await client.query(
      `begin; select set_config('tongxin.tenant_ids', ${client.escapeLiteral(
        checked.kind === 'tenants' ? checked.tenantIds.join(',') : '',
      )}, true), set_config('tongxin.all_tenants', '${checked.kind === 'all-tenants' ? 'on' : 'off'}', true)`,
    );
    const result = await work(client);
    await client.query('commit');
    open = false;
    return result;
  } catch (error) {
    if (open && !checkedOut.lost()) await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    checkedOut.release();
  }
}
