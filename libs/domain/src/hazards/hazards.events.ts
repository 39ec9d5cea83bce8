import type { DomainEvent } from '../shared/decider.js';

export const HAZARD_KINDS = {
  fire: '消防隐患',
  electrical: '用电隐患',
  structural: '房屋结构隐患',
  gas: '燃气隐患',
  traffic: '交通隐患',
  other: '其他',
} as const;

export type HazardKind = keyof typeof HAZARD_KINDS;

export type HazardReported = DomainEvent<
  'HazardReported',
  { readonly hazardId: string; readonly kind: HazardKind; readonly location: string; readonly description: string }
>;

export type HazardEliminated = DomainEvent<'HazardEliminated', { readonly measures: string }>;

export type HazardEvent = HazardReported | HazardEliminated;

export const hazardStream = (id: string): string => `hazard-${id}`;
