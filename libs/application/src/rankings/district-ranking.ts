import { REGISTRY_STREAM } from '@tongxin/domain';
import type { EventStore } from '@tongxin/event-store';
import { DEFAULT_RANKING_POLICY, rankUnits, type RankingPolicy } from '@tongxin/projections';
import type { KpiReader } from '@tongxin/read-store';
import { toTenantId, type TenantScope } from '@tongxin/tenancy';

/** The 红黑榜 of a district's communities for a month, under the district's latest policy (as of `asOf` when given; pass a reader at the same asOf). */
export async function districtRanking(
  store: EventStore,
  kpis: KpiReader,
  scope: TenantScope,
  districtId: string,
  month: string,
  asOf: Date | null = null,
) {
  const registry = await store.readStream(scope, toTenantId(districtId), REGISTRY_STREAM);
  // As of T: the policy in force then (set at or before T).
  const latest = registry
    .filter((e) => e.type === 'RankingPolicySet' && (!asOf || Date.parse(e.recordedAt) <= asOf.getTime()))
    .at(-1);
  const policy = latest ? (latest.data as RankingPolicy) : DEFAULT_RANKING_POLICY;
  const { ranked, insufficientData } = rankUnits(await kpis.communityMonths(scope, districtId, month), policy);
  return { policy, ranked, insufficientData };
}

/** The month before the given Shanghai date (YYYY-MM-DD): the month a month-end job publishes. */
export function previousMonth(shanghaiDay: string): string {
  const [year, month] = shanghaiDay.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
