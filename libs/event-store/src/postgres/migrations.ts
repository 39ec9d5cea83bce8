/**
 * Schema migrations, applied in order by `migrate` (CLI and `npm start`). Never edit an
 * applied migration: add a new one.
 */
export interface Migration {
  readonly id: string;
  readonly sql: string;
}

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

-- One row per tenant: where its hash chain stands, written in the same transaction as the events.
create table tenant_chains (
  tenant_id       text primary key,
  hash_algorithm  text not null check (hash_algorithm in ('sha256', 'sm3')),
  last_sequence   bigint not null,
  last_hash       text not null,
  last_position   bigint not null
);

-- Global positions are handed out under a short session lock that also assigns the
-- transaction id, so transaction ids and positions grow together. A reader that only
-- sees transactions older than the oldest running one can therefore never skip a position.
create function tongxin_reserve_positions(p_count integer) returns bigint
language plpgsql as $fn$
declare
  v_first bigint;
begin
  perform pg_advisory_lock(1952805748, 1);
  begin
    perform pg_current_xact_id();
    v_first := nextval('events_global_position_seq');
    if p_count > 1 then
      perform setval('events_global_position_seq', v_first + p_count - 1);
    end if;
  exception when others then
    perform pg_advisory_unlock(1952805748, 1);
    raise;
  end;
  perform pg_advisory_unlock(1952805748, 1);
  return v_first;
end
$fn$;

-- First half of an append: serialise the tenant, detect retries and version conflicts,
-- return the chain head and the reserved positions. The caller hashes and inserts.
create function tongxin_prepare_append(
  p_tenant_id text,
  p_stream_ids text[],
  p_expected_versions integer[],
  p_event_ids uuid[],
  p_command_id text,
  p_event_count integer,
  p_default_algorithm text
) returns jsonb
language plpgsql as $fn$
declare
  v_existing bigint[];
  v_versions integer[];
  v_chain tenant_chains%rowtype;
  i integer;
begin
  -- Row-level security: this transaction writes and reads this tenant only.
  perform set_config('tongxin.tenant_ids', p_tenant_id, true);
  perform set_config('tongxin.all_tenants', 'off', true);
  perform pg_advisory_xact_lock(hashtextextended('tongxin.tenant:' || p_tenant_id, 0));

  select array_agg(global_position order by global_position) into v_existing
  from events
  where event_id = any(p_event_ids)
     or (p_command_id is not null and tenant_id = p_tenant_id and command_id = p_command_id);
  if v_existing is not null then
    return jsonb_build_object('existingPositions', to_jsonb(v_existing));
  end if;

  select array_agg(coalesce(
           (select max(e.stream_version) from events e where e.tenant_id = p_tenant_id and e.stream_id = s.stream_id), 0)
         order by s.ord)
    into v_versions
  from unnest(p_stream_ids) with ordinality as s(stream_id, ord);

  for i in 1 .. coalesce(array_length(p_stream_ids, 1), 0) loop
    if p_expected_versions[i] >= 0 and p_expected_versions[i] <> v_versions[i] then
      return jsonb_build_object('conflict', jsonb_build_object(
        'streamId', p_stream_ids[i], 'expectedVersion', p_expected_versions[i], 'actualVersion', v_versions[i]));
    end if;
  end loop;

  select * into v_chain from tenant_chains where tenant_id = p_tenant_id;
  if not found then
    v_chain := row(p_tenant_id, p_default_algorithm, 0, repeat('0', 64), 0);
  end if;

  return jsonb_build_object(
    'versions', to_jsonb(v_versions),
    'algorithm', v_chain.hash_algorithm,
    'lastSequence', v_chain.last_sequence,
    'lastHash', v_chain.last_hash,
    'firstPosition', tongxin_reserve_positions(p_event_count));
end
$fn$;

-- Wakes subscribers (projector) once per committing transaction; polling is the fallback.
create function tongxin_notify_events() returns trigger
language plpgsql as $fn$
begin
  perform pg_notify('tongxin_events', '');
  return null;
end
$fn$;
create trigger events_notify after insert on events for each statement execute function tongxin_notify_events();
`;

export const MIGRATIONS: readonly Migration[] = [{ id: '0001_event_log', sql: eventLog }];
