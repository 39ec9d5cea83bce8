import { text } from '../../shared/lifecycle.js';
import type { ProposalEvent } from '../deliberation.events.js';
import { need } from '../deliberation.rules.js';
import type { ProposalState } from '../deliberation.state.js';

export interface EvaluateProposal {
  readonly kind: 'EvaluateProposal';
  readonly note: string;
}

export function evaluateProposal(command: EvaluateProposal, state: ProposalState): ProposalEvent[] {
  need(state, ['implemented'], 'PROPOSAL_NOT_IMPLEMENTED', '民评');
  return [{ type: 'ProposalEvaluated', data: { note: text(command.note, 'note') } }];
}
