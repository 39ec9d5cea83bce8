import { text } from '../../shared/lifecycle.js';
import type { ProposalEvent } from '../deliberation.events.js';
import { need } from '../deliberation.rules.js';
import type { ProposalState } from '../deliberation.state.js';

export interface RecordImplementation {
  readonly kind: 'RecordImplementation';
  readonly note: string;
}

export function recordImplementation(command: RecordImplementation, state: ProposalState): ProposalEvent[] {
  need(state, ['adopted'], 'PROPOSAL_NOT_ADOPTED', '记录实施');
  return [{ type: 'ProposalImplemented', data: { note: text(command.note, 'note') } }];
}
