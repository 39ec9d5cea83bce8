import { effectiveHistory, recordFacts, type RecordEvent, type RecordFact, type RecordKind } from './record-facts.js';
import { OPEN_REQUEST_STATUSES, requestStatus } from './request-queue.js';

const at = (e: RecordEvent) => Date.parse(e.occurredAt);

/**
 * requests.overdue at T (domain.md §5.1): the request is open at T (its events that occurred
 * at or before T leave it raised, dispatched, accepted, escalated or reopened) and the latest
 * dispatch that occurred before T has a resolution deadline before T. Escalated requests count.
 * `events` is the request's effective history (voids honoured), in recording order.
 */
export function requestOverdueAt(events: readonly RecordEvent[], t: number): boolean {
  const happened = events.filter((e) => at(e) <= t);
  if (!happened.some((e) => e.type === 'RequestRaised')) return false;
  if (!OPEN_REQUEST_STATUSES.includes(requestStatus(happened))) return false;
  let dispatch: RecordEvent | undefined;
  for (const e of events)
    if (e.type === 'RequestDispatched' && at(e) < t && (!dispatch || at(e) >= at(dispatch))) dispatch = e;
  return dispatch !== undefined && Date.parse(dispatch.data.resolveBy as string) < t;
}

/**
 * The spans of time during which a request is overdue, as half-open intervals [from, until) in
 * epoch milliseconds (until null: still overdue). Times are whole milliseconds, so "before T"
 * is "at or before T − 1 ms": the predicate can only change at an event's time, one
 * millisecond after a dispatch, or one millisecond after a resolution deadline.
 */
export function overdueSpans(events: readonly RecordEvent[]): { from: number; until: number | null }[] {
  const breaks = new Set<number>();
  for (const e of events) {
    breaks.add(at(e));
    if (e.type === 'RequestDispatched') {
      breaks.add(at(e) + 1);
      breaks.add(Date.parse(e.data.resolveBy as string) + 1);
    }
  }
  const spans: { from: number; until: number | null }[] = [];
  for (const t of [...breaks].sort((a, b) => a - b)) {
    const overdue = requestOverdueAt(events, t);
    const open = spans.at(-1);
    if (overdue && (!open || open.until !== null)) spans.push({ from: t, until: null });
    else if (!overdue && open && open.until === null) open.until = t;
  }
  return spans;
}

/**
 * The overdue stock as facts: +1 when a span starts, -1 when it ends, so requests.overdue at T
 * is the sum of the amounts of the facts that occurred at or before T.
 */
export function overdueFacts(events: readonly RecordEvent[]): RecordFact[] {
  return overdueSpans(events).flatMap(({ from, until }): RecordFact[] => [
    { fact: 'request.overdue', occurredAt: new Date(from).toISOString(), amount: 1 },
    ...(until === null ? [] : [{ fact: 'request.overdue', occurredAt: new Date(until).toISOString(), amount: -1 }]),
  ]);
}

/** Every KPI fact of a record: `recordFacts` and, for a request, its overdue spans. What the writer stores. */
export function kpiFactsOfRecord(kind: RecordKind, history: readonly RecordEvent[]): RecordFact[] {
  const facts = recordFacts(kind, history);
  return kind === 'request' && facts.length > 0 ? [...facts, ...overdueFacts(effectiveHistory(history))] : facts;
}
