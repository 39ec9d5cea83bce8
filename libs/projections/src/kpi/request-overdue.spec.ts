import { kpiFactsOfRecord, overdueSpans, requestOverdueAt } from './request-overdue.js';
import type { RecordEvent } from './record-facts.js';

let n = 0;
const ev = (type: string, occurredAt: string, data: Record<string, unknown> = {}): RecordEvent => ({
  eventId: `o${(n += 1)}`,
  type,
  occurredAt,
  data,
});
const t = (iso: string) => Date.parse(iso);
const dispatch = (at: string, resolveBy: string) => ev('RequestDispatched', at, { respondBy: at, resolveBy });

describe('requests.overdue at T (domain.md §5.1)', () => {
  const raised = ev('RequestRaised', '2026-03-01T00:00:00.000Z');
  const first = dispatch('2026-03-01T01:00:00.000Z', '2026-03-02T00:00:00.000Z');

  it('is overdue only strictly after the resolution deadline of the latest dispatch, while open', () => {
    const history = [raised, first, ev('RequestAccepted', '2026-03-01T02:00:00.000Z')];
    expect(requestOverdueAt(history, t('2026-03-02T00:00:00.000Z'))).toBe(false); // the deadline is not before T
    expect(requestOverdueAt(history, t('2026-03-02T00:00:00.001Z'))).toBe(true);
    expect(overdueSpans(history)).toEqual([{ from: t('2026-03-02T00:00:00.001Z'), until: null }]);
  });

  it('stops at the resolution and starts again after a reopen, judged against the dispatch in force', () => {
    const history = [
      raised,
      first,
      ev('RequestResolved', '2026-03-03T00:00:00.000Z'),
      ev('RequestReopened', '2026-03-04T00:00:00.000Z'),
    ];
    expect(overdueSpans(history)).toEqual([
      { from: t('2026-03-02T00:00:00.001Z'), until: t('2026-03-03T00:00:00.000Z') },
      { from: t('2026-03-04T00:00:00.000Z'), until: null }, // reopened and the only dispatch is long past due
    ]);
    // A new dispatch with a later deadline takes over one millisecond after it occurred.
    const redispatched = [...history, dispatch('2026-03-04T01:00:00.000Z', '2026-03-10T00:00:00.000Z')];
    expect(overdueSpans(redispatched)).toEqual([
      { from: t('2026-03-02T00:00:00.001Z'), until: t('2026-03-03T00:00:00.000Z') },
      { from: t('2026-03-04T00:00:00.000Z'), until: t('2026-03-04T01:00:00.001Z') },
      { from: t('2026-03-10T00:00:00.001Z'), until: null },
    ]);
  });

  it('counts escalated requests, and not rejected, withdrawn or never-dispatched ones', () => {
    expect(
      requestOverdueAt(
        [raised, first, ev('RequestEscalated', '2026-03-01T05:00:00.000Z', { department: '城管局' })],
        t('2026-03-05T00:00:00Z'),
      ),
    ).toBe(true);
    expect(
      requestOverdueAt([raised, first, ev('RequestRejected', '2026-03-01T05:00:00.000Z')], t('2026-03-05T00:00:00Z')),
    ).toBe(false);
    expect(
      requestOverdueAt([raised, first, ev('RequestWithdrawn', '2026-03-03T05:00:00.000Z')], t('2026-03-03T00:00:00Z')),
    ).toBe(true);
    expect(
      requestOverdueAt([raised, first, ev('RequestWithdrawn', '2026-03-03T05:00:00.000Z')], t('2026-03-05T00:00:00Z')),
    ).toBe(false);
    expect(requestOverdueAt([raised], t('2027-01-01T00:00:00Z'))).toBe(false);
    const reported = [
      raised,
      first,
      ev('RequestEscalated', '2026-03-01T05:00:00.000Z'),
      ev('RequestEscalationReported', '2026-03-06T00:00:00.000Z', { outcome: 'resolved' }),
    ];
    expect(overdueSpans(reported)).toEqual([
      { from: t('2026-03-02T00:00:00.001Z'), until: t('2026-03-06T00:00:00.000Z') },
    ]);
  });

  it('stores the spans as +1/-1 facts of the request, none when its creation was voided', () => {
    const history = [raised, first, ev('RequestResolved', '2026-03-03T00:00:00.000Z')];
    expect(kpiFactsOfRecord('request', history).filter((f) => f.fact === 'request.overdue')).toEqual([
      { fact: 'request.overdue', occurredAt: '2026-03-02T00:00:00.001Z', amount: 1 },
      { fact: 'request.overdue', occurredAt: '2026-03-03T00:00:00.000Z', amount: -1 },
    ]);
    expect(
      kpiFactsOfRecord('request', [
        ...history,
        ev('EventVoided', '2026-03-04T00:00:00.000Z', { voidedEventId: raised.eventId }),
      ]),
    ).toEqual([]);
    // Voiding the resolution makes it overdue again from the deadline on.
    const voided = [...history, ev('EventVoided', '2026-03-04T00:00:00.000Z', { voidedEventId: history[2]?.eventId })];
    expect(kpiFactsOfRecord('request', voided).filter((f) => f.fact === 'request.overdue')).toEqual([
      { fact: 'request.overdue', occurredAt: '2026-03-02T00:00:00.001Z', amount: 1 },
    ]);
  });
});
