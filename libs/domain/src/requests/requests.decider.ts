import type { Decider } from '../shared/decider.js';
import { raiseRequest, type RaiseRequest } from './raise-request/raise-request.js';
import { dispatchRequest, type DispatchRequest } from './dispatch-request/dispatch-request.js';
import { acceptRequest, type AcceptRequest } from './accept-request/accept-request.js';
import { resolveRequest, type ResolveRequest } from './resolve-request/resolve-request.js';
import { rateRequest, type RateRequest } from './rate-request/rate-request.js';
import { reopenRequest, type ReopenRequest } from './reopen-request/reopen-request.js';
import { escalateRequest, type EscalateRequest } from './escalate-request/escalate-request.js';
import { reportEscalation, type ReportEscalation } from './report-escalation/report-escalation.js';
import { rejectRequest, type RejectRequest } from './reject-request/reject-request.js';
import { withdrawRequest, type WithdrawRequest } from './withdraw-request/withdraw-request.js';
import { closeRequest, type CloseRequest } from './close-request/close-request.js';
import { excludeRequest, type ExcludeRequest } from './exclude-request/exclude-request.js';
import { markOverdue, type MarkOverdue } from './mark-overdue/mark-overdue.js';
import { escalateOverdue, type EscalateOverdue } from './escalate-overdue/escalate-overdue.js';
import { evolveRequest, initialRequestState, type RequestState } from './requests.state.js';
import type { RequestEvent } from './requests.events.js';

export type RequestCommand =
  | RaiseRequest
  | DispatchRequest
  | AcceptRequest
  | ResolveRequest
  | RateRequest
  | ReopenRequest
  | EscalateRequest
  | ReportEscalation
  | RejectRequest
  | WithdrawRequest
  | CloseRequest
  | ExcludeRequest
  | MarkOverdue
  | EscalateOverdue;

/** 三单制 / 接诉即办: a resident's request from 群众点单 to closure, one stream per request. */
export const requestDecider: Decider<RequestCommand, RequestState, RequestEvent> = {
  initialState: initialRequestState,
  evolve: evolveRequest,
  decide(command, state) {
    switch (command.kind) {
      case 'RaiseRequest':
        return raiseRequest(command, state);
      case 'DispatchRequest':
        return dispatchRequest(command, state);
      case 'AcceptRequest':
        return acceptRequest(command, state);
      case 'ResolveRequest':
        return resolveRequest(command, state);
      case 'RateRequest':
        return rateRequest(command, state);
      case 'ReopenRequest':
        return reopenRequest(command, state);
      case 'EscalateRequest':
        return escalateRequest(command, state);
      case 'ReportEscalation':
        return reportEscalation(command, state);
      case 'RejectRequest':
        return rejectRequest(command, state);
      case 'WithdrawRequest':
        return withdrawRequest(command, state);
      case 'CloseRequest':
        return closeRequest(command, state);
      case 'ExcludeRequest':
        return excludeRequest(command, state);
      case 'MarkOverdue':
        return markOverdue(command, state);
      case 'EscalateOverdue':
        return escalateOverdue(command, state);
    }
  },
};
