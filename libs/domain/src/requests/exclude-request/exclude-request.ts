import { DomainError } from '../../shared/domain-error.js';
import { requireStatus, requireText } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import { type RequestEvent } from '../requests.events.js';

export interface ExcludeRequest {
  readonly kind: 'ExcludeRequest';
  readonly reason: string;
}

/** 核减: a street office takes a request out of assessment — an explicit, reasoned event, never a silent filter. */
export function excludeRequest(command: ExcludeRequest, state: RequestState): RequestEvent[] {
  requireStatus(
    state,
    [
      'raised',
      'dispatched',
      'accepted',
      'escalated',
      'resolved',
      'rated',
      'reopened',
      'closed',
      'rejected',
      'withdrawn',
    ],
    'REQUEST_NOT_FOUND',
    '核减',
  );
  if (state.excluded)
    throw new DomainError(
      'REQUEST_ALREADY_EXCLUDED',
      'conflict',
      '该诉求已核减',
      'The request is already excluded from assessment',
      { state: state.status },
    );
  return [{ type: 'RequestExcludedFromAssessment', data: { reason: requireText(command.reason, 'reason', 4) } }];
}
