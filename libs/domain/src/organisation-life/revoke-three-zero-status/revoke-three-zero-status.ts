import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { ThreeZeroEvent } from '../organisation-life.events.js';
import { THREE_ZERO_STATUS_LABELS, type ThreeZeroState } from '../organisation-life.state.js';

export interface RevokeThreeZeroStatus {
  readonly kind: 'RevokeThreeZeroStatus';
  readonly reason: string;
}

export function revokeThreeZeroStatus(command: RevokeThreeZeroStatus, state: ThreeZeroState): ThreeZeroEvent[] {
  if (state.status !== 'granted') {
    throw new DomainError(
      'THREE_ZERO_NOT_GRANTED',
      'conflict',
      `当前状态为「${THREE_ZERO_STATUS_LABELS[state.status]}」，不能撤销`,
      `Cannot revoke: the status is ${state.status}`,
      { state: state.status },
    );
  }
  return [{ type: 'ThreeZeroStatusRevoked', data: { reason: text(command.reason, 'reason') } }];
}
