import { forbidden, isStaff, requireStatus, type ActingUser } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import { type RequestEvent } from '../requests.events.js';

export interface WithdrawRequest {
  readonly kind: 'WithdrawRequest';
  readonly reason?: string | null;
  readonly by: ActingUser;
}

export function withdrawRequest(command: WithdrawRequest, state: RequestState): RequestEvent[] {
  requireStatus(
    state,
    ['raised', 'dispatched', 'accepted', 'escalated', 'reopened'],
    'REQUEST_NOT_WITHDRAWABLE',
    '撤回',
  );
  if (!isStaff(command.by) && state.raisedBy !== command.by.userId)
    throw forbidden(
      'NOT_THE_REQUESTER',
      '只有提出诉求的居民或社区工作人员可以撤回',
      'Only the requester or staff may withdraw',
    );
  return [{ type: 'RequestWithdrawn', data: { reason: command.reason?.trim() || null } }];
}
