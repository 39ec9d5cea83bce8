import type { RecordEvent } from './record-facts.js';
import { requestQueueRow } from './request-queue.js';

let n = 0;
const ev = (type: string, occurredAt: string, data: Record<string, unknown> = {}): RecordEvent => ({
  eventId: `q${(n += 1)}`,
  type,
  occurredAt,
  data,
});
const raised = ev('RequestRaised', '2026-03-01T01:00:00Z', {
  category: 'elevator',
  channel: 'hotline',
  description: '电梯停运',
});
const dispatched = ev('RequestDispatched', '2026-03-01T02:00:00Z', {
  assignee: { kind: 'property-company', id: 'p1', name: '红色物业' },
  respondBy: '2026-03-01T06:00:00Z',
  resolveBy: '2026-03-03T02:00:00Z',
});

describe('request work queue row', () => {
  it('shows state, assignee and the deadline of the latest dispatch', () => {
    expect(requestQueueRow([raised, dispatched, ev('RequestAccepted', '2026-03-01T03:00:00Z')])).toMatchObject({
      status: 'accepted',
      category: 'elevator',
      assigneeName: '红色物业',
      resolveBy: '2026-03-03T02:00:00Z',
      excluded: false,
      lastEventAt: '2026-03-01T03:00:00Z',
    });
  });

  it('follows rating, closing, reopening and escalation outcomes', () => {
    const resolved = ev('RequestResolved', '2026-03-02T00:00:00Z');
    expect(
      requestQueueRow([
        raised,
        dispatched,
        resolved,
        ev('RequestRated', '2026-03-02T01:00:00Z'),
        ev('RequestClosed', '2026-03-02T02:00:00Z'),
      ])?.status,
    ).toBe('closed');
    expect(
      requestQueueRow([
        raised,
        dispatched,
        ev('RequestEscalated', '2026-03-01T05:00:00Z'),
        ev('RequestEscalationReported', '2026-03-02T00:00:00Z', { outcome: 'returned' }),
      ])?.status,
    ).toBe('accepted');
  });

  it('disappears when its creation is voided, and forgets a voided dispatch', () => {
    expect(
      requestQueueRow([raised, ev('EventVoided', '2026-03-01T01:30:00Z', { voidedEventId: raised.eventId })]),
    ).toBeNull();
    expect(
      requestQueueRow([
        raised,
        dispatched,
        ev('EventVoided', '2026-03-01T02:30:00Z', { voidedEventId: dispatched.eventId }),
      ]),
    ).toMatchObject({ status: 'raised', assigneeName: null, resolveBy: null });
  });
});
