import type { Migration } from '@tongxin/event-store';

/**
 * Blue/green rebuilds of a projection (issue 6 item 4).
 *
 * - `projection_tables` lists the tables each projection writes: the fence that says which
 *   tables a rebuild may copy and swap (the app role may read it, only migrations change it).
 * - `tongxin_rebuild_prepare(projection)` creates schema `rebuild_<projection>` holding empty
 *   copies of those tables: same columns, defaults, checks, indexes with their names, primary
 *   keys, grants and row-level-security policies. The writers fill them with `search_path` set
 *   to that schema, so they run unchanged.
 * - `tongxin_rebuild_switch(projection, position, version)` swaps the copies in under the
 *   projection's advisory lock (the live runner takes it shared for each page) and moves the
 *   projection's checkpoint to the copies' position with a new generation, in the caller's
 *   transaction: readers see the old tables or the new ones, never a mix.
 * Both are SECURITY DEFINER: the apps act as tongxin_app, which owns no table.
 * - `projection_rebuilds` keeps each rebuild's state, progress and position, written in the
 *   same transaction as the copies, so a crashed rebuild resumes where it committed.
 */
export const projectionRebuildsMigration: Migration = {
  id: '0025_projection_rebuilds',
  sql: `
alter table projection_checkpoints add column generation integer not null default 0;

create table projection_tables (
  projection  text not null,
  table_name  text not null,
  primary key (projection, table_name)
);
insert into projection_tables (projection, table_name) values
  ('tenant-activity', 'tenant_activity'),
  ('directory', 'directory_units'),
  ('directory', 'community_placements'),
  ('kpi-facts', 'record_history'),
  ('kpi-facts', 'record_facts'),
  ('kpi-facts', 'request_queue');
revoke insert, update, delete, truncate on projection_tables from tongxin_app;

create table projection_rebuilds (
  rebuild_id      text primary key,
  projection      text not null,
  version         integer not null,
  status          text not null check (status in ('running', 'switched', 'failed')),
  schema_name     text not null,
  position        bigint not null default 0,
  head_position   bigint not null default 0,
  events_done     bigint not null default 0,
  runs            integer not null default 1,
  run_started_at  timestamptz not null,
  run_events      bigint not null default 0,
  requested_by    text not null,
  created_at      timestamptz not null,
  updated_at      timestamptz not null,
  finished_at     timestamptz,
  error           text
);
create unique index projection_rebuilds_running_idx on projection_rebuilds (projection) where status = 'running';
create index projection_rebuilds_projection_idx on projection_rebuilds (projection, created_at desc);

create function tongxin_rebuild_schema(p_projection text) returns text
language sql immutable as $$ select 'rebuild_' || regexp_replace(lower(p_projection), '[^a-z0-9]', '_', 'g') $$;

create function tongxin_rebuild_prepare(p_projection text) returns text
language plpgsql security definer set search_path = pg_catalog as $$
declare
  v_schema text := public.tongxin_rebuild_schema(p_projection);
  v_table text;
  v_live regclass;
  v_index record;
  v_policy record;
  v_grant record;
begin
  if not exists (select 1 from public.projection_tables where projection = p_projection) then
    raise exception 'projection % has no tables registered in projection_tables', p_projection using errcode = '22023';
  end if;
  execute format('drop schema if exists %I cascade', v_schema);
  execute format('create schema %I', v_schema);
  execute format('grant usage on schema %I to tongxin_app', v_schema);
  for v_table in select table_name from public.projection_tables where projection = p_projection order by table_name loop
    v_live := format('public.%I', v_table)::regclass;
    if exists (select 1 from pg_trigger where tgrelid = v_live and not tgisinternal) then
      raise exception 'table % has triggers: a rebuild would not copy them', v_table using errcode = '0A000';
    end if;
    if exists (select 1 from pg_constraint where conrelid = v_live and contype in ('f', 'x')) then
      raise exception 'table % has foreign-key or exclusion constraints: a rebuild would not copy them', v_table using errcode = '0A000';
    end if;
    execute format('create table %I.%I (like public.%I including defaults including constraints including generated including identity including storage including comments)', v_schema, v_table, v_table);
    -- Indexes keep their names (the schema differs), so later migrations find them after the switch.
    for v_index in
      select c.relname as index_name, pg_get_indexdef(i.indexrelid) as def, con.conname, con.contype
      from pg_index i join pg_class c on c.oid = i.indexrelid
      left join pg_constraint con on con.conindid = i.indexrelid and con.conrelid = i.indrelid
      where i.indrelid = v_live
    loop
      execute replace(v_index.def, format(' ON public.%I ', v_table), format(' ON %I.%I ', v_schema, v_table));
      if v_index.contype in ('p', 'u') then
        execute format('alter table %I.%I add constraint %I %s using index %I', v_schema, v_table, v_index.conname,
          case v_index.contype when 'p' then 'primary key' else 'unique' end, v_index.index_name);
      end if;
    end loop;
    if (select relrowsecurity from pg_class where oid = v_live) then
      execute format('alter table %I.%I enable row level security', v_schema, v_table);
    end if;
    if (select relforcerowsecurity from pg_class where oid = v_live) then
      execute format('alter table %I.%I force row level security', v_schema, v_table);
    end if;
    for v_policy in select * from pg_policies where schemaname = 'public' and tablename = v_table loop
      execute format('create policy %I on %I.%I as %s for %s to %s %s %s', v_policy.policyname, v_schema, v_table, v_policy.permissive, v_policy.cmd,
        (select string_agg(case when r = 'public' then 'public' else quote_ident(r) end, ', ') from unnest(v_policy.roles) r),
        case when v_policy.qual is null then '' else 'using (' || v_policy.qual || ')' end,
        case when v_policy.with_check is null then '' else 'with check (' || v_policy.with_check || ')' end);
    end loop;
    for v_grant in
      select a.grantee, a.privilege_type from pg_class c, aclexplode(c.relacl) a
      where c.oid = v_live and a.grantee <> c.relowner
    loop
      execute format('grant %s on %I.%I to %s', v_grant.privilege_type, v_schema, v_table,
        case when v_grant.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(v_grant.grantee)) end);
    end loop;
  end loop;
  return v_schema;
end $$;

create function tongxin_rebuild_discard(p_projection text) returns void
language plpgsql security definer set search_path = pg_catalog as $$
begin
  if not exists (select 1 from public.projection_tables where projection = p_projection) then
    raise exception 'projection % has no tables registered in projection_tables', p_projection using errcode = '22023';
  end if;
  execute format('drop schema if exists %I cascade', public.tongxin_rebuild_schema(p_projection));
end $$;

create function tongxin_rebuild_switch(p_projection text, p_position bigint, p_version integer) returns integer
language plpgsql security definer set search_path = pg_catalog as $$
declare
  v_schema text := public.tongxin_rebuild_schema(p_projection);
  v_retired text := 'retired_' || substr(public.tongxin_rebuild_schema(p_projection), 9);
  v_table text;
  v_generation integer;
begin
  if not exists (select 1 from public.projection_tables where projection = p_projection) then
    raise exception 'projection % has no tables registered in projection_tables', p_projection using errcode = '22023';
  end if;
  if not exists (select 1 from pg_namespace where nspname = v_schema) then
    raise exception 'projection % has no rebuilt tables to switch to', p_projection using errcode = '55000';
  end if;
  -- The live runner holds this lock shared while it writes a page: no page straddles the switch.
  perform pg_advisory_xact_lock(hashtextextended('tongxin.projection:' || p_projection, 0));
  execute format('drop schema if exists %I cascade', v_retired);
  execute format('create schema %I', v_retired);
  for v_table in select table_name from public.projection_tables where projection = p_projection order by table_name loop
    execute format('alter table public.%I set schema %I', v_table, v_retired);
    execute format('alter table %I.%I set schema public', v_schema, v_table);
  end loop;
  execute format('drop schema %I cascade', v_retired);
  execute format('drop schema %I', v_schema);
  insert into public.projection_checkpoints as c (projection, version, position, generation) values (p_projection, p_version, p_position, 1)
  on conflict (projection) do update set version = excluded.version, position = excluded.position, generation = c.generation + 1, updated_at = now()
  returning c.generation into v_generation;
  return v_generation;
end $$;

revoke all on function tongxin_rebuild_prepare(text), tongxin_rebuild_discard(text), tongxin_rebuild_switch(text, bigint, integer) from public;
grant execute on function tongxin_rebuild_prepare(text), tongxin_rebuild_discard(text), tongxin_rebuild_switch(text, bigint, integer) to tongxin_app;`,
};
