import type pg from 'pg';
import { inScopedTransaction } from '@tongxin/event-store';
import type { RecordEvent } from '@tongxin/projections';
import type { TenantScope } from '@tongxin/tenancy';

/** One record of a register as the KPI projection keeps it: its id and its events in order. */
export interface ListedRecord {
  readonly recordId: string;
  /** Global position of the record's first event: the register's order and keyset cursor. */
  readonly firstPosition: number;
  readonly events: readonly RecordEvent[];
}

/**
 * A community's register of one record kind (dispute, wish, hazard, works, member), newest first,
 * read from the projection's record_history (so it lags the event store by the projector's delay).
 * Keyset pagination on the first event's position: `after` is the previous page's `next`.
 */
export class RecordListReader {
  constructor(private readonly pool: pg.Pool) {}

  async list(
    scope: TenantScope,
    communityId: string,
    kind: string,
    limit: number,
    after: number | null,
  ): Promise<{ records: ListedRecord[]; next: string | null }> {
    const rows = await inScopedTransaction(this.pool, scope, (client) =>
      client.query<{ record_id: string; first_position: string; events: RecordEvent[] }>(
        `with firsts as (
           select record_id, min(global_position) as first_position
           from record_history where tenant_id = $1 and record_kind = $2
           group by record_id
           having ($4::bigint is null or min(global_position) < $4)
           order by first_position desc limit $3
         )
         select f.record_id, f.first_position, jsonb_agg(h.event order by h.global_position) as events
         from firsts f join record_history h on h.tenant_id = $1 and h.record_kind = $2 and h.record_id = f.record_id
         group by f.record_id, f.first_position
         order by f.first_position desc`,
        [communityId, kind, limit, after],
      ),
    );
    const records = rows.rows.map((r) => ({
      recordId: r.record_id,
      firstPosition: Number(r.first_position),
      events: r.events,
    }));
    const last = records.at(-1);
    return { records, next: records.length === limit && last ? String(last.firstPosition) : null };
  }

  /** The works records (实事) that carry out a proposal, oldest first; `asOf`: only events recorded by then. */
  async worksOfProposal(
    scope: TenantScope,
    communityId: string,
    proposalId: string,
    asOf: Date | null,
  ): Promise<ListedRecord[]> {
    const rows = await inScopedTransaction(this.pool, scope, (client) =>
      client.query<{ record_id: string; first_position: string; events: RecordEvent[] }>(
        `select h.record_id, min(h.global_position) as first_position, jsonb_agg(h.event order by h.global_position) as events
         from record_history h
         where h.tenant_id = $1 and h.record_kind = 'works' and ($3::timestamptz is null or h.recorded_at <= $3)
           and h.record_id in (select record_id from record_history where tenant_id = $1 and record_kind = 'works' and event->'data'->>'proposalId' = $2)
         group by h.record_id order by first_position`,
        [communityId, proposalId, asOf],
      ),
    );
    return rows.rows.map((r) => ({ recordId: r.record_id, firstPosition: Number(r.first_position), events: r.events }));
  }
}
