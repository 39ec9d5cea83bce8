/**
 * Schema migrations, applied in order by `migrate` (CLI and `npm start`). Never edit an
 * applied migration: add a new one.
 */
export interface Migration {
  readonly id: string;
  readonly sql: string;
}

/** The row shape every read returns: times as ISO-8601 UTC text, so readers need not parse dates. */
export const EVENT_ROW_SELECT = `e.global_position, e.tenant_id, e.tenant_sequence, e.stream_id, e.stream_version, e.event_id,
  e.event_type, e.schema_version,
  to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at,
  to_char(e.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as recorded_at,
  e.actor, e.command_id, e.correlation_id, e.causation_id, e.data, e.prev_hash, e.hash`;

const EVENT_ROW_TYPE = `global_position bigint, tenant_id text, tenant_sequence bigint, stream_id text, stream_version integer,
  event_id uuid, event_type text, schema_version integer, occurred_at text, recorded_at text, actor jsonb, command_id text,
  correlation_id text, causation_id text, data jsonb, prev_hash text, hash text`;

const eventLog = `
create sequence if not exists events_global_position_seq as bigint;

create table events (
  global_position   bigint primary key,
  -- The writing transaction; readers only see transactions older than every running one.
  transaction_id    xid8 not null default pg_current_xact_id(),
  tenant_id         text not null,
  tenant_sequence   bigint not null,
  stream_id         text not null,
  stream_version    integer not null,
  event_id          uuid not null,
  event_type        text not null,
  schema_version    integer not null,
  occurred_at       timestamptz not null,
  recorded_at       timestamptz not null,
  actor             jsonb not null,
  command_id        text,
  correlation_id    text not null,
  causation_id      text,
  data              jsonb not null,
  prev_hash         text not null,
  hash              text not null,
  constraint events_event_id_key unique (event_id),
  constraint events_stream_version_key unique (tenant_id, stream_id, stream_version),
  constraint events_tenant_sequence_key unique (tenant_id, tenant_sequence)
);
create index events_tenant_command_idx on events (tenant_id, command_id) where command_id is not null;
create index events_tenant_position_idx on events (tenant_id, global_position);

-- The idempotency ledger: one row per command that wrote events. A retried command hits the
-- primary key and the writer answers with the events the first attempt wrote.
create table tongxin_commands (
  tenant_id       text not null,
  command_id      text not null,
  first_position  bigint not null,
  primary key (tenant_id, command_id)
);

-- One row per tenant: where its hash chain stands, written in the same transaction as the events.
create table tenant_chains (
  tenant_id       text primary key,
  hash_algorithm  text not null check (hash_algorithm in ('sha256', 'sm3')),
  last_sequence   bigint not null,
  last_hash       text not null,
  last_position   bigint not null
);

-- The whole append in one call (one round trip in autocommit): serialise the tenant, check
-- stream versions, check that the caller hashed
-- against the current chain head (else return it, and the caller re-hashes), reserve
-- positions, insert, and move the head. The caller computed sequences, versions, the hash
-- chain (SHA-256 or SM3) and each event's stream from the head and versions checked here.
-- Retries are caught by unique constraints (event id, command id), never by a lookup on the
-- hot path: the caller then reads the original events. Every statement here has a cached plan
-- that uses the same index whatever the table's size was when the connection first planned it.
create function tongxin_append(
  p_tenant_id text,
  p_algorithm text,
  p_expected_last_sequence bigint,
  p_expected_last_hash text,
  p_stream_ids text[],
  p_expected_versions integer[],
  p_command_id text,
  p_actor jsonb,
  p_correlation_id text,
  p_causation_id text,
  p_recorded_at timestamptz,
  p_event_stream_ids text[],
  p_event_stream_versions integer[],
  p_event_ids uuid[],
  p_types text[],
  p_schema_versions integer[],
  p_occurred_at timestamptz[],
  -- one JSON array of the events' data, in order: parsed once, no per-element array quoting
  p_data jsonb,
  p_prev_hashes text[],
  p_hashes text[]
) returns jsonb
language plpgsql as $fn$
declare
  v_version integer;
  v_chain tenant_chains%rowtype;
  v_first bigint;
  v_count integer := coalesce(array_length(p_event_ids, 1), 0);
  i integer;
begin
  -- Row-level security: this transaction writes and reads this tenant only.
  perform set_config('tongxin.tenant_ids', p_tenant_id, true);
  perform set_config('tongxin.all_tenants', 'off', true);
  perform pg_advisory_xact_lock(hashtextextended('tongxin.tenant:' || p_tenant_id, 0));

  for i in 1 .. coalesce(array_length(p_stream_ids, 1), 0) loop
    select coalesce(max(stream_version), 0) into v_version from events where tenant_id = p_tenant_id and stream_id = p_stream_ids[i];
    if p_expected_versions[i] <> v_version then
      return jsonb_build_object('conflict', jsonb_build_object(
        'streamId', p_stream_ids[i], 'expectedVersion', p_expected_versions[i], 'actualVersion', v_version));
    end if;
  end loop;

  select * into v_chain from tenant_chains where tenant_id = p_tenant_id;
  if not found then
    v_chain := row(p_tenant_id, p_algorithm, 0, repeat('0', 64), 0);
  end if;
  if v_chain.last_sequence <> p_expected_last_sequence or v_chain.last_hash <> p_expected_last_hash
     or v_chain.hash_algorithm <> p_algorithm then
    return jsonb_build_object('head', jsonb_build_object(
      'algorithm', v_chain.hash_algorithm, 'lastSequence', v_chain.last_sequence, 'lastHash', v_chain.last_hash));
  end if;

  -- Positions are handed out under a short session lock that also assigns the transaction id,
  -- so transaction ids and positions grow together (see tongxin_read_all). The exception block
  -- guarantees the lock is released even if the reservation fails.
  perform pg_advisory_lock(1952805748, 1);
  begin
    perform pg_current_xact_id();
    v_first := nextval('events_global_position_seq');
    if v_count > 1 then
      perform setval('events_global_position_seq', v_first + v_count - 1);
    end if;
  exception when others then
    perform pg_advisory_unlock(1952805748, 1);
    raise;
  end;
  perform pg_advisory_unlock(1952805748, 1);

  insert into events (global_position, tenant_id, tenant_sequence, stream_id, stream_version, event_id, event_type,
    schema_version, occurred_at, recorded_at, actor, command_id, correlation_id, causation_id, data, prev_hash, hash)
  select v_first + e.ord - 1, p_tenant_id, p_expected_last_sequence + e.ord, e.stream_id, e.stream_version,
    e.event_id, e.type, e.schema_version, e.occurred_at, p_recorded_at, p_actor, p_command_id,
    p_correlation_id, p_causation_id, p_data -> (e.ord::integer - 1), e.prev_hash, e.hash
  from unnest(p_event_stream_ids, p_event_stream_versions, p_event_ids, p_types, p_schema_versions, p_occurred_at, p_prev_hashes, p_hashes)
    with ordinality as e(stream_id, stream_version, event_id, type, schema_version, occurred_at, prev_hash, hash, ord);

  if p_command_id is not null then
    insert into tongxin_commands (tenant_id, command_id, first_position) values (p_tenant_id, p_command_id, v_first);
  end if;

  update tenant_chains set last_sequence = p_expected_last_sequence + v_count, last_hash = p_hashes[v_count], last_position = v_first + v_count - 1
  where tenant_id = p_tenant_id;
  if not found then
    insert into tenant_chains (tenant_id, hash_algorithm, last_sequence, last_hash, last_position)
    values (p_tenant_id, p_algorithm, v_count, p_hashes[v_count], v_first + v_count - 1);
  end if;

  return jsonb_build_object('firstPosition', v_first);
end
$fn$;

-- The chain head of a tenant, for a writer whose cached head went stale.
create function tongxin_chain_head(p_tenant_id text, p_default_algorithm text) returns jsonb
language plpgsql as $fn$
declare
  v_chain tenant_chains%rowtype;
begin
  perform set_config('tongxin.tenant_ids', p_tenant_id, true);
  select * into v_chain from tenant_chains where tenant_id = p_tenant_id;
  if not found then
    return jsonb_build_object('algorithm', p_default_algorithm, 'lastSequence', 0, 'lastHash', repeat('0', 64));
  end if;
  return jsonb_build_object('algorithm', v_chain.hash_algorithm, 'lastSequence', v_chain.last_sequence, 'lastHash', v_chain.last_hash);
end
$fn$;

-- Reads in one call, under row-level security for the tenants named (or all, for the
-- projector). Only one tenant's appends are serialised by its lock, so a read over several
-- tenants holds back rows of transactions that may still have lower positions in flight.
create function tongxin_read_all(p_tenant_ids text[], p_all_tenants boolean, p_from bigint, p_limit integer, p_types text[])
returns table (${EVENT_ROW_TYPE})
language plpgsql as $fn$
begin
  perform set_config('tongxin.tenant_ids', array_to_string(p_tenant_ids, ','), true);
  perform set_config('tongxin.all_tenants', case when p_all_tenants then 'on' else 'off' end, true);
  return query
    select ${EVENT_ROW_SELECT} from events e
    where e.global_position > p_from
      and (p_all_tenants or e.tenant_id = any(p_tenant_ids))
      and (p_types is null or e.event_type = any(p_types))
      and (not p_all_tenants and cardinality(p_tenant_ids) = 1
           or e.transaction_id < pg_snapshot_xmin(pg_current_snapshot()))
    order by e.global_position
    limit p_limit;
end
$fn$;

create function tongxin_read_stream(p_tenant_id text, p_stream_id text, p_from_version integer)
returns table (${EVENT_ROW_TYPE})
language plpgsql as $fn$
begin
  perform set_config('tongxin.tenant_ids', p_tenant_id, true);
  perform set_config('tongxin.all_tenants', 'off', true);
  return query
    select ${EVENT_ROW_SELECT} from events e
    where e.tenant_id = p_tenant_id and e.stream_id = p_stream_id and e.stream_version >= p_from_version
    order by e.stream_version;
end
$fn$;


`;

/**
 * 0045: the command ledger keeps what each idempotency key was used for — the command's kind, the
 * streams it wrote (its target records) and a hash of its canonical body — so that a key used
 * again for something else is refused instead of answered with the first result. Rows written
 * before have none of them (null: legacy) and are compared by the streams their events are in.
 * The append function takes the two new values as optional trailing parameters.
 */
export const COMMAND_FINGERPRINTS_SQL = `
alter table tongxin_commands add column command_kind text;
alter table tongxin_commands add column stream_ids text[];
alter table tongxin_commands add column body_hash text;

drop function tongxin_append(text, text, bigint, text, text[], integer[], text, jsonb, text, text, timestamptz,
  text[], integer[], uuid[], text[], integer[], timestamptz[], jsonb, text[], text[]);

create function tongxin_append(
  p_tenant_id text,
  p_algorithm text,
  p_expected_last_sequence bigint,
  p_expected_last_hash text,
  p_stream_ids text[],
  p_expected_versions integer[],
  p_command_id text,
  p_actor jsonb,
  p_correlation_id text,
  p_causation_id text,
  p_recorded_at timestamptz,
  p_event_stream_ids text[],
  p_event_stream_versions integer[],
  p_event_ids uuid[],
  p_types text[],
  p_schema_versions integer[],
  p_occurred_at timestamptz[],
  -- one JSON array of the events' data, in order: parsed once, no per-element array quoting
  p_data jsonb,
  p_prev_hashes text[],
  p_hashes text[],
  -- what the command was (its kind and a hash of its canonical body), kept with its id
  p_command_kind text default null,
  p_command_body_hash text default null
) returns jsonb
language plpgsql as $fn$
declare
  v_version integer;
  v_chain tenant_chains%rowtype;
  v_first bigint;
  v_count integer := coalesce(array_length(p_event_ids, 1), 0);
  i integer;
begin
  -- Row-level security: this transaction writes and reads this tenant only.
  perform set_config('tongxin.tenant_ids', p_tenant_id, true);
  perform set_config('tongxin.all_tenants', 'off', true);
  perform pg_advisory_xact_lock(hashtextextended('tongxin.tenant:' || p_tenant_id, 0));

  for i in 1 .. coalesce(array_length(p_stream_ids, 1), 0) loop
    select coalesce(max(stream_version), 0) into v_version from events where tenant_id = p_tenant_id and stream_id = p_stream_ids[i];
    if p_expected_versions[i] <> v_version then
      return jsonb_build_object('conflict', jsonb_build_object(
        'streamId', p_stream_ids[i], 'expectedVersion', p_expected_versions[i], 'actualVersion', v_version));
    end if;
  end loop;

  select * into v_chain from tenant_chains where tenant_id = p_tenant_id;
  if not found then
    v_chain := row(p_tenant_id, p_algorithm, 0, repeat('0', 64), 0);
  end if;
  if v_chain.last_sequence <> p_expected_last_sequence or v_chain.last_hash <> p_expected_last_hash
     or v_chain.hash_algorithm <> p_algorithm then
    return jsonb_build_object('head', jsonb_build_object(
      'algorithm', v_chain.hash_algorithm, 'lastSequence', v_chain.last_sequence, 'lastHash', v_chain.last_hash));
  end if;

  -- Positions are handed out under a short session lock that also assigns the transaction id,
  -- so transaction ids and positions grow together (see tongxin_read_all). The exception block
  -- guarantees the lock is released even if the reservation fails.
  perform pg_advisory_lock(1952805748, 1);
  begin
    perform pg_current_xact_id();
    v_first := nextval('events_global_position_seq');
    if v_count > 1 then
      perform setval('events_global_position_seq', v_first + v_count - 1);
    end if;
  exception when others then
    perform pg_advisory_unlock(1952805748, 1);
    raise;
  end;
  perform pg_advisory_unlock(1952805748, 1);

  insert into events (global_position, tenant_id, tenant_sequence, stream_id, stream_version, event_id, event_type,
    schema_version, occurred_at, recorded_at, actor, command_id, correlation_id, causation_id, data, prev_hash, hash)
  select v_first + e.ord - 1, p_tenant_id, p_expected_last_sequence + e.ord, e.stream_id, e.stream_version,
    e.event_id, e.type, e.schema_version, e.occurred_at, p_recorded_at, p_actor, p_command_id,
    p_correlation_id, p_causation_id, p_data -> (e.ord::integer - 1), e.prev_hash, e.hash
  from unnest(p_event_stream_ids, p_event_stream_versions, p_event_ids, p_types, p_schema_versions, p_occurred_at, p_prev_hashes, p_hashes)
    with ordinality as e(stream_id, stream_version, event_id, type, schema_version, occurred_at, prev_hash, hash, ord);

  if p_command_id is not null then
    insert into tongxin_commands (tenant_id, command_id, first_position, command_kind, stream_ids, body_hash)
    values (p_tenant_id, p_command_id, v_first, p_command_kind, p_stream_ids, p_command_body_hash);
  end if;

  update tenant_chains set last_sequence = p_expected_last_sequence + v_count, last_hash = p_hashes[v_count], last_position = v_first + v_count - 1
  where tenant_id = p_tenant_id;
  if not found then
    insert into tenant_chains (tenant_id, hash_algorithm, last_sequence, last_hash, last_position)
    values (p_tenant_id, p_algorithm, v_count, p_hashes[v_count], v_first + v_count - 1);
  end if;

  return jsonb_build_object('firstPosition', v_first);
end
$fn$;
`;

export const MIGRATIONS: readonly Migration[] = [{ id: '0001_event_log', sql: eventLog }];
