import type pg from 'pg';
import { kpiFactsOfRecord, recordKindOfStream, type RecordEvent, type RecordKind } from '@tongxin/projections';

/**
 * Tenant activity and the KPI facts as the projector stored them equal a computation from the whole
 * log (a page applied twice or skipped shows here); returns how many facts are stored.
 */
export async function expectProjectionsEqualRebuild(owner: pg.Pool): Promise<number> {
  // Tenant activity adds counts: a page applied twice would show as a double count.
  const activity = (
    await owner.query(
      'select tenant_id, event_count::int as n, last_position::int as p from tenant_activity order by tenant_id',
    )
  ).rows;
  const expected = (
    await owner.query(
      'select tenant_id, count(*)::int as n, max(global_position)::int as p from events group by tenant_id order by tenant_id',
    )
  ).rows;
  expect(activity).toEqual(expected);
  const events = (
    await owner.query<{
      tenant_id: string;
      stream_id: string;
      event_id: string;
      event_type: string;
      occurred_at: Date;
      data: unknown;
    }>('select tenant_id, stream_id, event_id, event_type, occurred_at, data from events order by global_position')
  ).rows;
  const records = new Map<string, { kind: RecordKind; tenant: string; id: string; history: RecordEvent[] }>();
  for (const e of events) {
    const kind = recordKindOfStream(e.stream_id);
    if (!kind) continue;
    const key = `${e.tenant_id}|${e.stream_id}`;
    const entry = records.get(key) ?? {
      kind,
      tenant: e.tenant_id,
      id: e.stream_id.slice(kind.length + 1),
      history: [],
    };
    entry.history.push({
      eventId: e.event_id,
      type: e.event_type,
      occurredAt: e.occurred_at.toISOString(),
      data: e.data,
    } as RecordEvent);
    records.set(key, entry);
  }
  const rebuilt = [...records.values()]
    .flatMap((r) =>
      kpiFactsOfRecord(r.kind, r.history).map(
        (f) => `${r.tenant}|${r.id}|${f.fact}|${Date.parse(f.occurredAt)}|${f.inTime ?? ''}|${f.resolvedNow ?? ''}`,
      ),
    )
    .sort();
  const stored = (
    await owner.query<{
      tenant_id: string;
      record_id: string;
      fact: string;
      occurred_at: Date;
      in_time: boolean | null;
      resolved_now: boolean | null;
    }>('select tenant_id, record_id, fact, occurred_at, in_time, resolved_now from record_facts')
  ).rows
    .map(
      (f) =>
        `${f.tenant_id}|${f.record_id}|${f.fact}|${f.occurred_at.getTime()}|${f.in_time ?? ''}|${f.resolved_now ?? ''}`,
    )
    .sort();
  expect(stored).toEqual(rebuilt);
  return stored.length;
}
