import { effectiveHistory, type RecordEvent } from './record-facts.js';

/** A request as the community's work queue shows it. */
export interface RequestQueueRow {
  readonly status: string;
  readonly category: string;
  readonly channel: string;
  readonly description: string;
  readonly raisedAt: string;
  readonly assigneeName: string | null;
  readonly assigneeKind: string | null;
  /** Deadlines of the latest dispatch (escalated requests included): the SLA clocks. */
  readonly respondBy: string | null;
  readonly resolveBy: string | null;
  readonly excluded: boolean;
  readonly lastEventAt: string;
}

const STATUS_OF: Record<string, string> = {
  RequestRaised: 'raised',
  RequestDispatched: 'dispatched',
  RequestAccepted: 'accepted',
  RequestResolved: 'resolved',
  RequestReopened: 'reopened',
  RequestEscalated: 'escalated',
  RequestRejected: 'rejected',
  RequestWithdrawn: 'withdrawn',
};

export const OPEN_REQUEST_STATUSES = ['raised', 'dispatched', 'accepted', 'escalated', 'reopened'];

/** The status a request's effective events (in recording order) leave it in. */
export function requestStatus(events: readonly RecordEvent[]): string {
  let status = 'raised';
  for (const e of events) {
    if (e.type === 'RequestRated' && status === 'resolved') status = 'rated';
    else if (e.type === 'RequestClosed' && (status === 'resolved' || status === 'rated')) status = 'closed';
    else if (e.type === 'RequestEscalationReported') status = e.data.outcome === 'resolved' ? 'resolved' : 'accepted';
    else if (STATUS_OF[e.type]) status = STATUS_OF[e.type];
  }
  return status;
}

/** The queue row of a request from its whole history (voids honoured); null when its creation was voided. */
export function requestQueueRow(history: readonly RecordEvent[]): RequestQueueRow | null {
  const events = effectiveHistory(history);
  const raised = events.find((e) => e.type === 'RequestRaised');
  if (!raised) return null;
  const status = requestStatus(events);
  const dispatch = events.filter((e) => e.type === 'RequestDispatched').at(-1) ?? null;
  const assignee = dispatch?.data.assignee as { name: string; kind: string } | undefined;
  return {
    status,
    category: raised.data.category as string,
    channel: raised.data.channel as string,
    description: raised.data.description as string,
    raisedAt: raised.occurredAt,
    assigneeName: assignee?.name ?? null,
    assigneeKind: assignee?.kind ?? null,
    respondBy: (dispatch?.data.respondBy as string | undefined) ?? null,
    resolveBy: (dispatch?.data.resolveBy as string | undefined) ?? null,
    excluded: events.some((e) => e.type === 'RequestExcludedFromAssessment'),
    lastEventAt: events.at(-1)?.occurredAt ?? raised.occurredAt,
  };
}
