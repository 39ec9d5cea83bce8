import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { assertCalendarDate } from '../shared/calendar.js';
import { requireNew, requireState, text } from '../shared/lifecycle.js';

/** Where residents deliberate (seeds 000, 003): 半月谈, 说事议事厅, 会商室, 5+红色联盟会议. */
export const MEETING_KINDS = {
  'half-monthly-talk': '半月谈',
  'council-hall': '说事议事厅',
  'consultation-room': '会商室',
  'alliance-meeting': '5+红色联盟会议',
} as const;
export const DISCLOSURE_KINDS = { project: '项目公开', implementation: '实施公开', financial: '财务公开' } as const;

export type ProposalRaised = DomainEvent<
  'ProposalRaised',
  { readonly proposalId: string; readonly title: string; readonly description: string }
>;
export type ConsultationMeetingHeld = DomainEvent<
  'ConsultationMeetingHeld',
  { readonly kind: keyof typeof MEETING_KINDS; readonly heldOn: string; readonly attendees: number }
>;
export type ProposalDecided = DomainEvent<
  'ProposalDecided',
  {
    readonly votesFor: number;
    readonly votesAgainst: number;
    readonly abstentions: number;
    readonly outcome: 'adopted' | 'rejected';
  }
>;
export type ProposalImplemented = DomainEvent<'ProposalImplemented', { readonly note: string }>;
export type ProposalEvaluated = DomainEvent<'ProposalEvaluated', { readonly note: string }>;
export type DisclosurePublished = DomainEvent<
  'DisclosurePublished',
  {
    readonly kind: keyof typeof DISCLOSURE_KINDS;
    readonly summary: string;
    readonly amountRaisedYuan: number | null;
    readonly amountSpentYuan: number | null;
  }
>;
export type ProposalEvent =
  | ProposalRaised
  | ConsultationMeetingHeld
  | ProposalDecided
  | ProposalImplemented
  | ProposalEvaluated
  | DisclosurePublished;

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

export type ProposalCommand =
  | {
      readonly kind: 'RaiseProposal';
      readonly proposalId: string;
      readonly title: string;
      readonly description: string;
    }
  | {
      readonly kind: 'HoldMeeting';
      readonly meetingKind: keyof typeof MEETING_KINDS;
      readonly heldOn: string;
      readonly attendees: number;
    }
  | {
      readonly kind: 'DecideProposal';
      readonly votesFor: number;
      readonly votesAgainst: number;
      readonly abstentions: number;
      readonly outcome: 'adopted' | 'rejected';
    }
  | { readonly kind: 'RecordImplementation'; readonly note: string }
  | { readonly kind: 'EvaluateProposal'; readonly note: string }
  | {
      readonly kind: 'PublishDisclosure';
      readonly disclosureKind: keyof typeof DISCLOSURE_KINDS;
      readonly summary: string;
      readonly amountRaisedYuan?: number | null;
      readonly amountSpentYuan?: number | null;
    };

const need = (state: ProposalState, allowed: ProposalStatus[], code: string, what: string) =>
  requireState(state.status, allowed, code, PROPOSAL_STATUS_LABELS, what, 'PROPOSAL_NOT_FOUND');
const count = (value: number, field: string) => {
  if (!Number.isInteger(value) || value < 0)
    throw new DomainError(
      'INVALID_COUNT',
      'invalid',
      `${field} 应为非负整数`,
      `${field} must be a non-negative integer`,
      { field },
    );
  return value;
};

/**
 * 四民工作法 / 五议工作法: 民提 raised -> 民议 deliberated at meetings -> 民决 decided by vote ->
 * implemented -> 民评 evaluated; disclosures (项目 / 实施 / 财务公开) hang on the proposal, so the
 * chain proposal -> meeting -> decision -> works -> disclosure can be followed in one stream.
 */
export const proposalDecider: Decider<ProposalCommand, ProposalState, ProposalEvent> = {
  initialState: { status: 'none', meetings: 0, disclosures: 0 },
  evolve(state, event) {
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
  },
  decide(command, state) {
    switch (command.kind) {
      case 'RaiseProposal':
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
      case 'HoldMeeting':
        need(state, ['raised', 'deliberating'], 'PROPOSAL_NOT_OPEN', '议事协商');
        if (!Object.hasOwn(MEETING_KINDS, command.meetingKind))
          throw new DomainError('INVALID_MEETING_KIND', 'invalid', '议事形式无效', 'Unknown meeting kind', {
            field: 'kind',
          });
        return [
          {
            type: 'ConsultationMeetingHeld',
            data: {
              kind: command.meetingKind,
              heldOn: assertCalendarDate(command.heldOn, 'heldOn'),
              attendees: count(command.attendees, 'attendees'),
            },
          },
        ];
      case 'DecideProposal': {
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
      case 'RecordImplementation':
        need(state, ['adopted'], 'PROPOSAL_NOT_ADOPTED', '记录实施');
        return [{ type: 'ProposalImplemented', data: { note: text(command.note, 'note') } }];
      case 'EvaluateProposal':
        need(state, ['implemented'], 'PROPOSAL_NOT_IMPLEMENTED', '民评');
        return [{ type: 'ProposalEvaluated', data: { note: text(command.note, 'note') } }];
      case 'PublishDisclosure': {
        need(
          state,
          ['raised', 'deliberating', 'adopted', 'rejected', 'implemented', 'evaluated'],
          'PROPOSAL_NOT_FOUND',
          '公开',
        );
        if (!Object.hasOwn(DISCLOSURE_KINDS, command.disclosureKind))
          throw new DomainError('INVALID_DISCLOSURE_KIND', 'invalid', '公开类型无效', 'Unknown disclosure kind', {
            field: 'kind',
          });
        const raised = command.amountRaisedYuan ?? null;
        const spent = command.amountSpentYuan ?? null;
        if (command.disclosureKind === 'financial' && (raised === null || spent === null)) {
          throw new DomainError(
            'AMOUNTS_REQUIRED',
            'invalid',
            '财务公开须列明筹集与支出金额',
            'A financial disclosure needs the amounts raised and spent',
            { field: 'amountRaisedYuan' },
          );
        }
        if (raised !== null) count(raised, 'amountRaisedYuan');
        if (spent !== null) count(spent, 'amountSpentYuan');
        return [
          {
            type: 'DisclosurePublished',
            data: {
              kind: command.disclosureKind,
              summary: text(command.summary, 'summary'),
              amountRaisedYuan: raised,
              amountSpentYuan: spent,
            },
          },
        ];
      }
    }
  },
};

export const proposalStream = (id: string): string => `proposal-${id}`;
