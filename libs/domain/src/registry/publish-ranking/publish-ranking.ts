import { DomainError } from '../../shared/domain-error.js';
import type { RankingPublished } from '../registry.events.js';
import { requireDistrict } from '../registry.rules.js';
import type { RegistryState } from '../registry.state.js';

/**
 * The month's 红黑榜 as published, frozen as an event: later restatements of the figures do not
 * silently change a ranking the district already announced.
 */
export interface PublishRanking {
  readonly kind: 'PublishRanking';
  readonly month: string;
  readonly ranking: RankingPublished['data']['ranking'];
}

export function publishRanking(command: PublishRanking, state: RegistryState): [RankingPublished] {
  requireDistrict(state);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(command.month))
    throw new DomainError('INVALID_MONTH', 'invalid', '月份应为 YYYY-MM', 'month must be YYYY-MM', { field: 'month' });
  if (state.publishedRankings.has(command.month)) {
    throw new DomainError(
      'RANKING_ALREADY_PUBLISHED',
      'conflict',
      `${command.month} 红黑榜已发布`,
      `The ranking of ${command.month} is already published`,
      { month: command.month },
    );
  }
  return [{ type: 'RankingPublished', data: { month: command.month, ranking: command.ranking } }];
}
