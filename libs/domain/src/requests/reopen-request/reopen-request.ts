import { DomainError } from '../../shared/domain-error.js';
import { requireStatus, requireText } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import { type RequestEvent } from '../requests.events.js';

export interface ReopenRequest {
  readonly kind: 'ReopenRequest';
  readonly reason: string;
}

export function reopenRequest(command: ReopenRequest, state: RequestState): RequestEvent[] {
  requireStatus(state, ['rated'], 'REQUEST_NOT_REOPENABLE', '重新打开');
  if (state.lastRating !== 'unsatisfied') {
    throw new DomainError(
      'REQUEST_NOT_REOPENABLE',
      'conflict',
      '只有「不满意」的评价可以重新打开诉求',
      'Only an unsatisfied rating may reopen a request',
      { state: state.status, lastRating: state.lastRating },
    );
  }
  return [{ type: 'RequestReopened', data: { reason: requireText(command.reason, 'reason') } }];
}
