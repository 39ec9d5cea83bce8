import { requireStatus, requireText } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import { type RequestEvent } from '../requests.events.js';

export interface EscalateRequest {
  readonly kind: 'EscalateRequest';
  readonly departmentId: string;
  readonly reason: string;
}

/** 网格吹哨、部门报到: the request leaves the community for a functional department. */
export function escalateRequest(command: EscalateRequest, state: RequestState): RequestEvent[] {
  requireStatus(state, ['raised', 'dispatched', 'accepted', 'reopened'], 'REQUEST_NOT_ESCALATABLE', '吹哨上报');
  return [
    {
      type: 'RequestEscalated',
      data: {
        departmentId: requireText(command.departmentId, 'departmentId', 2, 64),
        reason: requireText(command.reason, 'reason'),
      },
    },
  ];
}
