import type { DomainEvent } from '../shared/decider.js';

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

export const disputeStream = (id: string): string => `dispute-${id}`;
