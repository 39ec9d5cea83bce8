import type { Decider } from '../shared/decider.js';
import { decideProposal, type DecideProposal } from './decide-proposal/decide-proposal.js';
import type { ProposalEvent } from './deliberation.events.js';
import { evolveProposal, initialProposalState, type ProposalState } from './deliberation.state.js';
import { evaluateProposal, type EvaluateProposal } from './evaluate-proposal/evaluate-proposal.js';
import { holdMeeting, type HoldMeeting } from './hold-meeting/hold-meeting.js';
import { publishDisclosure, type PublishDisclosure } from './publish-disclosure/publish-disclosure.js';
import { raiseProposal, type RaiseProposal } from './raise-proposal/raise-proposal.js';
import { recordImplementation, type RecordImplementation } from './record-implementation/record-implementation.js';

export type ProposalCommand =
  RaiseProposal | HoldMeeting | DecideProposal | RecordImplementation | EvaluateProposal | PublishDisclosure;

/**
 * 四民工作法 / 五议工作法: 民提 raised -> 民议 deliberated at meetings -> 民决 decided by vote ->
 * implemented -> 民评 evaluated; disclosures (项目 / 实施 / 财务公开) hang on the proposal, so the
 * chain proposal -> meeting -> decision -> works -> disclosure can be followed in one stream.
 */
export const proposalDecider: Decider<ProposalCommand, ProposalState, ProposalEvent> = {
  initialState: initialProposalState,
  evolve: evolveProposal,
  decide(command, state) {
    switch (command.kind) {
      case 'RaiseProposal':
        return raiseProposal(command, state);
      case 'HoldMeeting':
        return holdMeeting(command, state);
      case 'DecideProposal':
        return decideProposal(command, state);
      case 'RecordImplementation':
        return recordImplementation(command, state);
      case 'EvaluateProposal':
        return evaluateProposal(command, state);
      case 'PublishDisclosure':
        return publishDisclosure(command, state);
    }
  },
};
