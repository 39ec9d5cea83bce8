import { requireStatus, requireText, requireAssigneeOrStaff, type ActingUser } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import { type RequestEvent } from '../requests.events.js';

export interface ResolveRequest {
  readonly kind: 'ResolveRequest';
  readonly note: string;
  readonly by: ActingUser;
}

export function resolveRequest(command: ResolveRequest, state: RequestState): RequestEvent[] {
  requireStatus(state, ['accepted'], 'REQUEST_NOT_ACCEPTED', '办结');
  requireAssigneeOrStaff(state, command.by);
  return [{ type: 'RequestResolved', data: { note: requireText(command.note, 'note') } }];
}
