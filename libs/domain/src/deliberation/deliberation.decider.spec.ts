import { given } from '../shared/given.js';
import { proposalDecider, type ProposalEvent } from './index.js';

const raised: ProposalEvent = {
  type: 'ProposalRaised',
  data: { proposalId: 'p1', title: '加装电梯', description: '老旧小区 22 部电梯改造' },
};
const meeting: ProposalEvent = {
  type: 'ConsultationMeetingHeld',
  data: { kind: 'alliance-meeting', heldOn: '2021-03-01', attendees: 48 },
};
const adopted: ProposalEvent = {
  type: 'ProposalDecided',
  data: { votesFor: 40, votesAgainst: 5, abstentions: 3, outcome: 'adopted' },
};
const proposal = (history: ProposalEvent[]) => given(proposalDecider, history);

describe('deliberation (四民 / 五议)', () => {
  it('decides only after a consultation meeting, with an outcome the votes support', () => {
    proposal([raised])
      .when({ kind: 'DecideProposal', votesFor: 40, votesAgainst: 5, abstentions: 3, outcome: 'adopted' })
      .thenThrows('PROPOSAL_NOT_DELIBERATED', { state: 'raised' });
    proposal([raised, meeting])
      .when({ kind: 'DecideProposal', votesFor: 40, votesAgainst: 5, abstentions: 3, outcome: 'adopted' })
      .then([adopted]);
    proposal([raised, meeting])
      .when({ kind: 'DecideProposal', votesFor: 4, votesAgainst: 5, abstentions: 3, outcome: 'adopted' })
      .thenThrows('OUTCOME_CONTRADICTS_VOTES');
  });

  it('implements only an adopted proposal, then evaluates it (民评)', () => {
    const rejected: ProposalEvent = {
      type: 'ProposalDecided',
      data: { votesFor: 1, votesAgainst: 9, abstentions: 0, outcome: 'rejected' },
    };
    proposal([raised, meeting, rejected])
      .when({ kind: 'RecordImplementation', note: '已施工' })
      .thenThrows('PROPOSAL_NOT_ADOPTED', { state: 'rejected' });
    proposal([raised, meeting, adopted])
      .when({ kind: 'RecordImplementation', note: '22 部电梯已投入使用' })
      .then([{ type: 'ProposalImplemented', data: { note: '22 部电梯已投入使用' } }]);
    proposal([raised, meeting, adopted])
      .when({ kind: 'EvaluateProposal', note: '居民满意' })
      .thenThrows('PROPOSAL_NOT_IMPLEMENTED');
  });

  it('publishes disclosures on the proposal; a financial one needs both amounts', () => {
    proposal([raised, meeting, adopted])
      .when({
        kind: 'PublishDisclosure',
        disclosureKind: 'financial',
        summary: '电梯改造资金',
        amountRaisedYuan: 5_000_000,
        amountSpentYuan: 4_860_000,
      })
      .then([
        {
          type: 'DisclosurePublished',
          data: { kind: 'financial', summary: '电梯改造资金', amountRaisedYuan: 5_000_000, amountSpentYuan: 4_860_000 },
        },
      ]);
    proposal([raised])
      .when({ kind: 'PublishDisclosure', disclosureKind: 'financial', summary: '资金', amountRaisedYuan: 100 })
      .thenThrows('AMOUNTS_REQUIRED');
    proposal([])
      .when({ kind: 'PublishDisclosure', disclosureKind: 'project', summary: '项目公开' })
      .thenThrows('PROPOSAL_NOT_FOUND');
  });
});
