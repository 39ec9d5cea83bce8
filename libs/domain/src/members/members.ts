import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { requireNew, text } from '../shared/lifecycle.js';

/** Management modes of party members (seed 002): 居民党员 直接管, 在职党员 双重管, 流动党员 跟进管. */
export const MEMBER_MODES = { resident: '居民党员', 'in-service': '在职党员', mobile: '流动党员' } as const;
export type MemberMode = keyof typeof MEMBER_MODES;

export type PartyMemberRegistered = DomainEvent<'PartyMemberRegistered', { readonly memberId: string; readonly namePii: string; readonly mode: MemberMode }>;
export type PartyMemberReportedIn = DomainEvent<'PartyMemberReportedIn', { readonly compoundId: string | null; readonly mode: MemberMode }>;
export type CommitmentMade = DomainEvent<'CommitmentMade', { readonly commitmentId: string; readonly text: string }>;
export type CommitmentFulfilled = DomainEvent<'CommitmentFulfilled', { readonly commitmentId: string; readonly note: string }>;
export type VolunteerServiceLogged = DomainEvent<'VolunteerServiceLogged', { readonly hours: number; readonly description: string }>;
export type MemberEvent = PartyMemberRegistered | PartyMemberReportedIn | CommitmentMade | CommitmentFulfilled | VolunteerServiceLogged;

export interface MemberState {
  readonly registered: boolean;
  readonly reportedIn: boolean;
  readonly openCommitments: ReadonlySet<string>;
  readonly fulfilledCommitments: ReadonlySet<string>;
}

export type MemberCommand =
  | { readonly kind: 'RegisterPartyMember'; readonly memberId: string; readonly name: string; readonly mode: MemberMode }
  | { readonly kind: 'ReportIn'; readonly compoundId?: string | null; readonly mode: MemberMode }
  | { readonly kind: 'MakeCommitment'; readonly commitmentId: string; readonly text: string }
  | { readonly kind: 'FulfilCommitment'; readonly commitmentId: string; readonly note: string }
  | { readonly kind: 'LogVolunteerService'; readonly hours: number; readonly description: string };

const requireMember = (state: MemberState) => {
  if (!state.registered) throw new DomainError('MEMBER_NOT_FOUND', 'not-found', '党员不存在', 'No such party member');
};
const requireMode = (mode: string) => {
  if (!Object.hasOwn(MEMBER_MODES, mode)) throw new DomainError('INVALID_MODE', 'invalid', '管理方式应为居民党员、在职党员或流动党员', 'mode must be resident, in-service or mobile', { field: 'mode' });
};

/** A party member: registered, reports in (报到) to a compound, makes and fulfils public commitments (双诺三评), logs volunteer service. */
export const memberDecider: Decider<MemberCommand, MemberState, MemberEvent> = {
  initialState: { registered: false, reportedIn: false, openCommitments: new Set(), fulfilledCommitments: new Set() },
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
        return { ...state, openCommitments: open, fulfilledCommitments: new Set(state.fulfilledCommitments).add(event.data.commitmentId) };
      }
      case 'VolunteerServiceLogged':
        return state;
    }
  },
  decide(command, state) {
    switch (command.kind) {
      case 'RegisterPartyMember':
        requireNew(state.registered ? 'registered' : 'none', 'MEMBER_ALREADY_REGISTERED');
        requireMode(command.mode);
        return [{ type: 'PartyMemberRegistered', data: { memberId: command.memberId, namePii: text(command.name, 'name', 1, 50), mode: command.mode } }];
      case 'ReportIn':
        requireMember(state);
        requireMode(command.mode);
        return [{ type: 'PartyMemberReportedIn', data: { compoundId: command.compoundId ?? null, mode: command.mode } }];
      case 'MakeCommitment':
        requireMember(state);
        if (state.openCommitments.has(command.commitmentId) || state.fulfilledCommitments.has(command.commitmentId)) {
          throw new DomainError('COMMITMENT_EXISTS', 'conflict', '该承诺已存在', 'The commitment already exists');
        }
        return [{ type: 'CommitmentMade', data: { commitmentId: command.commitmentId, text: text(command.text, 'text') } }];
      case 'FulfilCommitment':
        requireMember(state);
        if (!state.openCommitments.has(command.commitmentId)) {
          throw new DomainError('COMMITMENT_NOT_OPEN', 'conflict', '没有待兑现的该项承诺', 'No open commitment with that id', { state: state.fulfilledCommitments.has(command.commitmentId) ? 'fulfilled' : 'none' });
        }
        return [{ type: 'CommitmentFulfilled', data: { commitmentId: command.commitmentId, note: text(command.note, 'note') } }];
      case 'LogVolunteerService':
        requireMember(state);
        if (!(command.hours > 0 && command.hours <= 24)) throw new DomainError('INVALID_HOURS', 'invalid', '服务时长应在 0–24 小时之间', 'hours must be between 0 and 24', { field: 'hours' });
        return [{ type: 'VolunteerServiceLogged', data: { hours: command.hours, description: text(command.description, 'description') } }];
    }
  },
};

export const memberStream = (id: string): string => `member-${id}`;
