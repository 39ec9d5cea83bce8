import { recordFacts, type RecordEvent } from './record-facts.js';

let n = 0;
const ev = (type: string, occurredAt: string, data: Record<string, unknown> = {}): RecordEvent => ({
  eventId: `e${(n += 1)}`,
  type,
  occurredAt,
  data,
});
const dispatched = (at: string, respondBy: string) =>
  ev('RequestDispatched', at, { respondBy, resolveBy: '2026-03-10T00:00:00Z' });

describe('request facts (domain.md §5.1)', () => {
  const raised = ev('RequestRaised', '2026-03-01T01:00:00Z');

  it('counts a resolved request in its cohort and in the period of its latest resolution, with hours to resolve', () => {
    const facts = recordFacts('request', [
      raised,
      dispatched('2026-03-01T02:00:00Z', '2026-03-01T06:00:00Z'),
      ev('RequestAccepted', '2026-03-01T05:00:00Z'),
      ev('RequestResolved', '2026-03-02T01:00:00Z'),
    ]);
    expect(facts).toEqual([
      { fact: 'request.raised', occurredAt: '2026-03-01T01:00:00Z', resolvedNow: true, inTime: true, excluded: false },
      { fact: 'request.resolved', occurredAt: '2026-03-02T01:00:00Z', amount: 24, excluded: false },
    ]);
  });

  it('takes a reopened request out of resolved until it is resolved again, then counts the latest resolution', () => {
    const base = [
      raised,
      dispatched('2026-03-01T02:00:00Z', '2026-03-01T06:00:00Z'),
      ev('RequestAccepted', '2026-03-01T03:00:00Z'),
      ev('RequestResolved', '2026-03-02T01:00:00Z'),
      ev('RequestRated', '2026-03-02T05:00:00Z', { rating: 'unsatisfied' }),
      ev('RequestReopened', '2026-03-03T01:00:00Z'),
    ];
    expect(recordFacts('request', base).map((f) => f.fact)).toEqual(['request.raised', 'request.rating']);
    expect(recordFacts('request', base)[0]).toMatchObject({ resolvedNow: false });
    const again = [
      ...base,
      dispatched('2026-03-03T02:00:00Z', '2026-03-03T06:00:00Z'),
      ev('RequestAccepted', '2026-03-03T03:00:00Z'),
      ev('RequestResolved', '2026-04-01T01:00:00Z'),
    ];
    expect(recordFacts('request', again).find((f) => f.fact === 'request.resolved')).toMatchObject({
      occurredAt: '2026-04-01T01:00:00Z',
    });
  });

  it('judges the response against the dispatch in force at the first acceptance', () => {
    const late = [
      raised,
      dispatched('2026-03-01T02:00:00Z', '2026-03-01T03:00:00Z'),
      ev('RequestAccepted', '2026-03-01T05:00:00Z'),
    ];
    expect(recordFacts('request', late)[0]).toMatchObject({ inTime: false });
    // A later dispatch with a longer deadline does not rescue an acceptance that came before it.
    expect(
      recordFacts('request', [...late, dispatched('2026-03-01T06:00:00Z', '2026-03-02T00:00:00Z')])[0],
    ).toMatchObject({ inTime: false });
    expect(recordFacts('request', [raised])[0]).toMatchObject({ inTime: false, resolvedNow: false });
  });

  it('counts every rating given, not only the latest', () => {
    const facts = recordFacts('request', [
      raised,
      ev('RequestRated', '2026-03-02T00:00:00Z', { rating: 'unsatisfied' }),
      ev('RequestRated', '2026-03-05T00:00:00Z', { rating: 'basically-satisfied' }),
    ]);
    expect(facts.filter((f) => f.fact === 'request.rating').map((f) => f.positive)).toEqual([false, true]);
  });

  it('removes a request whose creation was voided from every figure, and ignores a void of a void', () => {
    const raise = ev('RequestRaised', '2026-03-01T01:00:00Z');
    const voidIt = ev('EventVoided', '2026-03-01T02:00:00Z', { voidedEventId: raise.eventId });
    expect(recordFacts('request', [raise, voidIt])).toEqual([]);
    expect(
      recordFacts('request', [
        raise,
        voidIt,
        ev('EventVoided', '2026-03-01T03:00:00Z', { voidedEventId: voidIt.eventId }),
      ]),
    ).toEqual([]);
  });

  it('marks excluded (核减) requests explicitly instead of dropping them', () => {
    expect(
      recordFacts('request', [
        raised,
        ev('RequestExcludedFromAssessment', '2026-03-04T00:00:00Z', { reason: '不合理诉求' }),
      ])[0],
    ).toMatchObject({ excluded: true });
  });
});

describe('dispute, wish, hazard and works facts', () => {
  it('closes a dispute with its latest closing event', () => {
    const reg = ev('DisputeRegistered', '2026-01-01T00:00:00Z');
    expect(
      recordFacts('dispute', [
        reg,
        ev('DisputeMediationFailed', '2026-01-05T00:00:00Z'),
        ev('DisputeMediated', '2026-02-01T00:00:00Z'),
      ]),
    ).toEqual([
      { fact: 'dispute.registered', occurredAt: '2026-01-01T00:00:00Z' },
      { fact: 'dispute.closed', occurredAt: '2026-02-01T00:00:00Z', positive: true },
    ]);
  });

  it('counts wish and hazard steps, and works by kind with their quantity', () => {
    expect(
      recordFacts('wish', [ev('WishPosted', '2026-01-01T00:00:00Z'), ev('WishClaimed', '2026-01-02T00:00:00Z')]).map(
        (f) => f.fact,
      ),
    ).toEqual(['wish.posted', 'wish.claimed']);
    expect(recordFacts('hazard', [ev('HazardEliminated', '2026-01-02T00:00:00Z')])).toEqual([]);
    expect(
      recordFacts('works', [ev('WorksCompleted', '2026-01-02T00:00:00Z', { kind: 'pipes', quantity: 1162 })]),
    ).toEqual([{ fact: 'works.pipes', occurredAt: '2026-01-02T00:00:00Z', amount: 1162 }]);
  });

  it('gives party members their report-ins by mode, commitments and volunteer hours', () => {
    const facts = recordFacts('member', [
      ev('PartyMemberRegistered', '2026-01-01T00:00:00Z', { mode: 'mobile' }),
      ev('PartyMemberReportedIn', '2026-01-02T00:00:00Z', { mode: 'mobile' }),
      ev('CommitmentMade', '2026-01-03T00:00:00Z'),
      ev('VolunteerServiceLogged', '2026-01-04T00:00:00Z', { hours: 2.5 }),
    ]);
    expect(facts.map((f) => [f.fact, f.amount])).toEqual([
      ['member.reportedIn.mobile', undefined],
      ['commitment.made', undefined],
      ['volunteer.service', 2.5],
    ]);
  });
});

describe('coverage facts of a community structure (domain.md §5, coverage.partyBranch)', () => {
  const compound = (id: string, at: string) => ev('CompoundRegistered', at, { compoundId: id, name: id });
  const branch = (compoundId: string | null, at: string, level = 'compound-branch') =>
    ev('PartyOrganisationRegistered', at, { organisationId: `o${n}`, level, parentId: 'dwei', compoundId });

  it('adds each compound to the denominator when registered and to the numerator when it first has a compound branch', () => {
    const facts = recordFacts('structure', [
      compound('a', '2026-01-01T00:00:00Z'),
      compound('b', '2026-01-02T00:00:00Z'),
      branch('a', '2026-02-01T00:00:00Z'),
      branch('a', '2026-03-01T00:00:00Z'),
    ]);
    expect(facts).toEqual([
      { fact: 'coverage.compounds', occurredAt: '2026-01-01T00:00:00Z', amount: 1 },
      { fact: 'coverage.partyBranch', occurredAt: '2026-02-01T00:00:00Z', amount: 1 },
      { fact: 'coverage.compounds', occurredAt: '2026-01-02T00:00:00Z', amount: 1 },
    ]);
  });

  it('counts coverage from the compound registration when its branch was recorded as older, and ignores other levels and voided branches', () => {
    const early = branch('a', '2025-06-01T00:00:00Z');
    const voided = branch('b', '2026-02-01T00:00:00Z');
    const facts = recordFacts('structure', [
      compound('a', '2026-01-01T00:00:00Z'),
      compound('b', '2026-01-01T00:00:00Z'),
      early,
      branch('b', '2026-02-01T00:00:00Z', 'building-group'),
      voided,
      ev('EventVoided', '2026-02-02T00:00:00Z', { voidedEventId: voided.eventId }),
    ]);
    expect(facts.filter((f) => f.fact === 'coverage.partyBranch')).toEqual([
      { fact: 'coverage.partyBranch', occurredAt: '2026-01-01T00:00:00Z', amount: 1 },
    ]);
  });
});

describe('corrections replace (domain.md §5.1): effectiveHistory applies EventCorrected', () => {
  const correction = (target: string, values: Record<string, unknown>, at = '2026-05-01T00:00:00Z') =>
    ev('EventCorrected', at, { correctedEventId: target, reason: '录入错误', values });

  it('moves a fact to the period of its corrected occurredAt and uses corrected amounts', () => {
    const reg = ev('PartyMemberRegistered', '2026-01-01T00:00:00Z', { mode: 'resident' });
    const service = ev('VolunteerServiceLogged', '2026-01-31T17:00:00Z', { hours: 2 });
    expect(
      recordFacts('member', [
        reg,
        service,
        correction(service.eventId, { occurredAt: '2026-01-31T15:00:00Z', hours: 3 }),
      ]),
    ).toEqual([{ fact: 'volunteer.service', occurredAt: '2026-01-31T15:00:00Z', amount: 3 }]);
  });

  it('lets the latest correction win field by field, and ignores a voided correction', () => {
    const works = ev('WorksCompleted', '2026-01-02T00:00:00Z', { kind: 'pipes', quantity: 100 });
    const first = correction(works.eventId, { quantity: 1162, occurredAt: '2026-02-02T00:00:00Z' });
    const second = correction(works.eventId, { quantity: 1200 });
    expect(recordFacts('works', [works, first, second])).toEqual([
      { fact: 'works.pipes', occurredAt: '2026-02-02T00:00:00Z', amount: 1200 },
    ]);
    const voidSecond = ev('EventVoided', '2026-06-01T00:00:00Z', { voidedEventId: second.eventId });
    expect(recordFacts('works', [works, first, second, voidSecond])).toEqual([
      { fact: 'works.pipes', occurredAt: '2026-02-02T00:00:00Z', amount: 1162 },
    ]);
  });

  it('keeps a voided event out even when it was corrected, and corrects request facts (raised time moves the cohort)', () => {
    const works = ev('WorksCompleted', '2026-01-02T00:00:00Z', { kind: 'road', quantity: 100 });
    expect(
      recordFacts('works', [
        works,
        correction(works.eventId, { quantity: 5 }),
        ev('EventVoided', '2026-06-01T00:00:00Z', { voidedEventId: works.eventId }),
      ]),
    ).toEqual([]);
    const raise = ev('RequestRaised', '2026-03-31T17:00:00Z');
    expect(
      recordFacts('request', [
        raise,
        correction(raise.eventId, { occurredAt: '2026-03-31T15:00:00Z', category: 'parking' }),
      ])[0],
    ).toMatchObject({ fact: 'request.raised', occurredAt: '2026-03-31T15:00:00Z' });
  });
});

describe('volunteer posts, pairings, care, re-employment and organisation life facts', () => {
  it('counts posts claimed and released and pairings started by members', () => {
    const facts = recordFacts('member', [
      ev('PartyMemberRegistered', '2026-01-01T00:00:00Z', { mode: 'resident' }),
      ev('VolunteerPostClaimed', '2026-01-02T00:00:00Z', { postId: 'p' }),
      ev('VolunteerPostReleased', '2026-02-02T00:00:00Z', { postId: 'p' }),
      ev('FamilyPairingStarted', '2026-01-03T00:00:00Z', { pairingId: 'x' }),
    ]);
    expect(facts.map((f) => f.fact)).toEqual(['volunteer.postClaimed', 'volunteer.postReleased', 'pairing.started']);
  });

  it('counts care visits, re-employment and stars; a voided one counts nowhere', () => {
    expect(recordFacts('carevisit', [ev('CareVisitRecorded', '2026-01-02T00:00:00Z')]).map((f) => f.fact)).toEqual([
      'care.visit',
    ]);
    const placed = ev('ReemploymentRecorded', '2026-01-02T00:00:00Z');
    expect(recordFacts('reemployment', [placed]).map((f) => f.fact)).toEqual(['reemployment.placed']);
    expect(
      recordFacts('reemployment', [
        placed,
        ev('EventVoided', '2026-01-03T00:00:00Z', { voidedEventId: placed.eventId }),
      ]),
    ).toEqual([]);
    expect(recordFacts('star', [ev('MonthlyStarAwarded', '2026-01-02T00:00:00Z')]).map((f) => f.fact)).toEqual([
      'orgLife.star',
    ]);
  });

  it('gives study sessions with attendees, and weak branches and 三零社区 as +1 / -1 stock steps', () => {
    expect(recordFacts('studysession', [ev('StudySessionHeld', '2026-01-02T00:00:00Z', { attendees: 36 })])).toEqual([
      { fact: 'orgLife.studySession', occurredAt: '2026-01-02T00:00:00Z', amount: 36 },
    ]);
    expect(
      recordFacts('branch', [
        ev('BranchClassedWeak', '2019-03-01T00:00:00Z'),
        ev('BranchSecretaryReviewed', '2020-01-01T00:00:00Z'),
        ev('BranchRectified', '2020-12-01T00:00:00Z'),
      ]).map((f) => [f.fact, f.amount]),
    ).toEqual([
      ['stock.branches.weak', 1],
      ['orgLife.secretaryReview', undefined],
      ['stock.branches.weak', -1],
    ]);
    expect(
      recordFacts('threezero', [
        ev('ThreeZeroStatusGranted', '2021-01-01T00:00:00Z'),
        ev('ThreeZeroStatusRevoked', '2022-01-01T00:00:00Z'),
      ]).map((f) => f.amount),
    ).toEqual([1, -1]);
    // A voided classing takes its rectification out of the stock too: never below zero.
    const classed = ev('BranchClassedWeak', '2019-03-01T00:00:00Z');
    expect(
      recordFacts('branch', [
        classed,
        ev('BranchRectified', '2020-12-01T00:00:00Z'),
        ev('EventVoided', '2021-01-01T00:00:00Z', { voidedEventId: classed.eventId }),
      ]),
    ).toEqual([]);
  });
});
