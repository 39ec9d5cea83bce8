import { coverageFacts } from './coverage-facts.js';

/**
 * KPI facts of one record (a request, dispute, wish, hazard, works), computed from its whole
 * history with voids honoured — so a void, a reopen or a correction anywhere in the history
 * gives the record's facts anew. Pure: domain.md §5.1 is tested against it directly.
 */
export interface RecordEvent {
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

export interface RecordFact {
  readonly fact: string;
  readonly occurredAt: string;
  /** request.raised: resolved now (cohort numerator of requests.resolutionRate). */
  readonly resolvedNow?: boolean;
  /** request.raised: first acceptance at or before the response deadline of the dispatch in force then. */
  readonly inTime?: boolean;
  /** request.rating: satisfied or basically satisfied; dispute.closed: mediated. */
  readonly positive?: boolean;
  /** request.*: excluded from assessment (核减) by an explicit event. */
  readonly excluded?: boolean;
  /** request.resolved: hours from raised to latest resolution; works.completed: quantity. */
  readonly amount?: number;
}

const RECORD_KINDS = [
  'request',
  'dispute',
  'wish',
  'hazard',
  'works',
  'member',
  'welfare',
  'proposal',
  'structure',
  'carevisit',
  'reemployment',
  'studysession',
  'star',
  'branch',
  'threezero',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** `request-<id>` -> request; null for streams that hold no KPI record. */
export function recordKindOfStream(streamId: string): RecordKind | null {
  if (streamId === 'structure') return 'structure';
  const kind = streamId.slice(0, streamId.indexOf('-')) as RecordKind;
  return RECORD_KINDS.includes(kind) ? kind : null;
}

/**
 * Voided events and the voids themselves out; a void of a void is ignored (domain.md §5.1).
 * Then "corrections replace": each EventCorrected still in force replaces the values it names
 * (occurredAt included) in the event it corrects — later corrections win field by field, a
 * voided correction is ignored — and the corrections themselves leave the history.
 */
export function effectiveHistory(history: readonly RecordEvent[]): RecordEvent[] {
  const types = new Map(history.map((e) => [e.eventId, e.type]));
  const voided = new Set(
    history
      .filter((e) => e.type === 'EventVoided')
      .map((e) => e.data.voidedEventId as string)
      .filter((id) => types.get(id) !== 'EventVoided'),
  );
  const kept = history.filter((e) => e.type !== 'EventVoided' && !voided.has(e.eventId));
  const replacements = new Map<string, Record<string, unknown>>();
  for (const e of kept) {
    if (e.type !== 'EventCorrected') continue;
    const target = e.data.correctedEventId as string;
    replacements.set(target, { ...replacements.get(target), ...(e.data.values as Record<string, unknown>) });
  }
  return kept
    .filter((e) => e.type !== 'EventCorrected')
    .map((e) => {
      const values = replacements.get(e.eventId);
      if (!values) return e;
      const { occurredAt, ...fields } = values;
      return {
        ...e,
        occurredAt: typeof occurredAt === 'string' ? occurredAt : e.occurredAt,
        data: { ...e.data, ...fields },
      };
    });
}

const HOUR = 3600_000;
const at = (e: RecordEvent) => Date.parse(e.occurredAt);

function requestFacts(events: readonly RecordEvent[]): RecordFact[] {
  const raised = events.find((e) => e.type === 'RequestRaised');
  if (!raised) return []; // a voided creation removes the record from every figure
  const excluded = events.some((e) => e.type === 'RequestExcludedFromAssessment');
  let status = 'raised';
  let latestResolution: RecordEvent | null = null;
  let firstAccept: RecordEvent | null = null;
  const dispatches: RecordEvent[] = [];
  const facts: RecordFact[] = [];
  for (const e of events) {
    switch (e.type) {
      case 'RequestDispatched':
        dispatches.push(e);
        status = 'dispatched';
        break;
      case 'RequestAccepted':
        firstAccept ??= e;
        status = 'accepted';
        break;
      case 'RequestResolved':
        latestResolution = e;
        status = 'resolved';
        break;
      case 'RequestEscalationReported':
        if (e.data.outcome === 'resolved') {
          latestResolution = e;
          status = 'resolved';
        } else status = 'accepted';
        break;
      case 'RequestRated':
        status = status === 'resolved' ? 'rated' : status;
        facts.push({
          fact: 'request.rating',
          occurredAt: e.occurredAt,
          positive: e.data.rating !== 'unsatisfied',
          excluded,
        });
        break;
      case 'RequestReopened':
        status = 'reopened'; // out of "resolved" until resolved again
        break;
      case 'RequestEscalated':
        status = 'escalated';
        break;
      case 'RequestClosed':
        status = status === 'rated' || status === 'resolved' ? 'closed' : status;
        break;
      case 'RequestRejected':
        status = 'rejected';
        break;
      case 'RequestWithdrawn':
        status = 'withdrawn';
        break;
    }
  }
  const resolvedNow = latestResolution !== null && ['resolved', 'rated', 'closed'].includes(status);
  // The dispatch in force when the order was first taken decides the response deadline.
  const inForce = firstAccept ? dispatches.filter((d) => at(d) <= at(firstAccept)).at(-1) : undefined;
  const inTime =
    firstAccept !== null && inForce !== undefined && at(firstAccept) <= Date.parse(inForce.data.respondBy as string);
  facts.unshift({ fact: 'request.raised', occurredAt: raised.occurredAt, resolvedNow, inTime, excluded });
  if (resolvedNow && latestResolution) {
    facts.push({
      fact: 'request.resolved',
      occurredAt: latestResolution.occurredAt,
      amount: (at(latestResolution) - at(raised)) / HOUR,
      excluded,
    });
  }
  return facts;
}

function disputeFacts(events: readonly RecordEvent[]): RecordFact[] {
  const registered = events.find((e) => e.type === 'DisputeRegistered');
  if (!registered) return [];
  const closing = events
    .filter((e) => ['DisputeMediated', 'DisputeMediationFailed', 'DisputeReferred'].includes(e.type))
    .at(-1);
  return [
    { fact: 'dispute.registered', occurredAt: registered.occurredAt },
    ...(closing
      ? [{ fact: 'dispute.closed', occurredAt: closing.occurredAt, positive: closing.type === 'DisputeMediated' }]
      : []),
  ];
}

const COUNTED: Record<string, string> = {
  ProposalRaised: 'proposal.raised',
  ConsultationMeetingHeld: 'meeting.held',
  ProposalDecided: 'proposal.decided',
  ProposalImplemented: 'proposal.implemented',
  DisclosurePublished: 'disclosure.published',
  WishPosted: 'wish.posted',
  WishClaimed: 'wish.claimed',
  WishFulfilled: 'wish.fulfilled',
  HazardReported: 'hazard.reported',
  HazardEliminated: 'hazard.eliminated',
  CareVisitRecorded: 'care.visit',
  ReemploymentRecorded: 'reemployment.placed',
  MonthlyStarAwarded: 'orgLife.star',
};

/** Stocks (amount +1 / -1 at the event's time, summed up to T): weak and lax branches, 三零社区 held. */
const STOCK_STEPS: Record<string, readonly [fact: string, amount: 1 | -1]> = {
  BranchClassedWeak: ['stock.branches.weak', 1],
  BranchRectified: ['stock.branches.weak', -1],
  ThreeZeroStatusGranted: ['stock.threeZero.communities', 1],
  ThreeZeroStatusRevoked: ['stock.threeZero.communities', -1],
};

/**
 * Organisation life: study sessions with attendees as amount, secretary reviews, and the stocks
 * above — a step counts only when it changes the record's standing, so a voided classing never
 * leaves its rectification to push a stock below zero.
 */
function orgLifeFacts(events: readonly RecordEvent[]): RecordFact[] {
  const held = new Set<string>();
  return events.flatMap((e): RecordFact[] => {
    if (e.type === 'StudySessionHeld')
      return [{ fact: 'orgLife.studySession', occurredAt: e.occurredAt, amount: Number(e.data.attendees) }];
    if (e.type === 'BranchSecretaryReviewed') return [{ fact: 'orgLife.secretaryReview', occurredAt: e.occurredAt }];
    const step = STOCK_STEPS[e.type];
    if (!step || held.has(step[0]) === (step[1] === 1)) return [];
    if (step[1] === 1) held.add(step[0]);
    else held.delete(step[0]);
    return [{ fact: step[0], occurredAt: e.occurredAt, amount: step[1] }];
  });
}

export function recordFacts(kind: RecordKind, history: readonly RecordEvent[]): RecordFact[] {
  const events = effectiveHistory(history);
  switch (kind) {
    case 'structure':
      return coverageFacts(events);
    case 'request':
      return requestFacts(events);
    case 'dispute':
      return disputeFacts(events);
    case 'welfare':
      if (!events.some((e) => e.type === 'WelfareApplied')) return [];
      return events.flatMap((e): RecordFact[] =>
        e.type === 'WelfareApplied'
          ? [{ fact: 'welfare.application', occurredAt: e.occurredAt }]
          : e.type === 'WelfareDecided' && e.data.outcome === 'granted'
            ? [{ fact: 'welfare.granted', occurredAt: e.occurredAt }]
            : [],
      );
    case 'member':
      if (!events.some((e) => e.type === 'PartyMemberRegistered')) return [];
      return events.flatMap((e): RecordFact[] => {
        switch (e.type) {
          case 'PartyMemberReportedIn':
            return [{ fact: `member.reportedIn.${e.data.mode as string}`, occurredAt: e.occurredAt }];
          case 'CommitmentMade':
            return [{ fact: 'commitment.made', occurredAt: e.occurredAt }];
          case 'CommitmentFulfilled':
            return [{ fact: 'commitment.fulfilled', occurredAt: e.occurredAt }];
          case 'VolunteerServiceLogged':
            return [{ fact: 'volunteer.service', occurredAt: e.occurredAt, amount: Number(e.data.hours) }];
          case 'VolunteerPostClaimed':
            return [{ fact: 'volunteer.postClaimed', occurredAt: e.occurredAt }];
          case 'VolunteerPostReleased':
            return [{ fact: 'volunteer.postReleased', occurredAt: e.occurredAt }];
          case 'FamilyPairingStarted':
            return [{ fact: 'pairing.started', occurredAt: e.occurredAt }];
          case 'FamilyPairingEnded':
            return [{ fact: 'pairing.ended', occurredAt: e.occurredAt }];
          default:
            return [];
        }
      });
    case 'studysession':
    case 'branch':
    case 'threezero':
      return orgLifeFacts(events);
    case 'works':
      return events
        .filter((e) => e.type === 'WorksCompleted')
        .map((e) => ({
          fact: `works.${e.data.kind as string}`,
          occurredAt: e.occurredAt,
          amount: Number(e.data.quantity),
        }));
    default: {
      const creation =
        {
          wish: 'WishPosted',
          proposal: 'ProposalRaised',
          carevisit: 'CareVisitRecorded',
          reemployment: 'ReemploymentRecorded',
          star: 'MonthlyStarAwarded',
        }[kind as string] ?? 'HazardReported';
      if (!events.some((e) => e.type === creation)) return [];
      return events.filter((e) => COUNTED[e.type]).map((e) => ({ fact: COUNTED[e.type], occurredAt: e.occurredAt }));
    }
  }
}
