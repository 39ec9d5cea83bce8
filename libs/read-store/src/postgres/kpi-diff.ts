import type pg from 'pg';
import { kpiFactsOfRecord, type RecordEvent, type RecordKind } from '@tongxin/projections';
import type { TenantScope } from '@tongxin/tenancy';
import { factColumns } from './kpi-facts.writer.js';
import {
  KpiReader,
  MEASURE_COLUMNS,
  MEASURES,
  UNIT_COMMUNITIES,
  type KpiLevel,
  type PeriodKind,
} from './kpi.reader.js';

export interface KpiChange {
  readonly position: number;
  readonly eventId: string | null;
  readonly type: string;
  readonly communityId: string;
  /** The record the event belongs to; null for a change of the hierarchy (onboarding, move). */
  readonly recordKind: string | null;
  readonly recordId: string | null;
  readonly occurredAt: string | null;
  readonly recordedAt: string;
}

export interface KpiDiffQuery {
  readonly level: KpiLevel;
  readonly unitId: string;
  readonly key: string;
  readonly period: PeriodKind;
  /** Shanghai dates: the period's start (inclusive) and end (exclusive). */
  readonly from: string;
  readonly to: string;
  readonly asOf: Date;
  readonly limit: number;
  /** Keyset: the position of the last change of the previous page. */
  readonly after: number | null;
}

/** Keys a diff can explain: the period measures (stocks are not diffed). */
export const DIFFABLE_KEYS: readonly string[] = MEASURES.map((m) => m.key);

interface Steps {
  readonly tenantId: string;
  readonly kind: string;
  readonly recordId: string;
  /** The events recorded after T in recording order; step s = history at T plus the first s of them. */
  readonly later: { position: number; recordedAt: Date; event: RecordEvent }[];
}

/**
 * A figure as recorded at T beside the figure now, and the events recorded after T that changed
 * it. Which events changed it is decided with the same measure SQL the figures use: each record
 * with later events is recomputed after each of them (the pure `kpiFactsOfRecord`), and an event
 * is listed when the record's contribution to the figure changed with it. A community that
 * entered or left the unit after T (onboarding, 区划调整) is listed by its placement event.
 */
export async function kpiDiff(pool: pg.Pool, scope: TenantScope, q: KpiDiffQuery) {
  const index = MEASURES.findIndex((m) => m.key === q.key);
  if (index < 0) throw new Error(`not a diffable KPI: ${q.key}`);
  const live = new KpiReader(pool);
  const past = live.at(q.asOf);
  const figure = async (reader: KpiReader) =>
    (await reader.kpis(scope, q.level, q.unitId, q.period, q.from, q.to))[0]?.kpis[q.key] ?? null;
  const communities = (reader: KpiReader) =>
    reader.query(
      scope,
      async (client) =>
        new Set(
          (await client.query<{ community_id: string }>(UNIT_COMMUNITIES, [q.level, q.unitId])).rows.map(
            (r) => r.community_id,
          ),
        ),
    );
  const [then, now, before, after] = await Promise.all([
    figure(past),
    figure(live),
    communities(past),
    communities(live),
  ]);

  const changes: KpiChange[] = [];
  const moved = [...new Set([...before, ...after])].filter((c) => before.has(c) !== after.has(c));
  const stayed = [...before].filter((c) => after.has(c));
  await live.query(scope, async (client) => {
    if (moved.length > 0) {
      const placements = await client.query<{
        community_id: string;
        global_position: string;
        event_id: string | null;
        recorded_at: Date;
        first: boolean;
      }>(
        `select p.community_id, p.global_position, p.event_id, p.recorded_at,
                p.global_position = (select min(o.global_position) from community_placements o where o.community_id = p.community_id) as first
         from community_placements p where p.community_id = any($1) and p.recorded_at > $2`,
        [moved, q.asOf],
      );
      for (const p of placements.rows) {
        changes.push({
          position: Number(p.global_position),
          eventId: p.event_id,
          type: p.first ? 'CommunityOnboarded' : 'CommunityMovedToStreet',
          communityId: p.community_id,
          recordKind: null,
          recordId: null,
          occurredAt: null,
          recordedAt: p.recorded_at.toISOString(),
        });
      }
    }
    if (stayed.length > 0) changes.push(...(await recordChanges(client, stayed, q, index)));
  });
  changes.sort((a, b) => a.position - b.position);
  const page = changes.filter((c) => q.after === null || c.position > q.after).slice(0, q.limit);
  const last = page.at(-1);
  return {
    key: q.key,
    level: q.level,
    unitId: q.unitId,
    period: q.period,
    from: q.from,
    to: q.to,
    asOf: q.asOf.toISOString(),
    then,
    now,
    total: changes.length,
    changes: page,
    next: last && changes.some((c) => c.position > last.position) ? last.position : null,
  };
}

async function recordChanges(
  client: pg.PoolClient,
  communities: readonly string[],
  q: KpiDiffQuery,
  index: number,
): Promise<KpiChange[]> {
  const rows = await client.query<{
    tenant_id: string;
    record_kind: string;
    record_id: string;
    global_position: string;
    recorded_at: Date;
    event: RecordEvent;
  }>(
    `select h.tenant_id, h.record_kind, h.record_id, h.global_position, h.recorded_at, h.event from record_history h
     where h.tenant_id = any($1) and exists (select 1 from record_history l where l.tenant_id = h.tenant_id and l.record_kind = h.record_kind
       and l.record_id = h.record_id and l.recorded_at > $2)
     order by h.tenant_id, h.record_kind, h.record_id, h.global_position`,
    [communities, q.asOf],
  );
  const records = new Map<string, Steps & { earlier: RecordEvent[] }>();
  for (const r of rows.rows) {
    const key = `${r.tenant_id}|${r.record_kind}|${r.record_id}`;
    const record = records.get(key) ?? {
      tenantId: r.tenant_id,
      kind: r.record_kind,
      recordId: r.record_id,
      earlier: [],
      later: [],
    };
    if (r.recorded_at.getTime() <= q.asOf.getTime()) record.earlier.push(r.event);
    else record.later.push({ position: Number(r.global_position), recordedAt: r.recorded_at, event: r.event });
    records.set(key, record);
  }
  const steps: Record<string, unknown>[] = [];
  const stepFacts: Record<string, unknown>[] = [];
  for (const record of records.values()) {
    for (let step = 0; step <= record.later.length; step += 1) {
      steps.push({ tenant_id: record.tenantId, record_kind: record.kind, record_id: record.recordId, step });
      const history = [...record.earlier, ...record.later.slice(0, step).map((l) => l.event)];
      for (const fact of kpiFactsOfRecord(record.kind as RecordKind, history)) {
        stepFacts.push({
          step,
          tenant_id: record.tenantId,
          record_kind: record.kind,
          record_id: record.recordId,
          ...factColumns(fact),
        });
      }
    }
  }
  await client.query(
    'create temp table diff_steps (tenant_id text, record_kind text, record_id text, step integer) on commit drop',
  );
  await client.query('create temp table diff_facts (step integer, like public.record_facts) on commit drop');
  await client.query('insert into diff_steps select * from jsonb_populate_recordset(null::diff_steps, $1::jsonb)', [
    JSON.stringify(steps),
  ]);
  await client.query('insert into diff_facts select * from jsonb_populate_recordset(null::diff_facts, $1::jsonb)', [
    JSON.stringify(stepFacts),
  ]);
  // Every (record, step) gets a row, so a record without facts in the period contributes what an empty group gives.
  const measured = await client.query<
    Record<string, string | null> & { tenant_id: string; record_kind: string; record_id: string; step: number }
  >(
    `select s.tenant_id, s.record_kind, s.record_id, s.step,
       ${MEASURE_COLUMNS}
     from diff_steps s left join diff_facts f on f.tenant_id = s.tenant_id and f.record_kind = s.record_kind and f.record_id = s.record_id and f.step = s.step
       and f.occurred_at >= ($1::timestamp at time zone 'Asia/Shanghai') and f.occurred_at < ($2::timestamp at time zone 'Asia/Shanghai')
     group by s.tenant_id, s.record_kind, s.record_id, s.step`,
    [q.from, q.to],
  );
  const contribution = new Map(
    measured.rows.map((r) => [
      `${r.tenant_id}|${r.record_kind}|${r.record_id}|${r.step}`,
      `${r[`m${index}`] ?? ''}/${r[`d${index}`] ?? ''}`,
    ]),
  );
  const changes: KpiChange[] = [];
  for (const record of records.values()) {
    const key = `${record.tenantId}|${record.kind}|${record.recordId}`;
    const at = (step: number) => contribution.get(`${key}|${step}`);
    record.later.forEach((later, i) => {
      if (at(i + 1) === at(i)) return;
      changes.push({
        position: later.position,
        eventId: later.event.eventId,
        type: later.event.type,
        communityId: record.tenantId,
        recordKind: record.kind,
        recordId: record.recordId,
        occurredAt: later.event.occurredAt,
        recordedAt: later.recordedAt.toISOString(),
      });
    });
  }
  return changes;
}
