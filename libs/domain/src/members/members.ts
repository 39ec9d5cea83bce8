import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { requireNew, text } from '../shared/lifecycle.js';

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

export interface MemberState {
  readonly registered: boolean;
  readonly reportedIn: boolean;
  readonly openCommitments: ReadonlySet<string>;
  readonly fulfilledCommitments: ReadonlySet<string>;
  /** Volunteer posts held now: post id -> post name and compound. */
  readonly posts: Readonly<Record<string, { readonly postName: string; readonly compoundId: string | null }>>;
  /** Pairings with families in difficulty by id: active or ended (the family itself stays in the timeline only). */
  readonly pairings: Readonly<Record<string, 'active' | 'ended'>>;
}

export type MemberCommand =
  | {
      readonly kind: 'RegisterPartyMember';
      readonly memberId: string;
      readonly name: string;
      readonly mode: MemberMode;
    }
  | { readonly kind: 'ReportIn'; readonly compoundId?: string | null; readonly mode: MemberMode }
  | { readonly kind: 'MakeCommitment'; readonly commitmentId: string; readonly text: string }
  | { readonly kind: 'FulfilCommitment'; readonly commitmentId: string; readonly note: string }
  | { readonly kind: 'LogVolunteerService'; readonly hours: number; readonly description: string }
  | {
      readonly kind: 'ClaimVolunteerPost';
      readonly postId: string;
      readonly postName: string;
      readonly compoundId?: string | null;
    }
  | { readonly kind: 'ReleaseVolunteerPost'; readonly postId: string; readonly reason: string }
  | {
      readonly kind: 'StartFamilyPairing';
      readonly pairingId: string;
      readonly family: string;
      readonly circumstances: string;
      readonly compoundId?: string | null;
    }
  | { readonly kind: 'EndFamilyPairing'; readonly pairingId: string; readonly outcome: string };

const requireMember = (state: MemberState) => {
  if (!state.registered) throw new DomainError('MEMBER_NOT_FOUND', 'not-found', '党员不存在', 'No such party member');
};
const requireMode = (mode: string) => {
  if (!Object.hasOwn(MEMBER_MODES, mode))
    throw new DomainError(
      'INVALID_MODE',
      'invalid',
      '管理方式应为居民党员、在职党员或流动党员',
      'mode must be resident, in-service or mobile',
      { field: 'mode' },
    );
};

const POST_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * A party member: registered, reports in (报到) to a compound, makes and fulfils public
 * commitments (双诺三评), logs volunteer service, claims and releases volunteer posts
 * (志愿服务岗位), and pairs with families in difficulty (结对帮扶).
 */
export const memberDecider: Decider<MemberCommand, MemberState, MemberEvent> = {
  initialState: {
    registered: false,
    reportedIn: false,
    openCommitments: new Set(),
    fulfilledCommitments: new Set(),
    posts: {},
    pairings: {},
  },
  evolve(state, event) {
    switch (event.type) {
      case 'PartyMemberRegistered':
        return { ...state, registered: true };
      case 'PartyMemberReportedIn':
        return { ...state, reportedIn: true };
      case 'CommitmentMade':
        return { ...state, openCommitments: new Set(state.openCommitments).add(event.data.commitmentId) };
      case 'CommitmentFulfilled': {
        const open = new Set(state.openCommitments);
        open.delete(event.data.commitmentId);
        return {
          ...state,
          openCommitments: open,
          fulfilledCommitments: new Set(state.fulfilledCommitments).add(event.data.commitmentId),
        };
      }
      case 'VolunteerServiceLogged':
        return state;
      case 'VolunteerPostClaimed':
        return {
          ...state,
          posts: {
            ...state.posts,
            [event.data.postId]: { postName: event.data.postName, compoundId: event.data.compoundId },
          },
        };
      case 'VolunteerPostReleased': {
        const { [event.data.postId]: _released, ...posts } = state.posts;
        return { ...state, posts };
      }
      case 'FamilyPairingStarted':
        return { ...state, pairings: { ...state.pairings, [event.data.pairingId]: 'active' } };
      case 'FamilyPairingEnded':
        return { ...state, pairings: { ...state.pairings, [event.data.pairingId]: 'ended' } };
    }
  },
  decide(command, state) {
    switch (command.kind) {
      case 'RegisterPartyMember':
        requireNew(state.registered ? 'registered' : 'none', 'MEMBER_ALREADY_REGISTERED');
        requireMode(command.mode);
        return [
          {
            type: 'PartyMemberRegistered',
            data: { memberId: command.memberId, namePii: text(command.name, 'name', 1, 50), mode: command.mode },
          },
        ];
      case 'ReportIn':
        requireMember(state);
        requireMode(command.mode);
        return [
          { type: 'PartyMemberReportedIn', data: { compoundId: command.compoundId ?? null, mode: command.mode } },
        ];
      case 'MakeCommitment':
        requireMember(state);
        if (state.openCommitments.has(command.commitmentId) || state.fulfilledCommitments.has(command.commitmentId)) {
          throw new DomainError('COMMITMENT_EXISTS', 'conflict', '该承诺已存在', 'The commitment already exists');
        }
        return [
          { type: 'CommitmentMade', data: { commitmentId: command.commitmentId, text: text(command.text, 'text') } },
        ];
      case 'FulfilCommitment':
        requireMember(state);
        if (!state.openCommitments.has(command.commitmentId)) {
          throw new DomainError(
            'COMMITMENT_NOT_OPEN',
            'conflict',
            '没有待兑现的该项承诺',
            'No open commitment with that id',
            { state: state.fulfilledCommitments.has(command.commitmentId) ? 'fulfilled' : 'none' },
          );
        }
        return [
          {
            type: 'CommitmentFulfilled',
            data: { commitmentId: command.commitmentId, note: text(command.note, 'note') },
          },
        ];
      case 'LogVolunteerService':
        requireMember(state);
        if (!(command.hours > 0 && command.hours <= 24))
          throw new DomainError(
            'INVALID_HOURS',
            'invalid',
            '服务时长应在 0–24 小时之间',
            'hours must be between 0 and 24',
            { field: 'hours' },
          );
        return [
          {
            type: 'VolunteerServiceLogged',
            data: { hours: command.hours, description: text(command.description, 'description') },
          },
        ];
      case 'ClaimVolunteerPost':
        requireMember(state);
        if (!POST_ID.test(command.postId))
          throw new DomainError(
            'INVALID_POST_ID',
            'invalid',
            'postId 应为小写字母数字编号',
            'postId must be a lowercase code',
            { field: 'postId' },
          );
        if (Object.hasOwn(state.posts, command.postId))
          throw new DomainError(
            'POST_ALREADY_CLAIMED',
            'conflict',
            '该党员已认领此岗位',
            'The member already holds this post',
            { state: 'claimed' },
          );
        return [
          {
            type: 'VolunteerPostClaimed',
            data: {
              postId: command.postId,
              postName: text(command.postName, 'postName', 2, 50),
              compoundId: command.compoundId ?? null,
            },
          },
        ];
      case 'ReleaseVolunteerPost':
        requireMember(state);
        if (!Object.hasOwn(state.posts, command.postId))
          throw new DomainError(
            'POST_NOT_CLAIMED',
            'conflict',
            '该党员未认领此岗位',
            'The member does not hold this post',
            { state: 'not-claimed' },
          );
        return [
          { type: 'VolunteerPostReleased', data: { postId: command.postId, reason: text(command.reason, 'reason') } },
        ];
      case 'StartFamilyPairing':
        requireMember(state);
        if (Object.hasOwn(state.pairings, command.pairingId))
          throw new DomainError('PAIRING_EXISTS', 'conflict', '该结对帮扶已登记', 'The pairing already exists', {
            state: state.pairings[command.pairingId],
          });
        return [
          {
            type: 'FamilyPairingStarted',
            data: {
              pairingId: command.pairingId,
              familyPii: text(command.family, 'family', 1, 100),
              circumstancesPii: text(command.circumstances, 'circumstances'),
              compoundId: command.compoundId ?? null,
            },
          },
        ];
      case 'EndFamilyPairing':
        requireMember(state);
        if (state.pairings[command.pairingId] !== 'active') {
          throw new DomainError(
            'PAIRING_NOT_ACTIVE',
            'conflict',
            `没有进行中的该项结对帮扶（当前：${state.pairings[command.pairingId] === 'ended' ? '已结束' : '不存在'}）`,
            'No active pairing with that id',
            {
              state: state.pairings[command.pairingId] ?? 'none',
            },
          );
        }
        return [
          {
            type: 'FamilyPairingEnded',
            data: { pairingId: command.pairingId, outcome: text(command.outcome, 'outcome') },
          },
        ];
    }
  },
};

export const memberStream = (id: string): string => `member-${id}`;
