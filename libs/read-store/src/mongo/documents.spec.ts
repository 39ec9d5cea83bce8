import type { RecordEvent } from '@tongxin/projections';
import { allTenantsScope, tenantScope, toTenantId } from '@tongxin/tenancy';
import {
  directoryOperations,
  historyOperations,
  medianOf,
  periodKpisOfFacts,
  periodLabel,
  queueItemOf,
  recordDocuments,
  requestQueueQuery,
  scopeFilter,
  shanghaiInstant,
  unitCommunities,
  type FactDocument,
  type PlacementDocument,
  type QueueDocument,
  type UnitDocument,
} from './documents.js';

const fact = (f: Omit<Partial<FactDocument>, 'occurredAt'> & { fact: string; occurredAt: string }) => ({
  resolvedNow: null,
  inTime: null,
  positive: null,
  excluded: null,
  amount: null,
  ...f,
  occurredAt: new Date(f.occurredAt),
});

describe('Mongo read store: pure document mapping', () => {
  it('labels periods in Asia/Shanghai with ISO weeks, across the year boundary', () => {
    const newYear = new Date('2026-12-31T16:30:00Z'); // 2027-01-01 00:30 in Shanghai, a Friday
    expect(['day', 'week', 'month', 'quarter', 'year'].map((p) => periodLabel(newYear, p as never))).toEqual([
      '2027-01-01',
      '2026-W53',
      '2027-01',
      '2027-Q1',
      '2027',
    ]);
    expect(periodLabel(new Date('2025-12-28T16:00:00Z'), 'week')).toBe('2026-W01'); // Monday 2025-12-29 local
    expect(periodLabel(new Date('2025-12-28T15:59:59Z'), 'week')).toBe('2025-W52'); // still Sunday 28th local
    expect(periodLabel(new Date('2026-09-30T16:00:00Z'), 'quarter')).toBe('2026-Q4');
    expect(shanghaiInstant('2026-11-01').toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(shanghaiInstant('2026-11-01T08:00:00').toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('counts KPIs per period as ratios of sums; excluded requests leave the assessment rates but count as received', () => {
    const facts = [
      fact({
        fact: 'request.raised',
        occurredAt: '2026-10-31T15:00:00Z',
        resolvedNow: true,
        inTime: true,
        excluded: false,
      }), // 2026-10-31 local
      fact({
        fact: 'request.raised',
        occurredAt: '2026-10-31T17:00:00Z',
        resolvedNow: true,
        inTime: false,
        excluded: false,
      }), // 2026-11-01 local
      fact({
        fact: 'request.raised',
        occurredAt: '2026-11-02T01:00:00Z',
        resolvedNow: false,
        inTime: true,
        excluded: true,
      }),
      fact({
        fact: 'request.raised',
        occurredAt: '2026-11-03T01:00:00Z',
        resolvedNow: false,
        inTime: false,
        excluded: false,
      }),
      fact({ fact: 'request.resolved', occurredAt: '2026-11-03T01:00:00Z', amount: 3, excluded: false }),
      fact({ fact: 'request.resolved', occurredAt: '2026-11-04T01:00:00Z', amount: 10, excluded: false }),
      fact({ fact: 'request.rating', occurredAt: '2026-11-04T02:00:00Z', positive: true, excluded: false }),
      fact({ fact: 'request.rating', occurredAt: '2026-11-04T03:00:00Z', positive: false, excluded: true }),
      fact({ fact: 'dispute.closed', occurredAt: '2026-11-05T03:00:00Z', positive: true }),
      fact({ fact: 'dispute.closed', occurredAt: '2026-11-06T03:00:00Z', positive: false }),
      fact({ fact: 'volunteer.service', occurredAt: '2026-11-06T03:00:00Z', amount: 1.5 }),
      fact({ fact: 'volunteer.service', occurredAt: '2026-11-07T03:00:00Z', amount: 2.25 }),
    ];
    const [october, november] = periodKpisOfFacts(facts, 'month');
    expect(october?.period).toBe('2026-10');
    expect(october?.kpis).toMatchObject({
      'requests.received': 1,
      'requests.resolutionRate': { numerator: 1, denominator: 1, value: 1 },
      'requests.medianHoursToResolve': null,
      'volunteer.hours': 0,
    });
    expect(november?.period).toBe('2026-11');
    expect(november?.kpis).toMatchObject({
      'requests.received': 3,
      'requests.excluded': 1,
      'requests.resolved': 2,
      'requests.resolutionRate': { numerator: 1, denominator: 2, value: 0.5 },
      'requests.responseRate': { numerator: 0, denominator: 2, value: 0 },
      'requests.satisfactionRate': { numerator: 1, denominator: 1, value: 1 },
      'requests.medianHoursToResolve': 6.5,
      'disputes.mediated': 1,
      'disputes.mediationSuccessRate': { numerator: 1, denominator: 2, value: 0.5 },
      'volunteer.services': 2,
      'volunteer.hours': 3.75,
      'wishes.posted': 0,
    });
    expect(Object.keys(november?.kpis ?? {})).toHaveLength(36); // domain.md §5's 26 and the ten counts beyond it
    // A ratio with no denominator has no value, never 0 %.
    expect(
      periodKpisOfFacts([fact({ fact: 'wish.posted', occurredAt: '2026-11-01T00:00:00Z' })], 'day')[0]?.kpis[
        'requests.resolutionRate'
      ],
    ).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(periodKpisOfFacts([], 'year')).toEqual([]);
  });

  it('takes the median as percentile_cont(0.5) does', () => {
    expect(medianOf([])).toBeNull();
    expect(medianOf([5])).toBe(5);
    expect(medianOf([10, 1, 4])).toBe(4);
    expect(medianOf([1, 2, 3, 10])).toBe(2.5);
  });

  it('turns directory changes into idempotent operations: first registration kept, placements once by position', () => {
    const { units, placements } = directoryOperations([
      {
        kind: 'unit-added',
        unitId: 'c-1',
        unitKind: 'community',
        name: '凤凰社区',
        districtId: 'd-1',
        streetId: 's-1',
        onboardedOn: '2026-01-01',
      },
      {
        kind: 'community-placed',
        communityId: 'c-1',
        districtId: 'd-1',
        streetId: 's-2',
        effectiveFrom: '2026-06-01',
        recordedAt: '2026-06-01T00:00:00.000Z',
        position: 42,
      },
      { kind: 'unit-renamed', unitId: 'c-1', name: '新凤凰社区' },
      { kind: 'community-offboarded', communityId: 'c-1', effectiveFrom: '2026-12-01' },
    ]);
    expect(units).toEqual([
      {
        updateOne: {
          filter: { _id: 'c-1' },
          update: {
            $setOnInsert: {
              unitKind: 'community',
              name: '凤凰社区',
              districtId: 'd-1',
              onboardedOn: '2026-01-01',
              offboardedFrom: null,
              tenantId: 'd-1',
            },
          },
          upsert: true,
        },
      },
      { updateOne: { filter: { _id: 'c-1' }, update: { $set: { name: '新凤凰社区' } } } },
      { updateOne: { filter: { _id: 'c-1' }, update: { $set: { offboardedFrom: '2026-12-01' } } } },
    ]);
    expect(placements).toEqual([
      {
        updateOne: {
          filter: { _id: 'c-1:42' },
          update: {
            $setOnInsert: {
              communityId: 'c-1',
              streetId: 's-2',
              effectiveFrom: '2026-06-01',
              recordedAt: new Date('2026-06-01T00:00:00.000Z'),
              globalPosition: 42,
              tenantId: 'd-1',
            },
          },
          upsert: true,
        },
      },
    ]);
  });

  it('keys history by record and position, so a replayed page inserts nothing new', () => {
    const event: RecordEvent = {
      eventId: 'e-1',
      type: 'RequestRaised',
      occurredAt: '2026-11-01T00:00:00.000Z',
      data: {},
    };
    const [op] = historyOperations([
      {
        tenantId: toTenantId('c-1'),
        kind: 'request',
        recordId: 'r-1',
        position: 7,
        recordedAt: '2026-11-01T00:00:01.000Z',
        event,
      },
    ]);
    expect(op).toEqual({
      updateOne: {
        filter: { _id: 'c-1|request|r-1|7' },
        update: {
          $setOnInsert: {
            recordKey: 'c-1|request|r-1',
            tenantId: 'c-1',
            kind: 'request',
            recordId: 'r-1',
            position: 7,
            event,
          },
        },
        upsert: true,
      },
    });
  });

  it('recomputes facts and the queue row from the whole history; a voided creation removes the record everywhere', () => {
    const raised: RecordEvent = {
      eventId: 'e-1',
      type: 'RequestRaised',
      occurredAt: '2026-11-01T01:00:00.000Z',
      data: { channel: 'visit', category: '路灯', description: '不亮' },
    };
    const dispatched: RecordEvent = {
      eventId: 'e-2',
      type: 'RequestDispatched',
      occurredAt: '2026-11-01T02:00:00.000Z',
      data: {
        assignee: { kind: 'party-member', name: '李' },
        respondBy: '2026-11-01T04:00:00.000Z',
        resolveBy: '2026-11-02T00:00:00.000Z',
      },
    };
    const excluded: RecordEvent = {
      eventId: 'e-3',
      type: 'RequestExcludedFromAssessment',
      occurredAt: '2026-11-01T03:00:00.000Z',
      data: {},
    };
    const voided: RecordEvent = {
      eventId: 'e-9',
      type: 'EventVoided',
      occurredAt: '2026-11-02T00:00:00.000Z',
      data: { voidedEventId: 'e-1' },
    };
    const touched = [
      { tenantId: 'c-1', kind: 'request', recordId: 'r-1' },
      { tenantId: 'c-1', kind: 'request', recordId: 'r-2' },
    ];
    const { facts, queue, queueGone } = recordDocuments(
      touched,
      new Map([
        ['c-1|request|r-1', [raised, dispatched, excluded]],
        ['c-1|request|r-2', [raised, voided]],
      ]),
    );
    expect(facts).toEqual([
      {
        recordKey: 'c-1|request|r-1',
        tenantId: 'c-1',
        kind: 'request',
        recordId: 'r-1',
        fact: 'request.raised',
        occurredAt: new Date(raised.occurredAt),
        resolvedNow: false,
        inTime: false,
        positive: null,
        excluded: true,
        amount: null,
      },
      // Still open after its resolution deadline: counted in requests.overdue from just after it.
      {
        recordKey: 'c-1|request|r-1',
        tenantId: 'c-1',
        kind: 'request',
        recordId: 'r-1',
        fact: 'request.overdue',
        occurredAt: new Date('2026-11-02T00:00:00.001Z'),
        resolvedNow: null,
        inTime: null,
        positive: null,
        excluded: null,
        amount: 1,
      },
    ]);
    expect(queue).toEqual([
      {
        _id: 'c-1|r-1',
        tenantId: 'c-1',
        requestId: 'r-1',
        status: 'dispatched',
        category: '路灯',
        channel: 'visit',
        description: '不亮',
        raisedAt: new Date(raised.occurredAt),
        assigneeName: '李',
        assigneeKind: 'party-member',
        resolveBy: new Date('2026-11-02T00:00:00.000Z'),
        respondBy: new Date('2026-11-01T04:00:00.000Z'),
        excluded: true,
        lastEventAt: new Date(excluded.occurredAt),
      },
    ]);
    expect(queueGone).toEqual(['c-1|r-2']);
  });

  it("finds a unit's communities; a street counts the communities whose latest recorded move placed them there", () => {
    const units: UnitDocument[] = ['c-1', 'c-2', 'c-3'].map((id) => ({
      _id: id,
      unitKind: 'community',
      name: id,
      districtId: id === 'c-3' ? 'd-2' : 'd-1',
      onboardedOn: null,
      offboardedFrom: null,
      tenantId: 'd-1',
    }));
    const placement = (communityId: string, streetId: string, globalPosition: number): PlacementDocument => ({
      _id: `${communityId}:${globalPosition}`,
      communityId,
      streetId,
      effectiveFrom: '2026-01-01',
      recordedAt: new Date(),
      globalPosition,
      tenantId: 'd-1',
    });
    // c-1 moved from s-1 to s-2 (recorded later, effective earlier): counted under s-2 for all periods.
    const placements = [placement('c-2', 's-1', 3), placement('c-1', 's-2', 9), placement('c-1', 's-1', 2)];
    expect(unitCommunities('street', 's-1', units, placements)).toEqual(['c-2']);
    expect(unitCommunities('street', 's-2', units, placements)).toEqual(['c-1']);
    expect(unitCommunities('district', 'd-1', units, placements)).toEqual(['c-1', 'c-2']);
    expect(unitCommunities('community', 'c-3', units, placements)).toEqual(['c-3']);
  });

  it('fences every read to its tenant scope and fails closed without one', () => {
    expect(scopeFilter(tenantScope(toTenantId('c-1'), toTenantId('c-2')))).toEqual({
      tenantId: { $in: ['c-1', 'c-2'] },
    });
    expect(scopeFilter(allTenantsScope('platform'))).toEqual({});
    expect(() => scopeFilter(undefined as never)).toThrow();
    expect(() => scopeFilter({ kind: 'tenants', tenantIds: [] })).toThrow();
  });

  it('builds the work-queue query with filters and the keyset, and lists overdue as SQL does', () => {
    const now = new Date('2026-11-10T00:00:00.000Z');
    expect(requestQueueQuery('c-1', {}, now, null)).toEqual({ tenantId: 'c-1' });
    const query = requestQueueQuery('c-1', { status: 'accepted', overdue: true }, now, '2026-11-01T01:00:00.000Z|r-5');
    expect(query).toEqual({
      $and: [
        { tenantId: 'c-1' },
        { status: 'accepted' },
        { status: { $in: ['raised', 'dispatched', 'accepted', 'escalated', 'reopened'] }, resolveBy: { $lt: now } },
        {
          $or: [
            { raisedAt: { $lt: new Date('2026-11-01T01:00:00.000Z') } },
            { raisedAt: new Date('2026-11-01T01:00:00.000Z'), requestId: { $lt: 'r-5' } },
          ],
        },
      ],
    });
    const doc: QueueDocument = {
      _id: 'c-1|r-1',
      tenantId: 'c-1',
      requestId: 'r-1',
      status: 'accepted',
      category: '路灯',
      channel: 'visit',
      description: '不亮',
      raisedAt: new Date('2026-11-01T01:00:00.000Z'),
      assigneeName: '李',
      assigneeKind: 'party-member',
      resolveBy: new Date('2026-11-02T00:00:00.000Z'),
      respondBy: null,
      excluded: false,
      lastEventAt: new Date('2026-11-01T01:00:00.000Z'),
    };
    expect(queueItemOf(doc, now)).toEqual({
      requestId: 'r-1',
      status: 'accepted',
      category: '路灯',
      channel: 'visit',
      description: '不亮',
      raisedAt: '2026-11-01T01:00:00.000Z',
      assigneeName: '李',
      assigneeKind: 'party-member',
      resolveBy: '2026-11-02T00:00:00.000Z',
      overdue: true,
      excluded: false,
    });
    expect(queueItemOf({ ...doc, status: 'closed' }, now).overdue).toBe(false);
    expect(queueItemOf({ ...doc, resolveBy: null }, now).overdue).toBeNull();
  });
});
