import type pg from 'pg';
import { checkOut } from './connection.js';
import type { Migration } from './migrations.js';

export interface MigrationReport {
  readonly applied: readonly string[];
  readonly alreadyApplied: readonly string[];
}

const MIGRATION_LOCK = 1952805749;

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock so that
 * several processes starting at once (api, projector, worker) cannot race.
 */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[]): Promise<MigrationReport> {
  const checkedOut = await checkOut(pool);
  const client = checkedOut.client;
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`create table if not exists tongxin_schema_migrations (
      id text primary key, applied_at timestamptz not null default now())`);
    const done = new Set(
      (await client.query<{ id: string }>('select id from tongxin_schema_migrations')).rows.map((r) => r.id),
    );
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      await client.query('begin');
      try {
        await client.query(migration.sql);
        await client.query('insert into tongxin_schema_migrations (id) values ($1)', [migration.id]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw new Error(`Migration ${migration.id} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.id);
    }
    return { applied, alreadyApplied: [...done] };
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    checkedOut.release();
  }
}
