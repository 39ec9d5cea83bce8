import type pg from 'pg';
import { inScopedTransaction } from '@tongxin/event-store';
import { OPEN_REQUEST_STATUSES, type RequestQueueRow } from '@tongxin/projections';
import { allTenantsScope, type TenantScope } from '@tongxin/tenancy';
import { ReadView } from './as-of-view.js';

export interface RequestQueueFilter {
  readonly status?: string;
  readonly category?: string;
  /** Only requests still open (raised, dispatched, accepted, escalated, reopened). */
  readonly open?: boolean;
  /** Only open requests past the resolution deadline of their latest dispatch, at `now`. */
  readonly overdue?: boolean;
}

/** A queue row as listed: the projection's row with its id and whether it is overdue now. */
export type RequestQueueItem = Omit<RequestQueueRow, 'lastEventAt' | 'respondBy'> & {
  readonly requestId: string;
  readonly overdue: boolean;
};

/** The work queue of a community, newest first, with keyset pagination (no offsets that skip under writes). */
export class RequestQueueReader {
  constructor(private readonly pool: pg.Pool) {}

  /** `asOf`: the queue as recorded then (pass `now` = asOf for the overdue flags). */
  async list(
    scope: TenantScope,
    communityId: string,
    filter: RequestQueueFilter,
    now: Date,
    limit: number,
    after: string | null,
    asOf: Date | null = null,
  ): Promise<{ items: RequestQueueItem[]; next: string | null }> {
    const [afterTime, afterId] = after
      ? [after.slice(0, after.lastIndexOf('|')), after.slice(after.lastIndexOf('|') + 1)]
      : [null, null];
    const rows = await new ReadView(this.pool, asOf).run(scope, (client) =>
      client.query<RequestQueueItem & { raisedAtRaw: Date }>(
        `select request_id as "requestId", status, category, channel, description,
                to_char(raised_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "raisedAt", assignee_name as "assigneeName",
                assignee_kind as "assigneeKind", to_char(resolve_by at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "resolveBy",
                (status = any($3) and resolve_by < $4) as overdue, excluded
         from request_queue
         where tenant_id = $1
           and ($5::text is null or status = $5) and ($6::text is null or category = $6)
           and (not $7 or status = any($3)) and (not $8 or (status = any($3) and resolve_by < $4))
           and ($9::timestamptz is null or (raised_at, request_id) < ($9::timestamptz, $10))
         order by raised_at desc, request_id desc
         limit $2`,
        [
          communityId,
          limit,
          OPEN_REQUEST_STATUSES,
          now,
          filter.status ?? null,
          filter.category ?? null,
          filter.open ?? false,
          filter.overdue ?? false,
          afterTime,
          afterId,
        ],
      ),
    );
    const last = rows.rows.at(-1);
    return { items: rows.rows, next: rows.rows.length === limit && last ? `${last.raisedAt}|${last.requestId}` : null };
  }
}

export interface CommunityAlerts {
  readonly communityId: string;
  readonly name: string;
  readonly open: number;
  readonly overdue: number;
  readonly escalated: number;
}

/** Alerts of a street's or district's communities at `now`: open, overdue and escalated (吹哨) requests. */
export async function communityAlerts(
  pool: pg.Pool,
  scope: TenantScope,
  communityIds: readonly string[],
  now: Date,
  asOf: Date | null = null,
): Promise<CommunityAlerts[]> {
  if (communityIds.length === 0) return [];
  const rows = await new ReadView(pool, asOf).run(scope, (client) =>
    client.query<{ community_id: string; name: string; open: string; overdue: string; escalated: string }>(
      `select u.unit_id as community_id, u.name,
         count(q.request_id) filter (where q.status = any($2)) as open,
         count(q.request_id) filter (where q.status = any($2) and q.resolve_by < $3) as overdue,
         count(q.request_id) filter (where q.status = 'escalated') as escalated
       from directory_units u left join request_queue q on q.tenant_id = u.unit_id
       where u.unit_id = any($1)
       group by u.unit_id, u.name order by u.unit_id`,
      [communityIds, OPEN_REQUEST_STATUSES, now],
    ),
  );
  return rows.rows.map((r) => ({
    communityId: r.community_id,
    name: r.name,
    open: Number(r.open),
    overdue: Number(r.overdue),
    escalated: Number(r.escalated),
  }));
}

export interface PendingClock {
  readonly tenantId: string;
  readonly requestId: string;
  readonly clock: 'response' | 'resolution';
  readonly deadline: string;
}

/**
 * Every SLA clock still running, derived from the work queue: untaken dispatched requests
 * (response) and open requests (resolution). The worker schedules them; Redis keeps nothing
 * that cannot be derived again from here.
 */
export async function pendingClocks(pool: pg.Pool): Promise<PendingClock[]> {
  const rows = await inScopedTransaction(pool, allTenantsScope('worker'), (client) =>
    client.query<PendingClock>(
      `select tenant_id as "tenantId", request_id as "requestId", 'response' as clock,
              to_char(respond_by at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as deadline
       from request_queue where status = 'dispatched' and respond_by is not null
       union all
       select tenant_id, request_id, 'resolution', to_char(resolve_by at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
       from request_queue where status in ('dispatched', 'accepted', 'escalated') and resolve_by is not null`,
    ),
  );
  return rows.rows;
}

/**
 * Requests that may need the automatic escalation to the street office: dispatched or taken,
 * not resolved and not escalated, with the resolution deadline of their latest dispatch.
 */
export async function pendingEscalations(pool: pg.Pool): Promise<Omit<PendingClock, 'clock'>[]> {
  const rows = await inScopedTransaction(pool, allTenantsScope('worker'), (client) =>
    client.query<Omit<PendingClock, 'clock'>>(
      `select tenant_id as "tenantId", request_id as "requestId", to_char(resolve_by at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as deadline
       from request_queue where status in ('dispatched', 'accepted') and resolve_by is not null`,
    ),
  );
  return rows.rows;
}
