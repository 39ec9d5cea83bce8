import type pg from 'pg';
import {
  kpiFactsOfRecord,
  requestQueueRow,
  type RecordEvent,
  type RecordEventChange,
  type RecordFact,
  type RequestQueueRow,
} from '@tongxin/projections';
import {
  DROP_EMPTY_ROLLUPS,
  emptyRollupKeys,
  rollupUpsert,
  STOCK_FACT_CONDITION,
  STOCK_FACTS_TABLE,
} from './kpi-rollups.js';
import type { ReadModelWriter } from './projection-runner.js';

/** A fact as the columns of record_facts (shared with the as-of view, which stores facts computed as of T). */
export const factColumns = (f: RecordFact) => ({
  fact: f.fact,
  occurred_at: f.occurredAt,
  resolved_now: f.resolvedNow ?? null,
  in_time: f.inTime ?? null,
  positive: f.positive ?? null,
  excluded: f.excluded ?? null,
  amount: f.amount ?? null,
});

/** A work-queue row as the columns of request_queue (shared with the as-of view). */
export const queueColumns = (row: RequestQueueRow) => ({
  status: row.status,
  category: row.category,
  channel: row.channel,
  description: row.description,
  raised_at: row.raisedAt,
  assignee_name: row.assigneeName,
  assignee_kind: row.assigneeKind,
  resolve_by: row.resolveBy,
  excluded: row.excluded,
  last_event_at: row.lastEventAt,
  respond_by: row.respondBy,
});

/** Keeps each record's history and replaces its facts with those computed from the whole history (and the rollups by the difference). */
export const writeKpiFacts: ReadModelWriter<RecordEventChange> = async (client, changes) => {
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
  const touched = new Map(changes.map((c) => [`${c.tenantId}|${c.kind}|${c.recordId}`, c]));
  for (const { tenantId, kind, recordId } of touched.values()) {
    // Two runners (a rebuild beside the live one) must not interleave delete and insert of one record's facts.
    await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `tongxin.facts:${tenantId}|${kind}|${recordId}`,
    ]);
    const history = await client.query<{ event: RecordEvent }>(
      'select event from record_history where tenant_id = $1 and record_kind = $2 and record_id = $3 order by global_position',
      [tenantId, kind, recordId],
    );
    const events = history.rows.map((r) => r.event);
    if (kind === 'request') await writeQueueRow(client, tenantId, recordId, requestQueueRow(events));
    const facts = kpiFactsOfRecord(kind, events);
    // One statement: the record's old facts out, its new facts in, and kpi_rollups / kpi_stock_facts moved by the difference.
    const written = await client.query<{
      tenant_id: string;
      period_kind: string;
      period_start: unknown;
      facts: string;
    }>(
      `with gone as (delete from record_facts where tenant_id = $1 and record_kind = $2 and record_id = $3 returning *),
       added as (
         insert into record_facts (tenant_id, record_kind, record_id, fact, occurred_at, resolved_now, in_time, positive, excluded, amount)
         select $1, $2, $3, f.fact, f.occurred_at, f.resolved_now, f.in_time, f.positive, f.excluded, f.amount
         from jsonb_to_recordset($4::jsonb) as f(fact text, occurred_at timestamptz, resolved_now boolean, in_time boolean, positive boolean, excluded boolean, amount numeric)
         returning *),
       stock_gone as (delete from ${STOCK_FACTS_TABLE} where tenant_id = $1 and record_kind = $2 and record_id = $3),
       stock_added as (insert into ${STOCK_FACTS_TABLE} select * from added where ${STOCK_FACT_CONDITION}),
       delta as (select gone.*, -1 as sign from gone union all select added.*, 1 as sign from added)
       ${rollupUpsert('delta')}`,
      [tenantId, kind, recordId, JSON.stringify(facts.map(factColumns))],
    );
    const empty = emptyRollupKeys(written.rows);
    if (empty) await client.query(DROP_EMPTY_ROLLUPS, empty);
  }
};

async function writeQueueRow(
  client: pg.PoolClient,
  tenantId: string,
  requestId: string,
  row: RequestQueueRow | null,
): Promise<void> {
  if (!row) {
    await client.query('delete from request_queue where tenant_id = $1 and request_id = $2', [tenantId, requestId]);
    return;
  }
  await client.query(
    `insert into request_queue (tenant_id, request_id, status, category, channel, description, raised_at, assignee_name, assignee_kind, resolve_by, excluded, last_event_at, respond_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (tenant_id, request_id) do update set status = excluded.status, category = excluded.category, channel = excluded.channel,
       description = excluded.description, raised_at = excluded.raised_at, assignee_name = excluded.assignee_name, assignee_kind = excluded.assignee_kind,
       resolve_by = excluded.resolve_by, excluded = excluded.excluded, last_event_at = excluded.last_event_at, respond_by = excluded.respond_by`,
    [
      tenantId,
      requestId,
      row.status,
      row.category,
      row.channel,
      row.description,
      row.raisedAt,
      row.assigneeName,
      row.assigneeKind,
      row.resolveBy,
      row.excluded,
      row.lastEventAt,
      row.respondBy,
    ],
  );
}
