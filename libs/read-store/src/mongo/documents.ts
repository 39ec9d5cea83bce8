/**
 * Pure mapping between the projections' changes and the MongoDB documents of the read store,
 * and the KPI arithmetic over fact documents. No driver here: unit-tested in documents.spec.ts.
 * The semantics are those of the PostgreSQL adapter (kpi.reader.ts, request-queue.reader.ts),
 * which the shared contract suite holds both to.
 */
import {
  OPEN_REQUEST_STATUSES,
  kpiFactsOfRecord,
  requestQueueRow,
  type DirectoryChange,
  type RecordEvent,
  type RecordEventChange,
  type RecordKind,
} from '@tongxin/projections';
import { assertScope, type TenantScope } from '@tongxin/tenancy';
import type { KpiLevel, PeriodKind, PeriodKpis, Ratio } from '../postgres/kpi.reader.js';
import type { RequestQueueFilter, RequestQueueItem } from '../postgres/request-queue.reader.js';

export interface UnitDocument {
  _id: string;
  unitKind: 'district' | 'street' | 'community';
  name: string;
  districtId: string;
  onboardedOn: string | null;
  offboardedFrom: string | null;
  tenantId: string;
}

export interface PlacementDocument {
  _id: string;
  communityId: string;
  streetId: string;
  effectiveFrom: string;
  recordedAt: Date;
  globalPosition: number;
  tenantId: string;
}

export interface HistoryDocument {
  _id: string;
  recordKey: string;
  tenantId: string;
  kind: string;
  recordId: string;
  position: number;
  event: RecordEvent;
}

export interface FactDocument {
  recordKey: string;
  tenantId: string;
  kind: string;
  recordId: string;
  fact: string;
  occurredAt: Date;
  resolvedNow: boolean | null;
  inTime: boolean | null;
  positive: boolean | null;
  excluded: boolean | null;
  amount: number | null;
}

export interface QueueDocument {
  _id: string;
  tenantId: string;
  requestId: string;
  status: string;
  category: string;
  channel: string;
  description: string;
  raisedAt: Date;
  assigneeName: string | null;
  assigneeKind: string | null;
  resolveBy: Date | null;
  respondBy: Date | null;
  excluded: boolean;
  lastEventAt: Date;
}

/** A bulkWrite operation as mongoose takes it (kept structural so that this file needs no driver). */
export type BulkOperation =
  | { updateOne: { filter: Record<string, unknown>; update: Record<string, unknown>; upsert?: boolean } }
  | { replaceOne: { filter: Record<string, unknown>; replacement: Record<string, unknown>; upsert: boolean } }
  | { deleteOne: { filter: Record<string, unknown> } };

export const recordKey = (tenantId: string, kind: string, recordId: string) => `${tenantId}|${kind}|${recordId}`;

/** The documents a read may see: the scope's tenants only (what row-level security does in PostgreSQL). */
export function scopeFilter(scope: TenantScope): Record<string, unknown> {
  const checked = assertScope(scope);
  return checked.kind === 'all-tenants' ? {} : { tenantId: { $in: [...checked.tenantIds] } };
}

/** Directory changes as ordered, idempotent operations: a unit keeps its first registration; a placement is written once. */
export function directoryOperations(changes: readonly DirectoryChange[]): {
  units: BulkOperation[];
  placements: BulkOperation[];
} {
  const units: BulkOperation[] = [];
  const placements: BulkOperation[] = [];
  for (const change of changes) {
    switch (change.kind) {
      case 'unit-added':
        units.push({
          updateOne: {
            filter: { _id: change.unitId },
            update: {
              $setOnInsert: {
                unitKind: change.unitKind,
                name: change.name,
                districtId: change.districtId,
                onboardedOn: change.onboardedOn,
                offboardedFrom: null,
                tenantId: change.districtId,
              },
            },
            upsert: true,
          },
        });
        break;
      case 'unit-renamed':
        units.push({ updateOne: { filter: { _id: change.unitId }, update: { $set: { name: change.name } } } });
        break;
      case 'community-placed':
        placements.push({
          updateOne: {
            filter: { _id: `${change.communityId}:${change.position}` },
            update: {
              $setOnInsert: {
                communityId: change.communityId,
                streetId: change.streetId,
                effectiveFrom: change.effectiveFrom,
                recordedAt: new Date(change.recordedAt),
                globalPosition: change.position,
                tenantId: change.districtId,
              },
            },
            upsert: true,
          },
        });
        break;
      case 'community-offboarded':
        units.push({
          updateOne: {
            filter: { _id: change.communityId },
            update: { $set: { offboardedFrom: change.effectiveFrom } },
          },
        });
        break;
    }
  }
  return { units, placements };
}

/** Each record event once (a replayed page inserts nothing new). */
export function historyOperations(changes: readonly RecordEventChange[]): BulkOperation[] {
  return changes.map((c) => {
    const key = recordKey(c.tenantId, c.kind, c.recordId);
    return {
      updateOne: {
        filter: { _id: `${key}|${c.position}` },
        update: {
          $setOnInsert: {
            recordKey: key,
            tenantId: c.tenantId,
            kind: c.kind,
            recordId: c.recordId,
            position: c.position,
            event: c.event,
          },
        },
        upsert: true,
      },
    };
  });
}

/** The facts and queue rows of the touched records, recomputed from their whole histories (voids honoured). */
export function recordDocuments(
  touched: readonly { tenantId: string; kind: string; recordId: string }[],
  histories: ReadonlyMap<string, readonly RecordEvent[]>,
): { facts: FactDocument[]; queue: QueueDocument[]; queueGone: string[] } {
  const facts: FactDocument[] = [];
  const queue: QueueDocument[] = [];
  const queueGone: string[] = [];
  for (const { tenantId, kind, recordId } of touched) {
    const key = recordKey(tenantId, kind, recordId);
    const events = histories.get(key) ?? [];
    if (kind === 'request') {
      const row = requestQueueRow(events);
      if (row) {
        queue.push({
          _id: `${tenantId}|${recordId}`,
          tenantId,
          requestId: recordId,
          status: row.status,
          category: row.category,
          channel: row.channel,
          description: row.description,
          raisedAt: new Date(row.raisedAt),
          assigneeName: row.assigneeName,
          assigneeKind: row.assigneeKind,
          resolveBy: row.resolveBy ? new Date(row.resolveBy) : null,
          respondBy: row.respondBy ? new Date(row.respondBy) : null,
          excluded: row.excluded,
          lastEventAt: new Date(row.lastEventAt),
        });
      } else queueGone.push(`${tenantId}|${recordId}`);
    }
    for (const f of kpiFactsOfRecord(kind as RecordKind, events)) {
      facts.push({
        recordKey: key,
        tenantId,
        kind,
        recordId,
        fact: f.fact,
        occurredAt: new Date(f.occurredAt),
        resolvedNow: f.resolvedNow ?? null,
        inTime: f.inTime ?? null,
        positive: f.positive ?? null,
        excluded: f.excluded ?? null,
        amount: f.amount ?? null,
      });
    }
  }
  return { facts, queue, queueGone };
}

/**
 * The communities a unit covers. A community counts under the street of its latest recorded
 * move (highest position) for all periods, as in the PostgreSQL reader.
 */
export function unitCommunities(
  level: KpiLevel,
  unitId: string,
  units: readonly UnitDocument[],
  placements: readonly PlacementDocument[],
): string[] {
  const communities = units.filter((u) => u.unitKind === 'community');
  if (level === 'community') return communities.filter((u) => u._id === unitId).map((u) => u._id);
  if (level === 'district') return communities.filter((u) => u.districtId === unitId).map((u) => u._id);
  const latest = new Map<string, PlacementDocument>();
  for (const p of placements) {
    const current = latest.get(p.communityId);
    if (!current || p.globalPosition > current.globalPosition) latest.set(p.communityId, p);
  }
  return communities.filter((u) => latest.get(u._id)?.streetId === unitId).map((u) => u._id);
}

/** `2026-11-01` (or `2026-11-01T08:00:00`) as Asia/Shanghai local time. */
export function shanghaiInstant(local: string): Date {
  const withTime = /T/.test(local) ? local : `${local}T00:00:00`;
  return new Date(/(Z|[+-]\d\d:\d\d)$/.test(withTime) ? withTime : `${withTime}+08:00`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The Asia/Shanghai period label of an instant: 2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026 (ISO weeks). */
export function periodLabel(at: Date, period: PeriodKind): string {
  const local = new Date(at.getTime() + 8 * 3600_000); // Shanghai has had no daylight saving since 1991
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  switch (period) {
    case 'day':
      return `${y}-${pad(m + 1)}-${pad(local.getUTCDate())}`;
    case 'month':
      return `${y}-${pad(m + 1)}`;
    case 'quarter':
      return `${y}-Q${Math.floor(m / 3) + 1}`;
    case 'year':
      return String(y);
    case 'week': {
      // ISO 8601: the week belongs to the year of its Thursday.
      const day = Date.UTC(y, m, local.getUTCDate());
      const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0
      const thursday = new Date(day - weekday * 86400_000 + 3 * 86400_000);
      const isoYear = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * 86400_000)) + 1;
      return `${isoYear}-W${pad(week)}`;
    }
  }
}

type FactRow = Pick<
  FactDocument,
  'fact' | 'occurredAt' | 'resolvedNow' | 'inTime' | 'positive' | 'excluded' | 'amount'
>;
type Predicate = (f: FactRow) => boolean;
type Measure =
  | { readonly key: string; readonly count: Predicate }
  | { readonly key: string; readonly ratio: readonly [Predicate, Predicate] }
  | { readonly key: string; readonly median: Predicate }
  | { readonly key: string; readonly sum: Predicate };

// SQL `not excluded` is true only for false (null is not false); the same for the flags.
const is =
  (fact: string): Predicate =>
  (f) =>
    f.fact === fact;
const RAISED = is('request.raised');
const ASSESSED: Predicate = (f) => RAISED(f) && f.excluded === false;
const RATED: Predicate = (f) => f.fact === 'request.rating' && f.excluded === false;
const CLOSED = is('dispute.closed');
const MEDIATED: Predicate = (f) => CLOSED(f) && f.positive === true;
const count = (key: string, fact: string): Measure => ({ key, count: is(fact) });

/** The measures of kpi.reader.ts, in the same order, as predicates over fact documents. */
export const MONGO_MEASURES: readonly Measure[] = [
  { key: 'requests.received', count: RAISED },
  { key: 'requests.excluded', count: (f) => RAISED(f) && f.excluded === true },
  count('requests.resolved', 'request.resolved'),
  { key: 'requests.resolutionRate', ratio: [(f) => ASSESSED(f) && f.resolvedNow === true, ASSESSED] },
  { key: 'requests.responseRate', ratio: [(f) => ASSESSED(f) && f.inTime === true, ASSESSED] },
  { key: 'requests.satisfactionRate', ratio: [(f) => RATED(f) && f.positive === true, RATED] },
  { key: 'requests.medianHoursToResolve', median: is('request.resolved') },
  count('disputes.registered', 'dispute.registered'),
  { key: 'disputes.mediated', count: MEDIATED },
  { key: 'disputes.mediationSuccessRate', ratio: [MEDIATED, CLOSED] },
  count('wishes.posted', 'wish.posted'),
  count('wishes.claimed', 'wish.claimed'),
  count('wishes.fulfilled', 'wish.fulfilled'),
  count('hazards.reported', 'hazard.reported'),
  count('hazards.eliminated', 'hazard.eliminated'),
  count('commitments.made', 'commitment.made'),
  count('commitments.fulfilled', 'commitment.fulfilled'),
  count('volunteer.services', 'volunteer.service'),
  { key: 'volunteer.hours', sum: is('volunteer.service') },
  count('welfare.applications', 'welfare.application'),
  count('welfare.granted', 'welfare.granted'),
  count('proposals.raised', 'proposal.raised'),
  count('proposals.decided', 'proposal.decided'),
  count('proposals.implemented', 'proposal.implemented'),
  count('disclosures.published', 'disclosure.published'),
  count('meetings.held', 'meeting.held'),
  // Beyond domain.md §5's list, as in kpi.reader.ts.
  count('volunteer.postsClaimed', 'volunteer.postClaimed'),
  count('volunteer.postsReleased', 'volunteer.postReleased'),
  count('pairings.started', 'pairing.started'),
  count('pairings.ended', 'pairing.ended'),
  count('care.visits', 'care.visit'),
  count('reemployment.placed', 'reemployment.placed'),
  count('orgLife.studySessions', 'orgLife.studySession'),
  { key: 'orgLife.attendees', sum: is('orgLife.studySession') },
  count('orgLife.stars', 'orgLife.star'),
  count('orgLife.secretaryReviews', 'orgLife.secretaryReview'),
];

const ratio = (n: number, d: number): Ratio => ({ numerator: n, denominator: d, value: d === 0 ? null : n / d });

/** percentile_cont(0.5): the middle value, or the mean of the two middle values. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(mid)];
  const high = sorted[Math.ceil(mid)];
  return low + (high - low) * (mid - Math.floor(mid));
}

/** Every KPI of each period that has facts, in period order: the same figures the PostgreSQL reader gives. */
export function periodKpisOfFacts(facts: readonly FactRow[], period: PeriodKind): PeriodKpis[] {
  const byPeriod = new Map<string, FactRow[]>();
  for (const f of facts) {
    const label = periodLabel(f.occurredAt, period);
    const list = byPeriod.get(label) ?? [];
    list.push(f);
    byPeriod.set(label, list);
  }
  return [...byPeriod.keys()].sort().map((label) => {
    const rows = byPeriod.get(label) as FactRow[];
    const countOf = (p: Predicate) => rows.reduce((n, f) => n + (p(f) ? 1 : 0), 0);
    const kpis = Object.fromEntries(
      MONGO_MEASURES.map((m): [string, number | Ratio | null] => {
        if ('count' in m) return [m.key, countOf(m.count)];
        if ('ratio' in m) return [m.key, ratio(countOf(m.ratio[0]), countOf(m.ratio[1]))];
        const amounts = rows
          .filter((f) => ('median' in m ? m.median(f) : m.sum(f)) && f.amount !== null)
          .map((f) => Number(f.amount));
        if ('median' in m) {
          const median = medianOf(amounts);
          return [m.key, median === null ? null : Math.round(median * 100) / 100];
        }
        return [m.key, Math.round(amounts.reduce((s, v) => s + v, 0) * 1e6) / 1e6];
      }),
    );
    return { period: label, kpis };
  });
}

/** The work-queue query of a community: filters and the keyset after `raisedAt|requestId`, newest first. */
export function requestQueueQuery(
  communityId: string,
  filter: RequestQueueFilter,
  now: Date,
  after: string | null,
): Record<string, unknown> {
  const and: Record<string, unknown>[] = [{ tenantId: communityId }];
  if (filter.status) and.push({ status: filter.status });
  if (filter.category) and.push({ category: filter.category });
  if (filter.open) and.push({ status: { $in: OPEN_REQUEST_STATUSES } });
  if (filter.overdue) and.push({ status: { $in: OPEN_REQUEST_STATUSES }, resolveBy: { $lt: now } });
  if (after) {
    const cut = after.lastIndexOf('|');
    const raisedAt = new Date(after.slice(0, cut));
    const requestId = after.slice(cut + 1);
    and.push({ $or: [{ raisedAt: { $lt: raisedAt } }, { raisedAt, requestId: { $lt: requestId } }] });
  }
  return and.length === 1 ? and[0] : { $and: and };
}

/** A queue document as the register lists it; `overdue` is null when an open request has no deadline (as SQL gives it). */
export function queueItemOf(doc: QueueDocument, now: Date): RequestQueueItem {
  const open = OPEN_REQUEST_STATUSES.includes(doc.status);
  return {
    requestId: doc.requestId,
    status: doc.status,
    category: doc.category,
    channel: doc.channel,
    description: doc.description,
    raisedAt: doc.raisedAt.toISOString(),
    assigneeName: doc.assigneeName,
    assigneeKind: doc.assigneeKind,
    resolveBy: doc.resolveBy ? doc.resolveBy.toISOString() : null,
    overdue: (open ? (doc.resolveBy ? doc.resolveBy.getTime() < now.getTime() : null) : false) as boolean,
    excluded: doc.excluded,
  };
}
