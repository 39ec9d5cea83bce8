import { text } from '../../shared/lifecycle.js';
import type { DisputeEvent } from '../disputes.events.js';
import { need } from '../disputes.rules.js';
import type { DisputeState } from '../disputes.state.js';

export interface RecordMediationFailed {
  readonly kind: 'RecordMediationFailed';
  readonly reason: string;
}

export function recordMediationFailed(command: RecordMediationFailed, state: DisputeState): DisputeEvent[] {
  need(state, ['in-mediation'], 'DISPUTE_NOT_IN_MEDIATION', '记录调解未成');
  return [{ type: 'DisputeMediationFailed', data: { reason: text(command.reason, 'reason') } }];
}
