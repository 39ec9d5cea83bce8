import type pg from 'pg';
import { applyScope, checkOut, inScopedTransaction } from '@tongxin/event-store';
import { kpiFactsOfRecord, requestQueueRow, type RecordEvent, type RecordKind } from '@tongxin/projections';
import type { TenantScope } from '@tongxin/tenancy';
import { factColumns, queueColumns } from './kpi-facts.writer.js';

/** A record's kept events recorded at or before T, and whether it has events recorded after T. */
interface Restated {
  readonly facts: Record<string, unknown>[];
  readonly queue: Record<string, unknown>[];
  readonly changed: { tenant_id: string; record_kind: string; record_id: string }[];
}

/**
 * Reads "as recorded at T" (domain.md §5.1 asOf): inside the reading transaction, temporary
 * views named like the read models — record_facts, request_queue, directory_units,
 * community_placements — shadow the tables (PostgreSQL searches the session's temporary schema
 * first), so every reader runs its one and only SQL against the past:
 *
 * - a record none of whose kept events was recorded after T keeps its stored facts (they were
 *   computed from exactly the history it had at T);
 * - a record with events recorded after T gets its facts recomputed (the same pure
 *   `kpiFactsOfRecord` the projection uses) from its events recorded at or before T — none if
 *   it did not exist yet;
 * - units and placements recorded after T are left out: the hierarchy as it stood then.
 *
 * The transaction is always rolled back, so the temporary objects never outlive the read.
 * `asOf` null reads the live read models.
 */
export class ReadView {
  private readonly restated = new Map<string, Promise<Restated>>();

  /** `records: false` shadows only the hierarchy (directory_units, community_placements), for readers of nothing else. */
  constructor(
    private readonly pool: pg.Pool,
    readonly asOf: Date | null,
    private readonly options: { readonly records: boolean } = { records: true },
  ) {}

  run<T>(scope: TenantScope, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    if (!this.asOf) return inScopedTransaction(this.pool, scope, work);
    return this.runAsOf(scope, this.asOf, work);
  }

  private async runAsOf<T>(scope: TenantScope, asOf: Date, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const restated = this.options.records ? await this.restatedFor(scope, asOf) : null;
    const checkedOut = await checkOut(this.pool);
    const client = checkedOut.client;
    try {
      await client.query('begin');
      await applyScope(client, scope);
      await createAsOfViews(client, asOf, restated);
      return await work(client);
    } finally {
      if (!checkedOut.lost()) await client.query('rollback').catch(() => undefined);
      checkedOut.release();
    }
  }

  /** Computed once per view and scope: several reads of one response share it. */
  private restatedFor(scope: TenantScope, asOf: Date): Promise<Restated> {
    const key = JSON.stringify(scope);
    let restated = this.restated.get(key);
    if (!restated) {
      restated = inScopedTransaction(this.pool, scope, (client) => restate(client, asOf));
      restated.catch(() => this.restated.delete(key));
      this.restated.set(key, restated);
    }
    return restated;
  }
}

/** The records with events recorded after T, each recomputed from its history as recorded at T. */
export async function restate(client: pg.PoolClient, asOf: Date): Promise<Restated> {
  const rows = await client.query<{
    tenant_id: string;
    record_kind: string;
    record_id: string;
    event: RecordEvent | null;
  }>(
    `with changed as (select distinct tenant_id, record_kind, record_id from record_history where recorded_at > $1)
     select c.tenant_id, c.record_kind, c.record_id, h.event
     from changed c left join record_history h
       on h.tenant_id = c.tenant_id and h.record_kind = c.record_kind and h.record_id = c.record_id and h.recorded_at <= $1
     order by c.tenant_id, c.record_kind, c.record_id, h.global_position`,
    [asOf],
  );
  const histories = new Map<
    string,
    { tenant_id: string; record_kind: string; record_id: string; events: RecordEvent[] }
  >();
  for (const row of rows.rows) {
    const key = `${row.tenant_id}|${row.record_kind}|${row.record_id}`;
    const history = histories.get(key) ?? {
      tenant_id: row.tenant_id,
      record_kind: row.record_kind,
      record_id: row.record_id,
      events: [],
    };
    if (row.event) history.events.push(row.event);
    histories.set(key, history);
  }
  const facts: Record<string, unknown>[] = [];
  const queue: Record<string, unknown>[] = [];
  for (const { tenant_id, record_kind, record_id, events } of histories.values()) {
    for (const fact of kpiFactsOfRecord(record_kind as RecordKind, events))
      facts.push({ tenant_id, record_kind, record_id, ...factColumns(fact) });
    const row = record_kind === 'request' ? requestQueueRow(events) : null;
    if (row) queue.push({ tenant_id, request_id: record_id, ...queueColumns(row) });
  }
  return {
    facts,
    queue,
    changed: [...histories.values()].map(({ tenant_id, record_kind, record_id }) => ({
      tenant_id,
      record_kind,
      record_id,
    })),
  };
}

async function createAsOfViews(client: pg.PoolClient, asOf: Date, restated: Restated | null): Promise<void> {
  const at = `'${asOf.toISOString()}'::timestamptz`; // an ISO string from a Date: safe to inline
  await client.query(`
    create temp view community_placements as select * from public.community_placements where recorded_at <= ${at};
    create temp view directory_units as select * from public.directory_units where recorded_at is null or recorded_at <= ${at};`);
  if (!restated) return;
  await client.query(`
    create temp table asof_changed (tenant_id text, record_kind text, record_id text, primary key (tenant_id, record_kind, record_id));
    create temp table asof_facts (like public.record_facts);
    create temp table asof_queue (like public.request_queue);`);
  await client.query(
    'insert into asof_changed select * from jsonb_to_recordset($1::jsonb) as c(tenant_id text, record_kind text, record_id text)',
    [JSON.stringify(restated.changed)],
  );
  await client.query('insert into asof_facts select * from jsonb_populate_recordset(null::asof_facts, $1::jsonb)', [
    JSON.stringify(restated.facts),
  ]);
  await client.query('insert into asof_queue select * from jsonb_populate_recordset(null::asof_queue, $1::jsonb)', [
    JSON.stringify(restated.queue),
  ]);
  await client.query(`
    create temp view record_facts as
      select * from public.record_facts f
      where not exists (select 1 from asof_changed c where c.tenant_id = f.tenant_id and c.record_kind = f.record_kind and c.record_id = f.record_id)
      union all select * from asof_facts;
    create temp view request_queue as
      select * from public.request_queue q
      where not exists (select 1 from asof_changed c where c.tenant_id = q.tenant_id and c.record_kind = 'request' and c.record_id = q.request_id)
      union all select * from asof_queue;`);
}
