/** 红黑榜 (domain.md §5.1): a weighted score of response, resolution and satisfaction rates. */
export interface RankingPolicy {
  readonly responseWeight: number;
  readonly resolutionWeight: number;
  readonly satisfactionWeight: number;
  readonly minimumRequests: number;
}

export const DEFAULT_RANKING_POLICY: RankingPolicy = {
  responseWeight: 30,
  resolutionWeight: 35,
  satisfactionWeight: 35,
  minimumRequests: 10,
};

export interface UnitMonth {
  readonly unitId: string;
  readonly name: string;
  readonly received: number;
  readonly responseRate: number | null;
  readonly resolutionRate: number | null;
  readonly satisfactionRate: number | null;
  /** The same unit's figures of the previous month, for 进步 (most improved). */
  readonly previous: Omit<UnitMonth, 'unitId' | 'name' | 'previous'> | null;
}

export type RankingClass = '先进' | '进步' | '整改' | '治理';

export interface RankedUnit {
  readonly rank: number;
  readonly unitId: string;
  readonly name: string;
  readonly received: number;
  readonly score: number;
  readonly classes: readonly RankingClass[];
}

/** Share of ranked units named 先进 (top) and 整改 (bottom); a score below the threshold needs 治理. */
const CLASS_SHARE = 0.2;
const GOVERNANCE_THRESHOLD = 0.6;

/** A rate that has no denominator counts as 0: a unit cannot rank higher by having nothing rated. */
export function score(unit: Omit<UnitMonth, 'unitId' | 'name' | 'previous'>, policy: RankingPolicy): number {
  const weighted =
    policy.responseWeight * (unit.responseRate ?? 0) +
    policy.resolutionWeight * (unit.resolutionRate ?? 0) +
    policy.satisfactionWeight * (unit.satisfactionRate ?? 0);
  return Math.round((weighted / 100) * 10000) / 10000;
}

/**
 * Ranks units with at least the minimum number of requests; the others are listed as
 * insufficient data and never ranked. Ties share a rank and are ordered by unit id.
 */
export function rankUnits(units: readonly UnitMonth[], policy: RankingPolicy = DEFAULT_RANKING_POLICY) {
  const eligible = units.filter((u) => u.received >= policy.minimumRequests);
  const insufficientData = units
    .filter((u) => u.received < policy.minimumRequests)
    .map((u) => ({ unitId: u.unitId, name: u.name, received: u.received }));
  const scored = eligible.map((u) => ({
    unit: u,
    score: score(u, policy),
    improvement:
      u.previous && u.previous.received >= policy.minimumRequests ? score(u, policy) - score(u.previous, policy) : null,
  }));
  scored.sort((a, b) => b.score - a.score || a.unit.unitId.localeCompare(b.unit.unitId));
  const classed = Math.max(1, Math.ceil(scored.length * CLASS_SHARE));
  const bestImprovement = Math.max(0, ...scored.map((s) => s.improvement ?? 0));
  let rank = 0;
  const ranked: RankedUnit[] = scored.map((s, i) => {
    if (i === 0 || s.score !== scored[i - 1]?.score) rank = i + 1;
    const classes: RankingClass[] = [];
    if (scored.length > 1 && i < classed) classes.push('先进');
    if (bestImprovement > 0 && s.improvement === bestImprovement) classes.push('进步');
    if (scored.length > 1 && i >= scored.length - classed && !classes.includes('先进')) classes.push('整改');
    if (s.score < GOVERNANCE_THRESHOLD) classes.push('治理');
    return { rank, unitId: s.unit.unitId, name: s.unit.name, received: s.unit.received, score: s.score, classes };
  });
  return { ranked, insufficientData };
}
