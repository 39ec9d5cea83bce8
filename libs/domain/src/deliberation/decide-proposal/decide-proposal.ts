import { DomainError } from '../../shared/domain-error.js';
import type { ProposalEvent } from '../deliberation.events.js';
import { count, need } from '../deliberation.rules.js';
import type { ProposalState } from '../deliberation.state.js';

export interface DecideProposal {
  readonly kind: 'DecideProposal';
  readonly votesFor: number;
  readonly votesAgainst: number;
  readonly abstentions: number;
  readonly outcome: 'adopted' | 'rejected';
}

export function decideProposal(command: DecideProposal, state: ProposalState): ProposalEvent[] {
  need(state, ['deliberating'], 'PROPOSAL_NOT_DELIBERATED', '表决（须先议事协商）');
  const votesFor = count(command.votesFor, 'votesFor');
  const votesAgainst = count(command.votesAgainst, 'votesAgainst');
  // A proposal is adopted by more votes for than against; the recorded outcome must agree.
  if ((command.outcome === 'adopted') !== votesFor > votesAgainst) {
    throw new DomainError(
      'OUTCOME_CONTRADICTS_VOTES',
      'invalid',
      '表决结果与票数不符',
      'The outcome contradicts the vote counts',
      { field: 'outcome' },
    );
  }
  return [
    {
      type: 'ProposalDecided',
      data: {
        votesFor,
        votesAgainst,
        abstentions: count(command.abstentions, 'abstentions'),
        outcome: command.outcome,
      },
    },
  ];
}
