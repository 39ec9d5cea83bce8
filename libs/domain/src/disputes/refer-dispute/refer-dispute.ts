import { text } from '../../shared/lifecycle.js';
import { type DisputeEvent, REFERRAL_TARGETS } from '../disputes.events.js';
import { need } from '../disputes.rules.js';
import type { DisputeState, DisputeStatus } from '../disputes.state.js';

const OPEN: DisputeStatus[] = ['registered', 'in-mediation', 'failed'];

export interface ReferDispute {
  readonly kind: 'ReferDispute';
  readonly to: (typeof REFERRAL_TARGETS)[number];
  readonly note: string;
}

export function referDispute(command: ReferDispute, state: DisputeState): DisputeEvent[] {
  need(state, OPEN, 'DISPUTE_CLOSED', '移交');
  return [{ type: 'DisputeReferred', data: { to: command.to, note: text(command.note, 'note') } }];
}
