import type { Decider } from '../shared/decider.js';
import type { DisputeEvent } from './disputes.events.js';
import { type DisputeState, evolveDispute, initialDisputeState } from './disputes.state.js';
import { holdMediation, type HoldMediation } from './hold-mediation/hold-mediation.js';
import { recordMediated, type RecordMediated } from './record-mediated/record-mediated.js';
import {
  recordMediationFailed,
  type RecordMediationFailed,
} from './record-mediation-failed/record-mediation-failed.js';
import { referDispute, type ReferDispute } from './refer-dispute/refer-dispute.js';
import { registerDispute, type RegisterDispute } from './register-dispute/register-dispute.js';

export type DisputeCommand = RegisterDispute | HoldMediation | RecordMediated | RecordMediationFailed | ReferDispute;

/** 矛盾纠纷: registered -> mediation sessions -> mediated, or failed and possibly referred on. */
export const disputeDecider: Decider<DisputeCommand, DisputeState, DisputeEvent> = {
  initialState: initialDisputeState,
  evolve: evolveDispute,
  decide(command, state) {
    switch (command.kind) {
      case 'RegisterDispute':
        return registerDispute(command, state);
      case 'HoldMediation':
        return holdMediation(command, state);
      case 'RecordMediated':
        return recordMediated(command, state);
      case 'RecordMediationFailed':
        return recordMediationFailed(command, state);
      case 'ReferDispute':
        return referDispute(command, state);
    }
  },
};
