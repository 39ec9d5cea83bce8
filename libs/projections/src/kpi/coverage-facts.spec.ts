import { recordFacts, type RecordEvent, type RecordFact } from './record-facts.js';

let n = 0;
const ev = (type: string, occurredAt: string, data: Record<string, unknown> = {}): RecordEvent => ({
  eventId: `c${(n += 1)}`,
  type,
  occurredAt,
  data,
});
const compound = (id: string, at: string) => ev('CompoundRegistered', at, { compoundId: id, name: id });
const elected = (id: string, at: string, type = 'OwnersCommitteeElected') =>
  ev(type, at, {
    compoundId: id,
    electedOn: at.slice(0, 10),
    members: 7,
    partyMembers: 3,
    chairNamePii: '刘',
    oneShoulder: false,
    termYears: null,
  });
const termEnded = (id: string, at: string) =>
  ev('OwnersCommitteeTermEnded', at, { compoundId: id, endedOn: at.slice(0, 10), reason: '任期届满' });
const started = (id: string, at: string) =>
  ev('PropertyServiceStarted', at, {
    compoundId: id,
    serviceKind: 'professional',
    companyId: 'hongye',
    partyOrganisationId: null,
    startedOn: at.slice(0, 10),
  });
const ended = (id: string, at: string) =>
  ev('PropertyServiceEnded', at, { compoundId: id, endedOn: at.slice(0, 10), reason: '退出' });
const voids = (e: RecordEvent, at: string) => ev('EventVoided', at, { voidedEventId: e.eventId, reason: '录入错误' });

/** The stock of a coverage fact at T, as the reader computes it: the sum of amounts up to T. */
const stockAt = (facts: readonly RecordFact[], fact: string, t: string) =>
  facts
    .filter((f) => f.fact === fact && Date.parse(f.occurredAt) <= Date.parse(t))
    .reduce((sum, f) => sum + (f.amount ?? 0), 0);

describe('coverage.ownersCommittee and coverage.propertyService (domain.md §5, §5.1 stocks at T)', () => {
  it("counts an owners' committee from its election until its term ends, and again from a new election", () => {
    const facts = recordFacts('structure', [
      compound('a', '2017-01-01T00:00:00Z'),
      elected('a', '2017-12-20T00:00:00Z'),
      termEnded('a', '2022-12-19T00:00:00Z'),
      elected('a', '2023-03-01T00:00:00Z'),
    ]);
    expect(facts.filter((f) => f.fact === 'coverage.ownersCommittee')).toEqual([
      { fact: 'coverage.ownersCommittee', occurredAt: '2017-12-20T00:00:00Z', amount: 1 },
      { fact: 'coverage.ownersCommittee', occurredAt: '2022-12-19T00:00:00Z', amount: -1 },
      { fact: 'coverage.ownersCommittee', occurredAt: '2023-03-01T00:00:00Z', amount: 1 },
    ]);
    expect(
      ['2017-12-19T00:00:00Z', '2018-01-01T00:00:00Z', '2023-01-01T00:00:00Z', '2024-01-01T00:00:00Z'].map((t) =>
        stockAt(facts, 'coverage.ownersCommittee', t),
      ),
    ).toEqual([0, 1, 0, 1]);
  });

  it('keeps a re-elected committee counted once', () => {
    const facts = recordFacts('structure', [
      compound('a', '2017-01-01T00:00:00Z'),
      elected('a', '2017-12-20T00:00:00Z'),
      elected('a', '2022-12-20T00:00:00Z', 'OwnersCommitteeReElected'),
    ]);
    expect(facts.filter((f) => f.fact === 'coverage.ownersCommittee')).toEqual([
      { fact: 'coverage.ownersCommittee', occurredAt: '2017-12-20T00:00:00Z', amount: 1 },
    ]);
  });

  it('gives a compound a property service at T when the latest start / end event up to T is a start', () => {
    const history = [
      compound('a', '2018-01-01T00:00:00Z'),
      started('a', '2018-02-01T00:00:00Z'),
      ended('a', '2019-06-30T00:00:00Z'),
      started('a', '2019-09-01T00:00:00Z'),
    ];
    const facts = recordFacts('structure', history);
    expect(
      facts.filter((f) => f.fact === 'coverage.propertyService').map((f) => [f.occurredAt.slice(0, 10), f.amount]),
    ).toEqual([
      ['2018-02-01', 1],
      ['2019-06-30', -1],
      ['2019-09-01', 1],
    ]);
    expect(
      ['2018-01-31T00:00:00Z', '2018-02-01T00:00:00Z', '2019-07-01T00:00:00Z', '2019-09-01T00:00:00Z'].map((t) =>
        stockAt(facts, 'coverage.propertyService', t),
      ),
    ).toEqual([0, 1, 0, 1]);
  });

  it('follows the time things happened, not the order they were recorded (an end recorded before an older start)', () => {
    // Recorded: end in 2020, then (after the fact) a start in 2019 and a start in 2021.
    const facts = recordFacts('structure', [
      compound('a', '2018-01-01T00:00:00Z'),
      ended('a', '2020-01-01T00:00:00Z'),
      started('a', '2019-01-01T00:00:00Z'),
      started('a', '2021-01-01T00:00:00Z'),
    ]);
    expect(
      ['2018-06-01T00:00:00Z', '2019-06-01T00:00:00Z', '2020-06-01T00:00:00Z', '2021-06-01T00:00:00Z'].map((t) =>
        stockAt(facts, 'coverage.propertyService', t),
      ),
    ).toEqual([0, 1, 0, 1]);
  });

  it("counts a body only from its compound's registration, and not at all for a compound whose registration is voided", () => {
    const gone = compound('b', '2018-01-01T00:00:00Z');
    const facts = recordFacts('structure', [
      started('a', '2017-06-01T00:00:00Z'),
      compound('a', '2018-01-01T00:00:00Z'),
      gone,
      elected('b', '2018-02-01T00:00:00Z'),
      voids(gone, '2018-03-01T00:00:00Z'),
    ]);
    expect(facts).toEqual([
      { fact: 'coverage.compounds', occurredAt: '2018-01-01T00:00:00Z', amount: 1 },
      { fact: 'coverage.propertyService', occurredAt: '2018-01-01T00:00:00Z', amount: 1 },
    ]);
  });

  it('counts voided elections, ends and starts nowhere', () => {
    const wrongEnd = ended('a', '2019-01-01T00:00:00Z');
    const wrongElection = elected('a', '2018-05-01T00:00:00Z');
    const facts = recordFacts('structure', [
      compound('a', '2018-01-01T00:00:00Z'),
      started('a', '2018-02-01T00:00:00Z'),
      wrongEnd,
      wrongElection,
      voids(wrongEnd, '2019-01-02T00:00:00Z'),
      voids(wrongElection, '2019-01-02T00:00:00Z'),
    ]);
    expect(facts).toEqual([
      { fact: 'coverage.compounds', occurredAt: '2018-01-01T00:00:00Z', amount: 1 },
      { fact: 'coverage.propertyService', occurredAt: '2018-02-01T00:00:00Z', amount: 1 },
    ]);
  });

  it("keeps each compound's stocks apart and ignores events of other kinds", () => {
    const facts = recordFacts('structure', [
      compound('a', '2018-01-01T00:00:00Z'),
      compound('b', '2018-01-01T00:00:00Z'),
      started('a', '2018-02-01T00:00:00Z'),
      ev('SupervisoryCommitteeFormed', '2018-02-01T00:00:00Z', {
        compoundId: 'b',
        formedOn: '2018-02-01',
        members: 3,
        partyMembers: 1,
      }),
      ev('RedAllianceMemberJoined', '2018-02-01T00:00:00Z', {
        compoundId: 'b',
        memberKind: 'two-new-organisation',
        memberId: 'x',
        name: '快递党支部',
        joinedOn: '2018-02-01',
      }),
      ended('b', '2018-03-01T00:00:00Z'),
    ]);
    expect(
      ['coverage.compounds', 'coverage.propertyService', 'coverage.ownersCommittee'].map((f) =>
        stockAt(facts, f, '2019-01-01T00:00:00Z'),
      ),
    ).toEqual([2, 1, 0]);
  });
});
