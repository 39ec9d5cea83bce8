import { structureDecider, type StructureCommand, type StructureState } from '@tongxin/domain';
import { recordFacts, type RecordEvent } from '@tongxin/projections';
import { DEMO_FIGURES, demoPlan } from './demo-plan.js';

const now = new Date('2026-11-24T12:00:00Z');

/** Runs a community's demo structure steps through the real structure decider, as the seed's handlers do. */
function recorded(communityId: string): { state: StructureState; events: RecordEvent[] } {
  const figures = DEMO_FIGURES.find((f) => f.communityId === communityId)!;
  let state = structureDecider.initialState;
  const events: RecordEvent[] = [];
  for (const step of demoPlan(figures, now).filter((s) => s.record === 'structure')) {
    for (const event of structureDecider.decide(step.command as unknown as StructureCommand, state)) {
      state = structureDecider.evolve(state, event);
      events.push({
        eventId: `e${events.length}`,
        type: event.type,
        occurredAt: step.occurredAt,
        data: event.data as Record<string, unknown>,
      });
    }
  }
  return { state, events };
}

/** Coverage stocks at T the way the KPI reader sums the facts: numerator / denominator. */
function coverageAt(events: RecordEvent[], t: string) {
  const facts = recordFacts('structure', events).filter((f) => Date.parse(f.occurredAt) < Date.parse(t));
  const sum = (fact: string) => facts.filter((f) => f.fact === fact).reduce((s, f) => s + (f.amount ?? 0), 0);
  const compounds = sum('coverage.compounds');
  return {
    partyBranch: `${sum('coverage.partyBranch')}/${compounds}`,
    ownersCommittee: `${sum('coverage.ownersCommittee')}/${compounds}`,
    propertyService: `${sum('coverage.propertyService')}/${compounds}`,
  };
}

const branches = (state: StructureState) =>
  [...state.units.values()].filter(
    (u) =>
      u.kind === 'party-organisation' &&
      ['compound-branch', 'functional-branch', 'property-branch'].includes(u.attribute ?? ''),
  );

describe('demo structure (domain.md §6), through the real structure rules', () => {
  it("凤凰社区: 7 compounds, all with a party branch; 佳和颐景小区's founded 2018-07-30", () => {
    const { state, events } = recorded('c-fenghuang');
    expect(coverageAt(events, now.toISOString())).toEqual({
      partyBranch: '7/7',
      ownersCommittee: '2/7',
      propertyService: '4/7',
    });
    // On 2018-07-30 three compounds had a branch since onboarding; 佳和颐景小区's came that day, the rest later.
    expect(coverageAt(events, '2018-07-30T00:00:00+08:00').partyBranch).toBe('3/7');
    expect(coverageAt(events, '2018-07-31T00:00:00+08:00').partyBranch).toBe('4/7');
    const jiahe = events.find((e) => e.type === 'PartyOrganisationRegistered' && e.data.compoundId === 'jiahe-yijing');
    expect(jiahe?.occurredAt.slice(0, 10)).toBe('2018-07-30');
    expect([...state.units.values()].filter((u) => u.kind === 'compound').map((u) => u.name)).toEqual(
      expect.arrayContaining(['佳和颐景小区', '瑾瑜小区', '民兴小区']),
    );
  });

  it('芙蓉南路社区: 4 former-enterprise estates and 5 commercial compounds, 13 party branches', () => {
    const { state, events } = recorded('c-furongnanlu');
    expect([...state.units.values()].filter((u) => u.kind === 'compound')).toHaveLength(9);
    expect(branches(state)).toHaveLength(13);
    expect(coverageAt(events, now.toISOString())).toEqual({
      partyBranch: '9/9',
      ownersCommittee: '3/9',
      propertyService: '9/9',
    });
  });

  it("新园社区 长城水郡: owners' committee elected 2017-12, branch 2018-05 whose secretary chairs the committee, a 5+ alliance", () => {
    const { state, events } = recorded('c-xinyuan');
    const changcheng = state.bodies.compounds['changcheng-shuijun'];
    expect(changcheng?.ownersCommittee).toMatchObject({
      status: 'in-office',
      electedOn: '2017-12-16',
      oneShoulder: true,
    });
    expect(changcheng?.alliance.map((m) => m.memberKind)).toEqual([
      'party-branch',
      'owners-committee',
      'supervisory-committee',
      'property-company',
      'two-new-organisation',
    ]);
    expect(
      events
        .find((e) => e.type === 'PartyOrganisationRegistered' && e.data.compoundId === 'changcheng-shuijun')
        ?.occurredAt.slice(0, 7),
    ).toBe('2018-05');
  });

  it("黄泥坝社区 翡翠谷小区: owners' committee of 11 with 4 party members, branch 2021-03", () => {
    const { state, events } = recorded('c-huangniba');
    expect(state.bodies.compounds.feicuigu?.ownersCommittee).toMatchObject({ members: 11, partyMembers: 4 });
    expect(
      events
        .find((e) => e.type === 'PartyOrganisationRegistered' && e.data.compoundId === 'feicuigu')
        ?.occurredAt.slice(0, 7),
    ).toBe('2021-03');
  });

  it('南门社区: 52 building party groups', () => {
    const { state } = recorded('c-nanmen');
    expect(
      [...state.units.values()].filter((u) => u.kind === 'party-organisation' && u.attribute === 'building-group'),
    ).toHaveLength(52);
  });
});
