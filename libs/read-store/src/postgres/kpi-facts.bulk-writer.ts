import { kpiFactsOfRecord, requestQueueRow, type RecordEvent, type RecordEventChange } from '@tongxin/projections';
import { factColumns, queueColumns } from './kpi-facts.writer.js';
import {
  DROP_EMPTY_ROLLUPS,
  emptyRollupKeys,
  rollupUpsert,
  STOCK_FACT_CONDITION,
  STOCK_FACTS_TABLE,
} from './kpi-rollups.js';
import type { ReadModelWriter } from './projection-runner.js';

/**
 * The KPI-facts writer of a rebuild: the same rows as `writeKpiFacts` (kpi-facts.writer.ts) —
 * each record's history kept, its facts and queue row recomputed from the whole history with
 * the same pure functions — but set-based, a handful of statements per page instead of several
 * per record. It takes no per-record locks: it is for tables one writer owns (a rebuild's
 * copies, written by the one process holding the rebuild). kpi-facts.bulk-writer.int-spec.ts
 * proves it writes exactly what the live writer writes, column by column.
 */
export const writeKpiFactsInBulk: ReadModelWriter<RecordEventChange> = async (client, changes) => {
  if (changes.length === 0) return;
  await client.query(
    `insert into record_history (tenant_id, record_kind, record_id, global_position, event, recorded_at)
     select * from jsonb_to_recordset($1::jsonb) as h(tenant_id text, record_kind text, record_id text, global_position bigint, event jsonb, recorded_at timestamptz)
     on conflict do nothing`,
    [
      JSON.stringify(
        changes.map((c) => ({
          tenant_id: c.tenantId,
          record_kind: c.kind,
          record_id: c.recordId,
          global_position: c.position,
          event: c.event,
          recorded_at: c.recordedAt,
        })),
      ),
    ],
  );
  const touched = [...new Map(changes.map((c) => [`${c.tenantId}|${c.kind}|${c.recordId}`, c])).values()];
  const keys = [touched.map((c) => c.tenantId), touched.map((c) => c.kind), touched.map((c) => c.recordId)];
  const rows = await client.query<{ tenant_id: string; record_kind: string; record_id: string; event: RecordEvent }>(
    `select h.tenant_id, h.record_kind, h.record_id, h.event
     from record_history h join unnest($1::text[], $2::text[], $3::text[]) as k(tenant_id, record_kind, record_id) using (tenant_id, record_kind, record_id)
     order by h.tenant_id, h.record_kind, h.record_id, h.global_position`,
    keys,
  );
  const histories = new Map<string, RecordEvent[]>();
  for (const r of rows.rows) {
    const key = `${r.tenant_id}|${r.record_kind}|${r.record_id}`;
    const history = histories.get(key) ?? [];
    history.push(r.event);
    histories.set(key, history);
  }
  const facts: Record<string, unknown>[] = [];
  const queueRows: Record<string, unknown>[] = [];
  const queueGone: RecordEventChange[] = [];
  for (const c of touched) {
    const events = histories.get(`${c.tenantId}|${c.kind}|${c.recordId}`) ?? [];
    if (c.kind === 'request') {
      const row = requestQueueRow(events);
      if (row) {
        queueRows.push({ tenant_id: c.tenantId, request_id: c.recordId, ...queueColumns(row) });
      } else queueGone.push(c);
    }
    for (const f of kpiFactsOfRecord(c.kind, events))
      facts.push({ tenant_id: c.tenantId, record_kind: c.kind, record_id: c.recordId, ...factColumns(f) });
  }
  // One statement: the pages' records' old facts out, their new facts in, and kpi_rollups / kpi_stock_facts moved by the difference.
  const written = await client.query<{ tenant_id: string; period_kind: string; period_start: unknown; facts: string }>(
    `with gone as (
       delete from record_facts f using unnest($1::text[], $2::text[], $3::text[]) as k(tenant_id, record_kind, record_id)
       where f.tenant_id = k.tenant_id and f.record_kind = k.record_kind and f.record_id = k.record_id
       returning f.*),
     added as (
       insert into record_facts (tenant_id, record_kind, record_id, fact, occurred_at, resolved_now, in_time, positive, excluded, amount)
       select f.tenant_id, f.record_kind, f.record_id, f.fact, f.occurred_at, f.resolved_now, f.in_time, f.positive, f.excluded, f.amount
       from jsonb_to_recordset($4::jsonb) as f(tenant_id text, record_kind text, record_id text, fact text, occurred_at timestamptz, resolved_now boolean, in_time boolean, positive boolean, excluded boolean, amount numeric)
       returning *),
     stock_gone as (
       delete from ${STOCK_FACTS_TABLE} s using unnest($1::text[], $2::text[], $3::text[]) as k(tenant_id, record_kind, record_id)
       where s.tenant_id = k.tenant_id and s.record_kind = k.record_kind and s.record_id = k.record_id),
     stock_added as (insert into ${STOCK_FACTS_TABLE} select * from added where ${STOCK_FACT_CONDITION}),
     delta as (select gone.*, -1 as sign from gone union all select added.*, 1 as sign from added)
     ${rollupUpsert('delta')}`,
    [...keys, JSON.stringify(facts)],
  );
  const empty = emptyRollupKeys(written.rows);
  if (empty) await client.query(DROP_EMPTY_ROLLUPS, empty);
  if (queueGone.length > 0) {
    await client.query(
      'delete from request_queue q using unnest($1::text[], $2::text[]) as k(tenant_id, request_id) where q.tenant_id = k.tenant_id and q.request_id = k.request_id',
      [queueGone.map((c) => c.tenantId), queueGone.map((c) => c.recordId)],
    );
  }
  if (queueRows.length > 0) {
    await client.query(
      `insert into request_queue (tenant_id, request_id, status, category, channel, description, raised_at, assignee_name, assignee_kind, resolve_by, excluded, last_event_at, respond_by)
       select * from jsonb_to_recordset($1::jsonb) as q(tenant_id text, request_id text, status text, category text, channel text, description text, raised_at timestamptz,
         assignee_name text, assignee_kind text, resolve_by timestamptz, excluded boolean, last_event_at timestamptz, respond_by timestamptz)
       on conflict (tenant_id, request_id) do update set status = excluded.status, category = excluded.category, channel = excluded.channel,
         description = excluded.description, raised_at = excluded.raised_at, assignee_name = excluded.assignee_name, assignee_kind = excluded.assignee_kind,
         resolve_by = excluded.resolve_by, excluded = excluded.excluded, last_event_at = excluded.last_event_at, respond_by = excluded.respond_by`,
      [JSON.stringify(queueRows)],
    );
  }
};
