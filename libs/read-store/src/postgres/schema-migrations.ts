import {
  COMMAND_FINGERPRINTS_SQL,
  MIGRATIONS as EVENT_LOG_MIGRATIONS,
  migrate,
  type Migration,
  type MigrationReport,
} from '@tongxin/event-store';
import type pg from 'pg';
import { projectionRebuildsMigration } from './projection-rebuild.migration.js';
import { kpiRollupsMigration } from './kpi-rollups.js';

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

/** Name of the role the apps act as (connection option `-c role=…`): never the tables' owner. */
export const APP_ROLE = 'tongxin_app';

// The settings are read in scalar sub-selects so PostgreSQL evaluates them once per statement
// (an init plan), not once per row.
const TENANT_VISIBLE = `(select current_setting('tongxin.all_tenants', true)) = 'on'
         or tenant_id = any((select string_to_array(current_setting('tongxin.tenant_ids', true), ','))::text[])`;

/**
 * Tenant rows are visible only to transactions that name their tenants
 * (`set_config('tongxin.tenant_ids', 'a,b', true)`) or declare a system-wide read
 * (`tongxin.all_tenants = on`, the projector). A query that forgets its scope sees nothing.
 */
export function tenantIsolationPolicy(table: string): string {
  return `
alter table ${table} enable row level security;
alter table ${table} force row level security;
create policy ${table}_tenant_isolation on ${table}
  using (${TENANT_VISIBLE})
  with check (${TENANT_VISIBLE});`;
}

const rowLevelSecurity: Migration = {
  id: '0003_row_level_security',
  sql: `
do $$ begin
  create role ${APP_ROLE} nologin;
exception when duplicate_object then null;
end $$;
grant usage on schema public to ${APP_ROLE};
grant select, insert, update, delete on all tables in schema public to ${APP_ROLE};
grant usage, select, update on all sequences in schema public to ${APP_ROLE};
alter default privileges in schema public grant select, insert, update, delete on tables to ${APP_ROLE};
alter default privileges in schema public grant usage, select, update on sequences to ${APP_ROLE};
-- The event log is append-only for the app: history is corrected by new events, never edited.
revoke update, delete on events from ${APP_ROLE};
${tenantIsolationPolicy('events')}
${tenantIsolationPolicy('tenant_chains')}
${tenantIsolationPolicy('tongxin_commands')}
${tenantIsolationPolicy('tenant_activity')}`,
};

const directory: Migration = {
  id: '0004_directory',
  sql: `
-- The hierarchy as the directory projection builds it. tenant_id is the district: the registry
-- stream lives in the district's history.
create table directory_units (
  unit_id          text primary key,
  unit_kind        text not null check (unit_kind in ('district', 'street', 'community')),
  name             text not null,
  district_id      text not null,
  onboarded_on     date,
  offboarded_from  date,
  tenant_id        text not null
);
create index directory_units_district_idx on directory_units (district_id, unit_kind);

-- Every placement of a community on a street, from an effective date (onboarding, moves).
create table community_placements (
  community_id     text not null,
  street_id        text not null,
  effective_from   date not null,
  recorded_at      timestamptz not null,
  global_position  bigint not null,
  tenant_id        text not null,
  primary key (community_id, global_position)
);
create index community_placements_street_idx on community_placements (street_id);
${tenantIsolationPolicy('directory_units')}
${tenantIsolationPolicy('community_placements')}`,
};

const kpiFacts: Migration = {
  id: '0005_kpi_facts',
  sql: `
-- Each KPI-bearing record's events, compact, so its facts can be recomputed when any of its
-- events arrives (voids, reopens and corrections change earlier facts).
create table record_history (
  tenant_id        text not null,
  record_kind      text not null,
  record_id        text not null,
  global_position  bigint not null,
  event            jsonb not null,
  primary key (tenant_id, record_kind, record_id, global_position)
);

-- The facts KPIs are counted from (libs/projections/src/kpi/record-facts.ts): numerators and
-- denominators are counts of these rows, so every ratio at every level is a ratio of sums.
create table record_facts (
  tenant_id     text not null,
  record_kind   text not null,
  record_id     text not null,
  fact          text not null,
  occurred_at   timestamptz not null,
  resolved_now  boolean,
  in_time       boolean,
  positive      boolean,
  excluded      boolean,
  amount        numeric
);
create index record_facts_record_idx on record_facts (tenant_id, record_kind, record_id);
create index record_facts_time_idx on record_facts (tenant_id, occurred_at);
${tenantIsolationPolicy('record_history')}
${tenantIsolationPolicy('record_facts')}`,
};

const requestQueue: Migration = {
  id: '0006_request_queue',
  sql: `
-- The community work queue: one row per request, recomputed from its history by the KPI-facts writer.
create table request_queue (
  tenant_id      text not null,
  request_id     text not null,
  status         text not null,
  category       text not null,
  channel        text not null,
  description    text not null,
  raised_at      timestamptz not null,
  assignee_name  text,
  assignee_kind  text,
  resolve_by     timestamptz,
  excluded       boolean not null,
  last_event_at  timestamptz not null,
  primary key (tenant_id, request_id)
);
create index request_queue_raised_idx on request_queue (tenant_id, raised_at desc, request_id desc);
${tenantIsolationPolicy('request_queue')}`,
};

const responseClock: Migration = {
  id: '0007_request_queue_respond_by',
  sql: `alter table request_queue add column respond_by timestamptz;`,
};

const importJobs: Migration = {
  id: '0008_import_jobs',
  sql: `
-- Bulk onboarding imports of a street office: the validated rows, status and progress. Redis only
-- carries the job; a lost queue is rebuilt from the rows here whose status is not done.
create table import_jobs (
  import_id   text primary key,
  street_id   text not null,
  file_name   text not null,
  status      text not null check (status in ('queued', 'running', 'done', 'failed')),
  total       integer not null,
  done        integer not null,
  skipped     integer not null,
  created_by  text not null,
  created_at  timestamptz not null,
  started_at  timestamptz,
  finished_at timestamptz,
  error       text,
  items       jsonb not null
);
create index import_jobs_street_idx on import_jobs (street_id, created_at desc);`,
};

const recordedTimes: Migration = {
  id: '0020_recorded_at_for_as_of',
  sql: `
-- "As recorded at T" (domain.md §5.1 asOf): when each kept event and each unit was recorded, so
-- a view can leave out what was recorded after T. Backfilled from the event log (the owner runs
-- migrations; the all-tenants setting lets a non-superuser owner see every row under RLS).
select set_config('tongxin.all_tenants', 'on', true);
alter table record_history add column recorded_at timestamptz;
update record_history h set recorded_at = e.recorded_at from events e where e.event_id = (h.event->>'eventId')::uuid;
create index record_history_recorded_idx on record_history (tenant_id, recorded_at);
alter table directory_units add column recorded_at timestamptz;
update directory_units u set recorded_at = e.recorded_at from events e
  where e.tenant_id = u.district_id and e.event_type in ('DistrictRegistered', 'StreetRegistered', 'CommunityOnboarded')
    and e.data->>(case u.unit_kind when 'district' then 'districtId' when 'street' then 'streetId' else 'communityId' end) = u.unit_id;
alter table community_placements add column event_id uuid;
update community_placements p set event_id = e.event_id from events e where e.global_position = p.global_position;`,
};

const exportJobs: Migration = {
  id: '0035_export_jobs',
  sql: `
-- Register and open-data exports of a community, run as jobs: request, progress and the finished
-- file itself (bytea), so a download link keeps working whichever api instance answers it.
create table export_jobs (
  export_id     text primary key,
  tenant_id     text not null,
  kind          text not null,
  format        text not null check (format in ('csv', 'xlsx', 'ndjson')),
  filters       jsonb not null,
  status        text not null check (status in ('queued', 'running', 'done', 'failed')),
  total         integer,
  done          integer not null default 0,
  created_by    text not null,
  created_at    timestamptz not null,
  started_at    timestamptz,
  finished_at   timestamptz,
  error         text,
  file_name     text,
  content_type  text,
  byte_size     integer,
  content       bytea
);
create index export_jobs_tenant_idx on export_jobs (tenant_id, created_at desc);
${tenantIsolationPolicy('export_jobs')}`,
};

const piiSubjectKeys: Migration = {
  id: '0030_pii_subject_keys',
  sql: `
-- Crypto-shredding: one data key per data subject of a community, wrapped by a master key from
-- the configuration. Events hold only ciphertext of …Pii fields; deleting a subject's row here
-- makes that ciphertext unreadable for good while the hash chain stays intact.
create table pii_subject_keys (
  tenant_id      text not null,
  key_id         uuid not null,
  subject_id     text not null,
  cipher         text not null check (cipher in ('aes-256-gcm', 'sm4-gcm')),
  master_key_id  text not null,
  wrapped_key    bytea not null,
  created_at     timestamptz not null default now(),
  rewrapped_at   timestamptz,
  primary key (tenant_id, key_id),
  unique (tenant_id, subject_id)
);
create index pii_subject_keys_master_idx on pii_subject_keys (master_key_id);
${tenantIsolationPolicy('pii_subject_keys')}`,
};

const idempotencyFingerprints: Migration = {
  id: '0045_idempotency_fingerprints',
  sql: `${COMMAND_FINGERPRINTS_SQL}
-- An export asked for with an Idempotency-Key keeps the hash of its canonical request: the same
-- key with another request is refused. Null for exports asked for before (legacy).
alter table export_jobs add column request_hash text;`,
};

/** The whole schema in order: the event log first, then read models, then the fences. */
export const SCHEMA_MIGRATIONS: readonly Migration[] = [
  ...EVENT_LOG_MIGRATIONS,
  projectionCheckpoints,
  rowLevelSecurity,
  directory,
  kpiFacts,
  requestQueue,
  responseClock,
  importJobs,
  recordedTimes,
  projectionRebuildsMigration,
  piiSubjectKeys,
  exportJobs,
  kpiRollupsMigration('0040_kpi_rollups', tenantIsolationPolicy),
  idempotencyFingerprints,
];

/** Connection option that makes every session act as the app role; the connection fails if the role is missing. */
export function appRoleOption(role: string = APP_ROLE): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`invalid database role name: ${role}`);
  return `-c role=${role}`;
}

export function migrateSchema(pool: pg.Pool): Promise<MigrationReport> {
  return migrate(pool, SCHEMA_MIGRATIONS);
}
