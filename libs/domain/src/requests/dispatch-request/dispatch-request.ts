import { DomainError } from '../../shared/domain-error.js';
import { requireStatus } from '../request.rules.js';
import type { RequestState } from '../request.state.js';
import { ASSIGNEE_KINDS, type Assignee, type RequestEvent } from '../requests.events.js';

export interface DispatchRequest {
  readonly kind: 'DispatchRequest';
  readonly assignee: Assignee;
  readonly respondBy: string;
  readonly resolveBy: string;
  /** When the dispatch happens (the event's occurredAt): deadlines must lie after it. */
  readonly at: string;
}

export function dispatchRequest(command: DispatchRequest, state: RequestState): RequestEvent[] {
  requireStatus(state, ['raised', 'dispatched', 'reopened'], 'REQUEST_NOT_DISPATCHABLE', '派单');
  if (!ASSIGNEE_KINDS.includes(command.assignee.kind)) throw new DomainError('INVALID_ASSIGNEE', 'invalid', '承办方类型无效', 'Unknown assignee kind', { field: 'assignee.kind' });
  const at = Date.parse(command.at);
  const respondBy = Date.parse(command.respondBy);
  const resolveBy = Date.parse(command.resolveBy);
  if (!(respondBy > at) || !(resolveBy >= respondBy)) {
    throw new DomainError('INVALID_DEADLINES', 'invalid', '响应时限须晚于派单时间，办结时限不得早于响应时限', 'respondBy must be after the dispatch and resolveBy not before respondBy', { field: 'respondBy' });
  }
  return [{ type: 'RequestDispatched', data: { assignee: command.assignee, respondBy: new Date(respondBy).toISOString(), resolveBy: new Date(resolveBy).toISOString() } }];
}
