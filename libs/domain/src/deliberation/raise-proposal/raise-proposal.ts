import { requireNew, text } from '../../shared/lifecycle.js';
import type { ProposalEvent } from '../deliberation.events.js';
import type { ProposalState } from '../deliberation.state.js';

export interface RaiseProposal {
  readonly kind: 'RaiseProposal';
  readonly proposalId: string;
  readonly title: string;
  readonly description: string;
}

export function raiseProposal(command: RaiseProposal, state: ProposalState): ProposalEvent[] {
  requireNew(state.status, 'PROPOSAL_ALREADY_RAISED');
  return [
    {
      type: 'ProposalRaised',
      data: {
        proposalId: command.proposalId,
        title: text(command.title, 'title', 2, 100),
        description: text(command.description, 'description', 2, 2000),
      },
    },
  ];
}
