import { rankUnits, score, DEFAULT_RANKING_POLICY, type UnitMonth } from './rankings.js';

const unit = (
  unitId: string,
  received: number,
  response: number | null,
  resolution: number | null,
  satisfaction: number | null,
  previous: UnitMonth['previous'] = null,
): UnitMonth => ({
  unitId,
  name: unitId,
  received,
  responseRate: response,
  resolutionRate: resolution,
  satisfactionRate: satisfaction,
  previous,
});

describe('rankings (红黑榜)', () => {
  it('weights response, resolution and satisfaction 30 / 35 / 35 by default', () => {
    expect(score(unit('a', 10, 1, 0.5, 0.8), DEFAULT_RANKING_POLICY)).toBe(0.755);
    expect(score(unit('a', 10, 1, 1, null), DEFAULT_RANKING_POLICY)).toBe(0.65);
  });

  it('never ranks units below the minimum sample, and lists them as insufficient data', () => {
    const { ranked, insufficientData } = rankUnits([unit('a', 12, 1, 1, 1), unit('b', 9, 1, 1, 1)]);
    expect(ranked.map((r) => r.unitId)).toEqual(['a']);
    expect(insufficientData).toEqual([{ unitId: 'b', name: 'b', received: 9 }]);
  });

  it('orders by score, shares ranks on ties, and classes the top, bottom, most improved and weak', () => {
    const units = [
      unit('c1', 20, 0.9, 0.9, 0.9),
      unit('c2', 20, 0.8, 0.8, 0.8, { received: 15, responseRate: 0.2, resolutionRate: 0.2, satisfactionRate: 0.2 }),
      unit('c3', 20, 0.8, 0.8, 0.8),
      unit('c4', 20, 0.7, 0.7, 0.7),
      unit('c5', 20, 0.3, 0.4, 0.5),
    ];
    const { ranked } = rankUnits(units);
    expect(ranked.map((r) => [r.unitId, r.rank, r.classes])).toEqual([
      ['c1', 1, ['先进']],
      ['c2', 2, ['进步']],
      ['c3', 2, []],
      ['c4', 4, []],
      ['c5', 5, ['整改', '治理']],
    ]);
  });

  it("follows a district's own policy", () => {
    const policy = { responseWeight: 100, resolutionWeight: 0, satisfactionWeight: 0, minimumRequests: 1 };
    expect(rankUnits([unit('a', 1, 0.2, 1, 1), unit('b', 1, 0.9, 0, 0)], policy).ranked.map((r) => r.unitId)).toEqual([
      'b',
      'a',
    ]);
  });
});
