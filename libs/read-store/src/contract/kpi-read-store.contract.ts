import { randomUUID } from 'node:crypto';
import type { DirectoryChange, RecordEventChange } from '@tongxin/projections';
import { uniqueTenant } from '@tongxin/testing';
import { tenantScope, toTenantId, type TenantId } from '@tongxin/tenancy';
import type { KpiReadStore } from '../kpi-read-store.port.js';

/**
 * What every read store promises (PostgreSQL always, MongoDB when MONGO_URL is set): the same
 * KPI figures at community, street and district level for the same projected changes, a
 * community counted under its latest street for all periods, voids honoured, pages replayed
 * without effect, reads fenced to their tenant scope, and the request register with filters and
 * keyset pagination. Each test owns its units (unique ids), so it runs beside other suites.
 */
export function kpiReadStoreContract(open: () => KpiReadStore): void {
  function scenario() {
    const district = uniqueTenant('d-ct');
    const [s1, s2] = [`s-${randomUUID().slice(0, 8)}`, `s-${randomUUID().slice(0, 8)}`];
    const [c1, c2] = [uniqueTenant('c-ct'), uniqueTenant('c-ct')];
    const directory: DirectoryChange[] = [
      {
        kind: 'unit-added',
        unitId: district,
        unitKind: 'district',
        name: '契约区',
        districtId: district,
        streetId: null,
        onboardedOn: null,
      },
      {
        kind: 'unit-added',
        unitId: s1,
        unitKind: 'street',
        name: '一街道',
        districtId: district,
        streetId: null,
        onboardedOn: null,
      },
      {
        kind: 'unit-added',
        unitId: s2,
        unitKind: 'street',
        name: '二街道',
        districtId: district,
        streetId: null,
        onboardedOn: null,
      },
      {
        kind: 'unit-added',
        unitId: c1,
        unitKind: 'community',
        name: '甲社区',
        districtId: district,
        streetId: s1,
        onboardedOn: '2026-01-01',
      },
      {
        kind: 'community-placed',
        communityId: c1,
        districtId: district,
        streetId: s1,
        effectiveFrom: '2026-01-01',
        recordedAt: '2026-01-01T00:00:00.000Z',
        position: 1,
      },
      {
        kind: 'unit-added',
        unitId: c2,
        unitKind: 'community',
        name: '乙社区',
        districtId: district,
        streetId: s1,
        onboardedOn: '2026-01-01',
      },
      {
        kind: 'community-placed',
        communityId: c2,
        districtId: district,
        streetId: s1,
        effectiveFrom: '2026-01-01',
        recordedAt: '2026-01-01T00:00:00.000Z',
        position: 2,
      },
      // Moved later, effective from a later date: counted under s2 for all periods (restated).
      {
        kind: 'community-placed',
        communityId: c2,
        districtId: district,
        streetId: s2,
        effectiveFrom: '2026-09-01',
        recordedAt: '2026-09-01T00:00:00.000Z',
        position: 3,
      },
    ];
    let position = 10;
    const e = (
      tenantId: TenantId,
      recordId: string,
      type: string,
      occurredAt: string,
      data: Record<string, unknown> = {},
      eventId: string = randomUUID(),
    ): RecordEventChange => ({
      tenantId,
      kind: 'request',
      recordId,
      position: (position += 1),
      recordedAt: occurredAt,
      event: { eventId, type, occurredAt, data },
    });
    const raised = { channel: 'visit', category: '路灯', description: '路灯不亮' };
    const dispatch = (day: string) => ({
      assignee: { kind: 'party-member', id: 'm-1', name: '李' },
      respondBy: `${day}T04:00:00.000Z`,
      resolveBy: `${day}T20:00:00.000Z`,
    });
    const voidedRaise = randomUUID();
    const records: RecordEventChange[] = [
      e(c1, 'r1', 'RequestRaised', '2026-03-01T01:00:00.000Z', raised),
      e(c1, 'r1', 'RequestDispatched', '2026-03-01T02:00:00.000Z', dispatch('2026-03-01')),
      e(c1, 'r1', 'RequestAccepted', '2026-03-01T03:00:00.000Z'),
      e(c1, 'r1', 'RequestResolved', '2026-03-01T09:00:00.000Z'),
      e(c1, 'r1', 'RequestRated', '2026-03-01T10:00:00.000Z', { rating: 'satisfied' }),
      e(c1, 'r2', 'RequestRaised', '2026-03-10T01:00:00.000Z', raised),
      e(c1, 'r2', 'RequestDispatched', '2026-03-10T02:00:00.000Z', dispatch('2026-03-10')),
      e(c1, 'r2', 'RequestAccepted', '2026-03-10T06:00:00.000Z'),
      e(c2, 'r3', 'RequestRaised', '2026-04-02T01:00:00.000Z', raised),
      e(c2, 'r3', 'RequestDispatched', '2026-04-02T01:30:00.000Z', dispatch('2026-04-02')),
      e(c2, 'r3', 'RequestAccepted', '2026-04-02T02:00:00.000Z'),
      e(c2, 'r3', 'RequestResolved', '2026-04-02T03:00:00.000Z'),
      e(c2, 'r3', 'RequestRated', '2026-04-02T04:00:00.000Z', { rating: 'unsatisfied' }),
      e(c2, 'r4', 'RequestRaised', '2026-04-03T01:00:00.000Z', raised, voidedRaise),
      e(c2, 'r4', 'EventVoided', '2026-04-03T02:00:00.000Z', { voidedEventId: voidedRaise }),
    ];
    return { district, s1, s2, c1, c2, directory, records, scope: tenantScope(district, c1, c2) };
  }

  async function applied() {
    const s = scenario();
    const store = open();
    await store.applyDirectory(s.directory);
    // In two pages, as the projector would apply them.
    await store.applyRecords(s.records.slice(0, 7));
    await store.applyRecords(s.records.slice(7));
    return { ...s, store };
  }

  const march = {
    'requests.received': 2,
    'requests.resolved': 1,
    'requests.resolutionRate': { numerator: 1, denominator: 2, value: 0.5 },
    'requests.responseRate': { numerator: 1, denominator: 2, value: 0.5 },
    'requests.satisfactionRate': { numerator: 1, denominator: 1, value: 1 },
    'requests.medianHoursToResolve': 8,
  };
  const april = {
    'requests.received': 1,
    'requests.resolved': 1,
    'requests.resolutionRate': { numerator: 1, denominator: 1, value: 1 },
    'requests.responseRate': { numerator: 1, denominator: 1, value: 1 },
    'requests.satisfactionRate': { numerator: 0, denominator: 1, value: 0 },
    'requests.medianHoursToResolve': 2,
  };

  it('gives the same figures at community, street and district level; the moved community counts under its new street; the voided request nowhere', async () => {
    const { store, scope, district, s1, s2, c1 } = await applied();
    const year = (level: 'community' | 'street' | 'district', unit: string) =>
      store.kpis(scope, level, unit, 'month', '2026-01-01', '2027-01-01');
    const districtFigures = await year('district', district);
    expect(districtFigures.map((p) => p.period)).toEqual(['2026-03', '2026-04']);
    expect(districtFigures[0]?.kpis).toMatchObject(march);
    expect(districtFigures[1]?.kpis).toMatchObject(april);
    expect((await year('street', s1)).map((p) => p.period)).toEqual(['2026-03']);
    expect((await year('street', s2)).map((p) => [p.period, p.kpis['requests.received']])).toEqual([['2026-04', 1]]);
    expect((await year('community', c1))[0]?.kpis).toMatchObject(march);
    const quarter = await store.kpis(scope, 'district', district, 'quarter', '2026-01-01', '2027-01-01');
    expect(quarter.map((p) => [p.period, p.kpis['requests.received'], p.kpis['requests.resolutionRate']])).toEqual([
      ['2026-Q1', 2, { numerator: 1, denominator: 2, value: 0.5 }],
      ['2026-Q2', 1, { numerator: 1, denominator: 1, value: 1 }],
    ]);
    // The range end is exclusive, in Asia/Shanghai: April is outside [2026-01-01, 2026-04-01).
    expect(
      (await store.kpis(scope, 'district', district, 'month', '2026-01-01', '2026-04-01')).map((p) => p.period),
    ).toEqual(['2026-03']);
  });

  it('changes nothing when a page is applied again (replay after a crash)', async () => {
    const { store, scope, district, records, directory } = await applied();
    const before = await store.kpis(scope, 'district', district, 'day', '2026-01-01', '2027-01-01');
    await store.applyDirectory(directory);
    await store.applyRecords(records.slice(3, 12));
    expect(await store.kpis(scope, 'district', district, 'day', '2026-01-01', '2027-01-01')).toEqual(before);
  });

  it("shows nothing outside the reader's tenant scope", async () => {
    const { store, district, c1 } = await applied();
    const stranger = tenantScope(toTenantId(`c-other-${randomUUID().slice(0, 8)}`));
    expect(await store.kpis(stranger, 'district', district, 'month', '2026-01-01', '2027-01-01')).toEqual([]);
    expect(await store.kpis(stranger, 'community', c1, 'month', '2026-01-01', '2027-01-01')).toEqual([]);
    expect((await store.requests(stranger, c1, {}, new Date('2026-12-01T00:00:00Z'), 10, null)).items).toEqual([]);
  });

  it('lists the request register newest first with filters and keyset pagination', async () => {
    const { store, c1, c2 } = await applied();
    const now = new Date('2026-12-01T00:00:00Z');
    const scope = tenantScope(c1);
    const first = await store.requests(scope, c1, {}, now, 1, null);
    expect(first.items.map((i) => [i.requestId, i.status])).toEqual([['r2', 'accepted']]);
    expect(first.items[0]).toMatchObject({
      category: '路灯',
      channel: 'visit',
      assigneeName: '李',
      raisedAt: '2026-03-10T01:00:00.000Z',
      resolveBy: '2026-03-10T20:00:00.000Z',
      overdue: true,
      excluded: false,
    });
    const second = await store.requests(scope, c1, {}, now, 1, first.next);
    expect(second.items.map((i) => [i.requestId, i.status, i.overdue])).toEqual([['r1', 'rated', false]]);
    expect((await store.requests(scope, c1, {}, now, 1, second.next)).items).toEqual([]);
    expect((await store.requests(scope, c1, { open: true }, now, 10, null)).items.map((i) => i.requestId)).toEqual([
      'r2',
    ]);
    expect((await store.requests(scope, c1, { status: 'rated' }, now, 10, null)).items.map((i) => i.requestId)).toEqual(
      ['r1'],
    );
    // The voided creation took r4 off the register.
    expect((await store.requests(tenantScope(c2), c2, {}, now, 10, null)).items.map((i) => i.requestId)).toEqual([
      'r3',
    ]);
  });
}
