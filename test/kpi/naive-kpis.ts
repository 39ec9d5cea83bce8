/**
 * A deliberately naive implementation of domain.md §5 / §5.1, written from the text alone for the
 * independent check: it reads the raw event list and recomputes every figure by brute force.
 * It shares no code with libs/projections (record-facts.ts, request-overdue.ts) or the reader.
 */

export interface RawEvent {
  readonly position: number;
  readonly eventId: string;
  readonly tenantId: string;
  readonly streamId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: Record<string, unknown>;
}

export type Level = 'community' | 'street' | 'district';
export type Kind = 'day' | 'week' | 'month' | 'quarter' | 'year';
export interface NaiveRatio {
  numerator: number;
  denominator: number;
  value: number | null;
}
export type Figures = Record<string, number | NaiveRatio | null>;

const HOUR = 3600_000;
const ms = (iso: string) => Date.parse(iso);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The Shanghai calendar label of an instant (UTC+8 all year, no daylight saving). */
export function label(kind: Kind, iso: string): string {
  const s = new Date(ms(iso) + 8 * HOUR);
  const y = s.getUTCFullYear();
  const m = s.getUTCMonth() + 1;
  switch (kind) {
    case 'day':
      return `${y}-${pad(m)}-${pad(s.getUTCDate())}`;
    case 'month':
      return `${y}-${pad(m)}`;
    case 'quarter':
      return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    case 'year':
      return `${y}`;
    case 'week': {
      // ISO week: the week (Monday start) belongs to the year of its Thursday; week 1 holds the first Thursday.
      const day = Date.UTC(y, m - 1, s.getUTCDate());
      const weekday = (new Date(day).getUTCDay() + 6) % 7;
      const thursday = new Date(day + (3 - weekday) * 24 * HOUR);
      const ordinal = (thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / (24 * HOUR) + 1;
      return `${thursday.getUTCFullYear()}-W${pad(Math.floor((ordinal - 1) / 7) + 1)}`;
    }
  }
}

/** The instant a Shanghai period ends (exclusive), from its label. */
export function periodEnd(kind: Kind, periodLabel: string): number {
  const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - 8 * HOUR;
  const [a, b, c] = periodLabel.split(/-W|-Q|-/).map(Number) as [number, number, number];
  switch (kind) {
    case 'day':
      return at(a, b, c + 1);
    case 'month':
      return at(a, b + 1, 1);
    case 'quarter':
      return at(a, b * 3 + 1, 1);
    case 'year':
      return at(a + 1, 1, 1);
    case 'week': {
      const jan4 = Date.UTC(a, 0, 4);
      const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 24 * HOUR;
      return monday1 + b * 7 * 24 * HOUR - 8 * HOUR;
    }
  }
}

/** The unit's communities as recorded (a community counts under the street of its latest recorded placement). */
export function communitiesOf(events: readonly RawEvent[], level: Level, unitId: string): string[] {
  const streetOf = new Map<string, string>();
  const districtOf = new Map<string, string>();
  for (const e of [...events].sort((x, y) => x.position - y.position)) {
    if (e.type === 'CommunityOnboarded') {
      streetOf.set(e.data.communityId as string, e.data.streetId as string);
      districtOf.set(e.data.communityId as string, e.tenantId);
    }
    if (e.type === 'CommunityMovedToStreet') streetOf.set(e.data.communityId as string, e.data.toStreetId as string);
  }
  return [...streetOf.keys()].filter((c) =>
    level === 'community'
      ? c === unitId
      : level === 'street'
        ? streetOf.get(c) === unitId
        : districtOf.get(c) === unitId,
  );
}

interface RecordHistory {
  readonly tenantId: string;
  readonly kind: string;
  /** Effective events (voids honoured), in recording order. */
  readonly events: RawEvent[];
}

/** Each record's effective events: voided events and the voids out, a void of a void ignored, a record whose creation was voided gone. */
function records(events: readonly RawEvent[], communities: readonly string[]): RecordHistory[] {
  const byStream = new Map<string, RawEvent[]>();
  for (const e of [...events].sort((x, y) => x.position - y.position)) {
    if (!communities.includes(e.tenantId)) continue;
    const key = `${e.tenantId}/${e.streamId}`;
    byStream.set(key, [...(byStream.get(key) ?? []), e]);
  }
  const creation: Record<string, string> = {
    request: 'RequestRaised',
    dispute: 'DisputeRegistered',
    wish: 'WishPosted',
    hazard: 'HazardReported',
    member: 'PartyMemberRegistered',
    welfare: 'WelfareApplied',
    proposal: 'ProposalRaised',
    carevisit: 'CareVisitRecorded',
    reemployment: 'ReemploymentRecorded',
    star: 'MonthlyStarAwarded',
    studysession: 'StudySessionHeld',
  };
  const out: RecordHistory[] = [];
  for (const [key, list] of byStream) {
    const kind = key.split('/')[1] === 'structure' ? 'structure' : key.split('/')[1].split('-')[0];
    const typeOf = new Map(list.map((e) => [e.eventId, e.type]));
    const voided = new Set<string>();
    for (const e of list)
      if (e.type === 'EventVoided' && typeOf.get(e.data.voidedEventId as string) !== 'EventVoided')
        voided.add(e.data.voidedEventId as string);
    const effective = list.filter((e) => e.type !== 'EventVoided' && !voided.has(e.eventId));
    if (kind !== 'structure' && !effective.some((e) => e.type === creation[kind])) continue;
    out.push({ tenantId: list[0]?.tenantId, kind, events: effective });
  }
  return out;
}

/** Keys that are plain sums of event counts (or amounts) in the period. */
const PLAIN_COUNTS = [
  'wishes.posted',
  'wishes.claimed',
  'wishes.fulfilled',
  'hazards.reported',
  'hazards.eliminated',
  'commitments.made',
  'commitments.fulfilled',
  'volunteer.services',
  'volunteer.hours',
  'welfare.applications',
  'welfare.granted',
  'proposals.raised',
  'proposals.decided',
  'proposals.implemented',
  'disclosures.published',
  'meetings.held',
  'volunteer.postsClaimed',
  'volunteer.postsReleased',
  'pairings.started',
  'pairings.ended',
  'care.visits',
  'reemployment.placed',
  'orgLife.studySessions',
  'orgLife.attendees',
  'orgLife.stars',
  'orgLife.secretaryReviews',
];

const ratio = (numerator: number, denominator: number): NaiveRatio => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

/** What a request's events leave it as: open or not, resolved or not (rated/closed/excluded and SLA markers change nothing). */
function requestState(events: readonly RawEvent[]): { open: boolean; resolution: RawEvent | null } {
  let open = false;
  let resolution: RawEvent | null = null;
  for (const e of events) {
    switch (e.type) {
      case 'RequestRaised':
      case 'RequestDispatched':
      case 'RequestAccepted':
      case 'RequestEscalated':
      case 'RequestReopened':
        open = true;
        resolution = null;
        break;
      case 'RequestResolved':
        open = false;
        resolution = e;
        break;
      case 'RequestEscalationReported':
        open = e.data.outcome !== 'resolved';
        resolution = e.data.outcome === 'resolved' ? e : null;
        break;
      case 'RequestRejected':
      case 'RequestWithdrawn':
        open = false;
        resolution = null;
        break;
    }
  }
  return { open, resolution };
}

/** requests.overdue of one request at instant t. */
function overdueAt(events: readonly RawEvent[], t: number): boolean {
  const happened = events.filter((e) => ms(e.occurredAt) <= t);
  if (!happened.some((e) => e.type === 'RequestRaised') || !requestState(happened).open) return false;
  const dispatches = events.filter((e) => e.type === 'RequestDispatched' && ms(e.occurredAt) < t);
  if (dispatches.length === 0) return false;
  const latest = dispatches.reduce((a, b) => (ms(b.occurredAt) >= ms(a.occurredAt) ? b : a));
  return ms(latest.data.resolveBy as string) < t;
}

export interface NaiveQuery {
  readonly level: Level;
  readonly unitId: string;
  readonly kind: Kind;
  /** Only events recorded at or before asOf exist (null: all). */
  readonly asOf: string | null;
  /** "Now": asOf if given. */
  readonly now: number;
}

/** Every period measure of §5, by period label, for the periods where the unit has anything to count. */
export function naivePeriods(all: readonly RawEvent[], q: NaiveQuery): Map<string, Figures> {
  const events = q.asOf ? all.filter((e) => ms(e.recordedAt) <= ms(q.asOf as string)) : all;
  const communities = communitiesOf(events, q.level, q.unitId);
  const periods = new Map<string, Record<string, number>>();
  const hours = new Map<string, number[]>();
  const add = (iso: string, key: string, by = 1) => {
    const p = label(q.kind, iso);
    const figures = periods.get(p) ?? {};
    figures[key] = (figures[key] ?? 0) + by;
    periods.set(p, figures);
  };
  for (const r of records(events, communities)) {
    const ev = r.events;
    if (r.kind === 'request') {
      const raised = ev.find((e) => e.type === 'RequestRaised') as RawEvent;
      const excluded = ev.some((e) => e.type === 'RequestExcludedFromAssessment');
      const { resolution } = requestState(ev);
      add(raised.occurredAt, 'received');
      if (excluded) add(raised.occurredAt, 'excluded');
      if (resolution) {
        add(resolution.occurredAt, 'resolved');
        const p = label(q.kind, resolution.occurredAt);
        hours.set(p, [...(hours.get(p) ?? []), (ms(resolution.occurredAt) - ms(raised.occurredAt)) / HOUR]);
      }
      if (!excluded) {
        add(raised.occurredAt, 'assessed');
        if (resolution) add(raised.occurredAt, 'resolvedOfCohort');
        const accept = ev.find((e) => e.type === 'RequestAccepted');
        const inForce = accept
          ? ev.filter((e) => e.type === 'RequestDispatched' && ms(e.occurredAt) <= ms(accept.occurredAt)).at(-1)
          : undefined;
        if (accept && inForce && ms(accept.occurredAt) <= ms(inForce.data.respondBy as string))
          add(raised.occurredAt, 'inTime');
        for (const rating of ev.filter((e) => e.type === 'RequestRated')) {
          add(rating.occurredAt, 'ratings');
          if (rating.data.rating !== 'unsatisfied') add(rating.occurredAt, 'positiveRatings');
        }
      }
    } else if (r.kind === 'dispute') {
      add((ev.find((e) => e.type === 'DisputeRegistered') as RawEvent).occurredAt, 'disputes.registered');
      const closing = ev
        .filter((e) => ['DisputeMediated', 'DisputeMediationFailed', 'DisputeReferred'].includes(e.type))
        .at(-1);
      if (closing) {
        add(closing.occurredAt, 'closed');
        if (closing.type === 'DisputeMediated') add(closing.occurredAt, 'disputes.mediated');
      }
    } else {
      const plain: Record<string, string> = {
        WishPosted: 'wishes.posted',
        WishClaimed: 'wishes.claimed',
        WishFulfilled: 'wishes.fulfilled',
        HazardReported: 'hazards.reported',
        HazardEliminated: 'hazards.eliminated',
        CommitmentMade: 'commitments.made',
        CommitmentFulfilled: 'commitments.fulfilled',
        VolunteerServiceLogged: 'volunteer.services',
        WelfareApplied: 'welfare.applications',
        ProposalRaised: 'proposals.raised',
        ProposalDecided: 'proposals.decided',
        ProposalImplemented: 'proposals.implemented',
        DisclosurePublished: 'disclosures.published',
        ConsultationMeetingHeld: 'meetings.held',
        VolunteerPostClaimed: 'volunteer.postsClaimed',
        VolunteerPostReleased: 'volunteer.postsReleased',
        FamilyPairingStarted: 'pairings.started',
        FamilyPairingEnded: 'pairings.ended',
        CareVisitRecorded: 'care.visits',
        ReemploymentRecorded: 'reemployment.placed',
        StudySessionHeld: 'orgLife.studySessions',
        MonthlyStarAwarded: 'orgLife.stars',
        BranchSecretaryReviewed: 'orgLife.secretaryReviews',
      };
      for (const e of ev) {
        if (plain[e.type]) add(e.occurredAt, plain[e.type]);
        if (e.type === 'VolunteerServiceLogged') add(e.occurredAt, 'volunteer.hours', Number(e.data.hours));
        if (e.type === 'StudySessionHeld') add(e.occurredAt, 'orgLife.attendees', Number(e.data.attendees));
        if (e.type === 'WelfareDecided' && e.data.outcome === 'granted') add(e.occurredAt, 'welfare.granted');
      }
    }
  }
  const result = new Map<string, Figures>();
  for (const [p, f] of periods) {
    const n = (key: string) => f[key] ?? 0;
    const h = (hours.get(p) ?? []).sort((a, b) => a - b);
    const median =
      h.length === 0 ? null : h.length % 2 === 1 ? h[(h.length - 1) / 2] : (h[h.length / 2 - 1] + h[h.length / 2]) / 2;
    result.set(p, {
      'requests.received': n('received'),
      'requests.excluded': n('excluded'),
      'requests.resolved': n('resolved'),
      'requests.resolutionRate': ratio(n('resolvedOfCohort'), n('assessed')),
      'requests.responseRate': ratio(n('inTime'), n('assessed')),
      'requests.satisfactionRate': ratio(n('positiveRatings'), n('ratings')),
      'requests.medianHoursToResolve': median === null ? null : Math.round(median * 100) / 100,
      'disputes.registered': n('disputes.registered'),
      'disputes.mediated': n('disputes.mediated'),
      'disputes.mediationSuccessRate': ratio(n('disputes.mediated'), n('closed')),
      ...Object.fromEntries(PLAIN_COUNTS.map((k) => [k, n(k)])),
    });
  }
  return result;
}

/** The figures of a period in which nothing happened. */
export function emptyFigures(): Figures {
  return {
    'requests.received': 0,
    'requests.excluded': 0,
    'requests.resolved': 0,
    'requests.resolutionRate': ratio(0, 0),
    'requests.responseRate': ratio(0, 0),
    'requests.satisfactionRate': ratio(0, 0),
    'requests.medianHoursToResolve': null,
    'disputes.registered': 0,
    'disputes.mediated': 0,
    'disputes.mediationSuccessRate': ratio(0, 0),
    ...Object.fromEntries(PLAIN_COUNTS.map((k) => [k, 0])),
  };
}

/** Stocks at instant t: requests.overdue, partyMembers.reportedIn (by the mode of the latest report-in), coverage.partyBranch. */
export function naiveStocks(all: readonly RawEvent[], q: Pick<NaiveQuery, 'level' | 'unitId' | 'asOf'>, t: number) {
  const events = q.asOf ? all.filter((e) => ms(e.recordedAt) <= ms(q.asOf as string)) : all;
  const communities = communitiesOf(events, q.level, q.unitId);
  let overdue = 0;
  const modes = { total: 0, resident: 0, 'in-service': 0, mobile: 0 } as Record<string, number>;
  let compounds = 0;
  let covered = 0;
  for (const r of records(events, communities)) {
    if (r.kind === 'request' && overdueAt(r.events, t)) overdue += 1;
    if (r.kind === 'member') {
      const reports = r.events.filter((e) => e.type === 'PartyMemberReportedIn' && ms(e.occurredAt) <= t);
      if (reports.length > 0) {
        const latest = reports.reduce((a, b) => (ms(b.occurredAt) >= ms(a.occurredAt) ? b : a));
        modes.total = (modes.total ?? 0) + 1;
        modes[latest.data.mode as string] = (modes[latest.data.mode as string] ?? 0) + 1;
      }
    }
    // coverage.*: what the structure was strictly before T (domain.md §5.1: "the latest … event before T").
    if (r.kind === 'structure') {
      const registered = r.events
        .filter((e) => e.type === 'CompoundRegistered' && ms(e.occurredAt) < t)
        .map((e) => e.data.compoundId as string);
      const branches = new Set(
        r.events
          .filter(
            (e) =>
              e.type === 'PartyOrganisationRegistered' && e.data.level === 'compound-branch' && ms(e.occurredAt) < t,
          )
          .map((e) => e.data.compoundId as string),
      );
      compounds += registered.length;
      covered += registered.filter((c) => branches.has(c)).length;
    }
  }
  return { overdue, reportedIn: modes, 'coverage.partyBranch': ratio(covered, compounds) };
}
