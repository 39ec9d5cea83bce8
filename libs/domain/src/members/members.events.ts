import type { DomainEvent } from '../shared/decider.js';

/** Management modes of party members (seed 002): 居民党员 直接管, 在职党员 双重管, 流动党员 跟进管. */
export const MEMBER_MODES = { resident: '居民党员', 'in-service': '在职党员', mobile: '流动党员' } as const;

export type MemberMode = keyof typeof MEMBER_MODES;

export type PartyMemberRegistered = DomainEvent<
  'PartyMemberRegistered',
  { readonly memberId: string; readonly namePii: string; readonly mode: MemberMode }
>;

export type PartyMemberReportedIn = DomainEvent<
  'PartyMemberReportedIn',
  { readonly compoundId: string | null; readonly mode: MemberMode }
>;

export type CommitmentMade = DomainEvent<'CommitmentMade', { readonly commitmentId: string; readonly text: string }>;

export type CommitmentFulfilled = DomainEvent<
  'CommitmentFulfilled',
  { readonly commitmentId: string; readonly note: string }
>;

export type VolunteerServiceLogged = DomainEvent<
  'VolunteerServiceLogged',
  { readonly hours: number; readonly description: string }
>;

/** 志愿服务岗位认领: a member claims a volunteer post (e.g. 楼栋卫生监督岗) in a compound, and may release it later. */
export type VolunteerPostClaimed = DomainEvent<
  'VolunteerPostClaimed',
  { readonly postId: string; readonly postName: string; readonly compoundId: string | null }
>;

export type VolunteerPostReleased = DomainEvent<
  'VolunteerPostReleased',
  { readonly postId: string; readonly reason: string }
>;

/** 结对帮扶: a member pairs with a family in difficulty; the family is personal data. */
export type FamilyPairingStarted = DomainEvent<
  'FamilyPairingStarted',
  {
    readonly pairingId: string;
    readonly familyPii: string;
    readonly circumstancesPii: string;
    readonly compoundId: string | null;
  }
>;

export type FamilyPairingEnded = DomainEvent<
  'FamilyPairingEnded',
  { readonly pairingId: string; readonly outcome: string }
>;

export type MemberEvent =
  | PartyMemberRegistered
  | PartyMemberReportedIn
  | CommitmentMade
  | CommitmentFulfilled
  | VolunteerServiceLogged
  | VolunteerPostClaimed
  | VolunteerPostReleased
  | FamilyPairingStarted
  | FamilyPairingEnded;

export const memberStream = (id: string): string => `member-${id}`;
