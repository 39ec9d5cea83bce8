import { MIGRATIONS as EVENT_LOG_MIGRATIONS, migrate, type Migration, type MigrationReport } from '@tongxin/event-store';
import type pg from 'pg';

const projectionCheckpoints: Migration = {
  id: '0002_projection_checkpoints',
  sql: `
create table projection_checkpoints (
  projection  text primary key,
  version     integer not null,
  position    bigint not null,
  updated_at  timestamptz not null default now()
);

create table tenant_activity (
  tenant_id         text primary key,
  event_count       bigint not null,
  last_position     bigint not null,
  last_recorded_at  timestamptz not null
);`,
};

/** The whole schema in order: the event log first, then read models. */
export const SCHEMA_MIGRATIONS: readonly Migration[] = [...EVENT_LOG_MIGRATIONS, projectionCheckpoints];

export function migrateSchema(pool: pg.Pool): Promise<MigrationReport> {
  return migrate(pool, SCHEMA_MIGRATIONS);
}
