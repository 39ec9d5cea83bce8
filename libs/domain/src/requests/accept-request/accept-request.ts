import { requireStatus, requireAssigneeOrStaff, type ActingUser } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import { type RequestEvent } from '../requests.events.js';

export interface AcceptRequest {
  readonly kind: 'AcceptRequest';
  readonly by: ActingUser;
}

export function acceptRequest(command: AcceptRequest, state: RequestState): RequestEvent[] {
  requireStatus(state, ['dispatched'], 'REQUEST_NOT_DISPATCHED', '接单');
  requireAssigneeOrStaff(state, command.by);
  return [{ type: 'RequestAccepted', data: { acceptedBy: command.by.userId } }];
}
