import type { DomainEvent } from '../shared/decider.js';

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

export const proposalStream = (id: string): string => `proposal-${id}`;
