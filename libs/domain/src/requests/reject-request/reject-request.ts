import { DomainError } from '../../shared/domain-error.js';
import { requireStatus, requireText } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import { type RequestEvent } from '../requests.events.js';

export interface RejectRequest {
  readonly kind: 'RejectRequest';
  readonly reason: 'invalid' | 'duplicate';
  readonly duplicateOf?: string | null;
  readonly note: string;
}

export function rejectRequest(command: RejectRequest, state: RequestState): RequestEvent[] {
  requireStatus(state, ['raised', 'dispatched'], 'REQUEST_NOT_REJECTABLE', '驳回');
  if (command.reason === 'duplicate' && !command.duplicateOf) {
    throw new DomainError(
      'DUPLICATE_OF_REQUIRED',
      'invalid',
      '重复诉求须注明原诉求编号',
      'A duplicate must name the request it duplicates',
      { field: 'duplicateOf' },
    );
  }
  if (command.duplicateOf && command.duplicateOf === state.requestId) {
    throw new DomainError('DUPLICATE_OF_ITSELF', 'invalid', '诉求不能与自身重复', 'A request cannot duplicate itself', {
      field: 'duplicateOf',
    });
  }
  return [
    {
      type: 'RequestRejected',
      data: {
        reason: command.reason,
        duplicateOf: command.duplicateOf ?? null,
        note: requireText(command.note, 'note'),
      },
    },
  ];
}
