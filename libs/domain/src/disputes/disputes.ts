import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { requireNew, requireState, text } from '../shared/lifecycle.js';

export const DISPUTE_KINDS = {
  neighbours: '邻里纠纷',
  'owner-property': '业主与物业纠纷',
  noise: '噪音扰民',
  parking: '停车纠纷',
  'square-dance': '广场舞扰民',
  other: '其他',
} as const;
export type DisputeKind = keyof typeof DISPUTE_KINDS;
export const REFERRAL_TARGETS = ['people-mediation-committee', 'court', 'department'] as const;

export type DisputeRegistered = DomainEvent<
  'DisputeRegistered',
  {
    readonly disputeId: string;
    readonly kind: DisputeKind;
    readonly summary: string;
    readonly partiesPii: readonly string[];
  }
>;
export type DisputeMediationHeld = DomainEvent<
  'DisputeMediationHeld',
  { readonly venue: string; readonly mediator: string; readonly notes: string | null }
>;
export type DisputeMediated = DomainEvent<'DisputeMediated', { readonly agreement: string }>;
export type DisputeMediationFailed = DomainEvent<'DisputeMediationFailed', { readonly reason: string }>;
export type DisputeReferred = DomainEvent<
  'DisputeReferred',
  { readonly to: (typeof REFERRAL_TARGETS)[number]; readonly note: string }
>;
export type DisputeEvent =
  DisputeRegistered | DisputeMediationHeld | DisputeMediated | DisputeMediationFailed | DisputeReferred;

export type DisputeStatus = 'registered' | 'in-mediation' | 'mediated' | 'failed' | 'referred';
export const DISPUTE_STATUS_LABELS: Record<DisputeStatus | 'none', string> = {
  none: '不存在',
  registered: '已登记',
  'in-mediation': '调解中',
  mediated: '调解成功',
  failed: '调解未成',
  referred: '已移交',
};
export interface DisputeState {
  readonly status: DisputeStatus | 'none';
  readonly sessions: number;
}

export type DisputeCommand =
  | {
      readonly kind: 'RegisterDispute';
      readonly disputeId: string;
      readonly disputeKind: DisputeKind;
      readonly summary: string;
      readonly parties: readonly string[];
    }
  | {
      readonly kind: 'HoldMediation';
      readonly venue: string;
      readonly mediator: string;
      readonly notes?: string | null;
    }
  | { readonly kind: 'RecordMediated'; readonly agreement: string }
  | { readonly kind: 'RecordMediationFailed'; readonly reason: string }
  | { readonly kind: 'ReferDispute'; readonly to: (typeof REFERRAL_TARGETS)[number]; readonly note: string };

const OPEN: DisputeStatus[] = ['registered', 'in-mediation', 'failed'];
const need = (state: DisputeState, allowed: DisputeStatus[], code: string, what: string) =>
  requireState(state.status, allowed, code, DISPUTE_STATUS_LABELS, what, 'DISPUTE_NOT_FOUND');

/** 矛盾纠纷: registered -> mediation sessions -> mediated, or failed and possibly referred on. */
export const disputeDecider: Decider<DisputeCommand, DisputeState, DisputeEvent> = {
  initialState: { status: 'none', sessions: 0 },
  evolve(state, event) {
    switch (event.type) {
      case 'DisputeRegistered':
        return { status: 'registered', sessions: 0 };
      case 'DisputeMediationHeld':
        return { status: 'in-mediation', sessions: state.sessions + 1 };
      case 'DisputeMediated':
        return { ...state, status: 'mediated' };
      case 'DisputeMediationFailed':
        return { ...state, status: 'failed' };
      case 'DisputeReferred':
        return { ...state, status: 'referred' };
    }
  },
  decide(command, state) {
    switch (command.kind) {
      case 'RegisterDispute':
        requireNew(state.status, 'DISPUTE_ALREADY_REGISTERED');
        if (!Object.hasOwn(DISPUTE_KINDS, command.disputeKind))
          throw new DomainError('INVALID_DISPUTE_KIND', 'invalid', '纠纷类型无效', 'Unknown dispute kind', {
            field: 'kind',
          });
        if (command.parties.length < 2)
          throw new DomainError(
            'PARTIES_REQUIRED',
            'invalid',
            '纠纷至少涉及两方',
            'A dispute needs at least two parties',
            { field: 'parties' },
          );
        return [
          {
            type: 'DisputeRegistered',
            data: {
              disputeId: command.disputeId,
              kind: command.disputeKind,
              summary: text(command.summary, 'summary'),
              partiesPii: command.parties.map((p) => text(p, 'parties', 1, 50)),
            },
          },
        ];
      case 'HoldMediation':
        need(state, ['registered', 'in-mediation'], 'DISPUTE_NOT_OPEN', '调解');
        return [
          {
            type: 'DisputeMediationHeld',
            data: {
              venue: text(command.venue, 'venue', 2, 50),
              mediator: text(command.mediator, 'mediator', 1, 50),
              notes: command.notes?.trim() || null,
            },
          },
        ];
      case 'RecordMediated':
        need(state, ['in-mediation'], 'DISPUTE_NOT_IN_MEDIATION', '记录调解成功');
        return [{ type: 'DisputeMediated', data: { agreement: text(command.agreement, 'agreement') } }];
      case 'RecordMediationFailed':
        need(state, ['in-mediation'], 'DISPUTE_NOT_IN_MEDIATION', '记录调解未成');
        return [{ type: 'DisputeMediationFailed', data: { reason: text(command.reason, 'reason') } }];
      case 'ReferDispute':
        need(state, OPEN, 'DISPUTE_CLOSED', '移交');
        return [{ type: 'DisputeReferred', data: { to: command.to, note: text(command.note, 'note') } }];
    }
  },
};

export const disputeStream = (id: string): string => `dispute-${id}`;
