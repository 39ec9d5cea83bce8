import type { Decider } from '../shared/decider.js';
import * as decide from './request.decide.js';
import { evolveRequest, initialRequestState, type RequestState } from './request.state.js';
import type { RequestEvent } from './requests.events.js';

export type RequestCommand =
  | decide.RaiseRequest
  | decide.DispatchRequest
  | decide.AcceptRequest
  | decide.ResolveRequest
  | decide.RateRequest
  | decide.ReopenRequest
  | decide.EscalateRequest
  | decide.ReportEscalation
  | decide.RejectRequest
  | decide.WithdrawRequest
  | decide.CloseRequest
  | decide.ExcludeRequest
  | decide.MarkOverdue
  | decide.EscalateOverdue;

/** 三单制 / 接诉即办: a resident's request from 群众点单 to closure, one stream per request. */
export const requestDecider: Decider<RequestCommand, RequestState, RequestEvent> = {
  initialState: initialRequestState,
  evolve: evolveRequest,
  decide(command, state) {
    switch (command.kind) {
      case 'RaiseRequest':
        return decide.raiseRequest(command, state);
      case 'DispatchRequest':
        return decide.dispatchRequest(command, state);
      case 'AcceptRequest':
        return decide.acceptRequest(command, state);
      case 'ResolveRequest':
        return decide.resolveRequest(command, state);
      case 'RateRequest':
        return decide.rateRequest(command, state);
      case 'ReopenRequest':
        return decide.reopenRequest(command, state);
      case 'EscalateRequest':
        return decide.escalateRequest(command, state);
      case 'ReportEscalation':
        return decide.reportEscalation(command, state);
      case 'RejectRequest':
        return decide.rejectRequest(command, state);
      case 'WithdrawRequest':
        return decide.withdrawRequest(command, state);
      case 'CloseRequest':
        return decide.closeRequest(command, state);
      case 'ExcludeRequest':
        return decide.excludeRequest(command, state);
      case 'MarkOverdue':
        return decide.markOverdue(command, state);
      case 'EscalateOverdue':
        return decide.escalateOverdue(command, state);
    }
  },
};
