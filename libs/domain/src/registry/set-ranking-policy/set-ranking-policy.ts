import { DomainError } from '../../shared/domain-error.js';
import type { RankingPolicySet } from '../registry.events.js';
import { requireDistrict } from '../registry.rules.js';
import type { RegistryState } from '../registry.state.js';

/** The district's 红黑榜 policy: weights of response, resolution and satisfaction rates, and the minimum sample. */
export interface SetRankingPolicy {
  readonly kind: 'SetRankingPolicy';
  readonly responseWeight: number;
  readonly resolutionWeight: number;
  readonly satisfactionWeight: number;
  readonly minimumRequests: number;
}

export function setRankingPolicy(command: SetRankingPolicy, state: RegistryState): [RankingPolicySet] {
  requireDistrict(state);
  const weights = [command.responseWeight, command.resolutionWeight, command.satisfactionWeight];
  if (weights.some((w) => !Number.isInteger(w) || w < 0) || weights.reduce((a, b) => a + b, 0) !== 100) {
    throw new DomainError(
      'INVALID_WEIGHTS',
      'invalid',
      '三项权重须为非负整数且合计为 100',
      'The three weights must be non-negative integers summing to 100',
      { field: 'responseWeight' },
    );
  }
  if (!Number.isInteger(command.minimumRequests) || command.minimumRequests < 1) {
    throw new DomainError(
      'INVALID_MINIMUM',
      'invalid',
      '最少诉求数须为正整数',
      'minimumRequests must be a positive integer',
      { field: 'minimumRequests' },
    );
  }
  const { kind: _kind, ...policy } = command;
  return [{ type: 'RankingPolicySet', data: policy }];
}
