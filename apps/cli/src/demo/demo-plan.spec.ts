import { DEMO_FIGURES, demoPlan } from './demo-plan.js';

const now = new Date('2026-11-24T12:00:00Z');
const fenghuang = DEMO_FIGURES.find((f) => f.communityId === 'c-fenghuang')!;
const nanmen = DEMO_FIGURES.find((f) => f.communityId === 'c-nanmen')!;
const count = (steps: ReturnType<typeof demoPlan>, kind: string) => steps.filter((s) => s.command.kind === kind).length;

describe('demo plan', () => {
  it('is deterministic for a seed and differs for another', () => {
    expect(demoPlan(fenghuang, now)).toEqual(demoPlan(fenghuang, now));
    expect(demoPlan(fenghuang, now, 1)).not.toEqual(demoPlan(fenghuang, now, 2));
  });

  it("matches the seed articles' totals (凤凰社区, 南门社区)", () => {
    const f = demoPlan(fenghuang, now);
    expect([
      count(f, 'RecordMediated'),
      count(f, 'EliminateHazard'),
      count(f, 'ClaimWish'),
      count(f, 'ResolveRequest'),
    ]).toEqual([26, 11, 73, 208]);
    const n = demoPlan(nanmen, now);
    expect([count(n, 'PostWish'), count(n, 'RecordMediated')]).toEqual([36, 10]);
    expect(count(n, 'ApplyForWelfare')).toBe(48);
    expect(n.filter((s) => s.command.kind === 'ApplyForWelfare' && s.command.welfareKind === 'dibao').length).toBe(15);
    expect(
      n.filter((s) => s.command.kind === 'RecordWorks').map((s) => [s.command.worksKind, s.command.quantity]),
    ).toEqual(
      expect.arrayContaining([
        ['street-lamps', 50],
        ['pipes', 1162],
        ['road', 15000],
        ['rubbish', 1512],
      ]),
    );
  });

  it('gives 凤凰社区 32 people re-employed, 16 volunteer posts claimed and 27 families paired; 南门社区 9 volunteer events and care visits', () => {
    const f = demoPlan(fenghuang, now);
    expect([count(f, 'RecordReemployment'), count(f, 'ClaimVolunteerPost'), count(f, 'StartFamilyPairing')]).toEqual([
      32, 16, 27,
    ]);
    // Every member who claims or pairs is registered before acting.
    const registered = new Map(
      f.filter((s) => s.command.kind === 'RegisterPartyMember').map((s) => [s.recordId, s.occurredAt]),
    );
    for (const s of f.filter((x) => x.record === 'member' && x.command.kind !== 'RegisterPartyMember'))
      expect(s.occurredAt > (registered.get(s.recordId) as string)).toBe(true);
    const n = demoPlan(nanmen, now);
    expect(count(n, 'LogVolunteerService')).toBe(9);
    expect(count(n, 'RecordCareVisit')).toBeGreaterThanOrEqual(10);
    const furong = demoPlan(
      DEMO_FIGURES.find((x) => x.communityId === 'c-furongnanlu')!,
      now,
    );
    expect(
      furong
        .filter((s) => ['ClassBranchWeak', 'RectifyBranch', 'GrantThreeZeroStatus'].includes(s.command.kind))
        .map((s) => [s.command.kind, s.occurredAt.slice(0, 4)]),
    ).toEqual([
      ['ClassBranchWeak', '2019'],
      ['RectifyBranch', '2020'],
      ['GrantThreeZeroStatus', '2020'],
    ]);
  });

  it('keeps every step between onboarding and now, in time order, with unique keys', () => {
    for (const figures of DEMO_FIGURES) {
      const steps = demoPlan(figures, now);
      expect(
        steps.every((s) => s.occurredAt >= `${figures.onboardedOn}` && Date.parse(s.occurredAt) <= now.getTime()),
      ).toBe(true);
      expect(steps.map((s) => s.occurredAt)).toEqual([...steps.map((s) => s.occurredAt)].sort());
      expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
    }
  });
});
