import type { Assignee, Rating, RequestEvent } from './requests.events.js';

export type RequestStatus =
  | 'none'
  | 'raised'
  | 'dispatched'
  | 'accepted'
  | 'escalated'
  | 'resolved'
  | 'rated'
  | 'reopened'
  | 'closed'
  | 'rejected'
  | 'withdrawn';

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  none: '不存在',
  raised: '群众点单',
  dispatched: '社区下单',
  accepted: '党员接单',
  escalated: '吹哨报到中',
  resolved: '已办结',
  rated: '已评价',
  reopened: '已重新打开',
  closed: '已关闭',
  rejected: '已驳回',
  withdrawn: '已撤回',
};

export interface RequestState {
  readonly status: RequestStatus;
  readonly requestId: string | null;
  readonly raisedBy: string | null;
  readonly assignee: Assignee | null;
  readonly escalatedTo: string | null;
  readonly lastRating: Rating | null;
  readonly excluded: boolean;
  /** Deadlines of the dispatch in force. */
  readonly dispatch: { readonly respondBy: string; readonly resolveBy: string } | null;
}

export const initialRequestState: RequestState = {
  status: 'none',
  requestId: null,
  raisedBy: null,
  assignee: null,
  escalatedTo: null,
  lastRating: null,
  excluded: false,
  dispatch: null,
};

export function evolveRequest(state: RequestState, event: RequestEvent): RequestState {
  switch (event.type) {
    case 'RequestRaised':
      return { ...state, status: 'raised', requestId: event.data.requestId, raisedBy: event.data.raisedBy };
    case 'RequestDispatched':
      return {
        ...state,
        status: 'dispatched',
        assignee: event.data.assignee,
        escalatedTo: null,
        dispatch: { respondBy: event.data.respondBy, resolveBy: event.data.resolveBy },
      };
    case 'RequestAccepted':
      return { ...state, status: 'accepted' };
    case 'RequestResolved':
      return { ...state, status: 'resolved' };
    case 'RequestRated':
      return { ...state, status: 'rated', lastRating: event.data.rating };
    case 'RequestReopened':
      return { ...state, status: 'reopened' };
    case 'RequestEscalated':
      return { ...state, status: 'escalated', escalatedTo: event.data.departmentId };
    case 'RequestEscalationReported':
      return { ...state, status: event.data.outcome === 'resolved' ? 'resolved' : 'accepted', escalatedTo: null };
    case 'RequestRejected':
      return { ...state, status: 'rejected' };
    case 'RequestWithdrawn':
      return { ...state, status: 'withdrawn' };
    case 'RequestClosed':
      return { ...state, status: 'closed' };
    case 'RequestExcludedFromAssessment':
      return { ...state, excluded: true };
    case 'RequestResponseOverdue':
    case 'RequestOverdue':
      return state;
  }
}
