import type { ProposalEvent } from './deliberation.events.js';

export type ProposalStatus = 'raised' | 'deliberating' | 'adopted' | 'rejected' | 'implemented' | 'evaluated';

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus | 'none', string> = {
  none: '不存在',
  raised: '民提',
  deliberating: '民议中',
  adopted: '民决通过',
  rejected: '民决未通过',
  implemented: '已实施',
  evaluated: '已民评',
};

export interface ProposalState {
  readonly status: ProposalStatus | 'none';
  readonly meetings: number;
  readonly disclosures: number;
}

export const initialProposalState: ProposalState = { status: 'none', meetings: 0, disclosures: 0 };

export function evolveProposal(state: ProposalState, event: ProposalEvent): ProposalState {
  switch (event.type) {
    case 'ProposalRaised':
      return { status: 'raised', meetings: 0, disclosures: 0 };
    case 'ConsultationMeetingHeld':
      return {
        ...state,
        status: state.status === 'raised' ? 'deliberating' : state.status,
        meetings: state.meetings + 1,
      };
    case 'ProposalDecided':
      return { ...state, status: event.data.outcome };
    case 'ProposalImplemented':
      return { ...state, status: 'implemented' };
    case 'ProposalEvaluated':
      return { ...state, status: 'evaluated' };
    case 'DisclosurePublished':
      return { ...state, disclosures: state.disclosures + 1 };
  }
}
