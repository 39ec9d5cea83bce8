import type { DomainEvent } from '../shared/decider.js';

/** Assistance a community handles for people in difficulty; these records carry sensitive personal data. */
export const WELFARE_KINDS = {
  dibao: '最低生活保障（低保）',
  'medical-aid': '医疗救助',
  'temporary-aid': '临时救助',
  'low-rent-housing': '廉租房',
} as const;

export type WelfareKind = keyof typeof WELFARE_KINDS;

export type WelfareApplied = DomainEvent<
  'WelfareApplied',
  {
    readonly applicationId: string;
    readonly kind: WelfareKind;
    readonly applicantPii: string;
    readonly circumstancesPii: string;
  }
>;

export type WelfareDecided = DomainEvent<
  'WelfareDecided',
  { readonly outcome: 'granted' | 'refused'; readonly note: string }
>;

export type WelfareEvent = WelfareApplied | WelfareDecided;

export const welfareStream = (id: string): string => `welfare-${id}`;

/** Occasions of care visits (慰问) the seeds describe. */
export const CARE_OCCASIONS = {
  festival: '节日慰问',
  illness: '病困慰问',
  'elderly-alone': '独居老人探访',
  hardship: '困难家庭慰问',
  other: '其他慰问',
} as const;

export type CareOccasion = keyof typeof CARE_OCCASIONS;

/** 慰问: who visited whom and what was given; the person visited and their situation are personal data. */
export type CareVisitRecorded = DomainEvent<
  'CareVisitRecorded',
  {
    readonly visitId: string;
    readonly occasion: CareOccasion;
    readonly visitedPii: string;
    readonly circumstancesPii: string | null;
    readonly visitors: string;
    readonly gifts: string;
    readonly giftValueYuan: number | null;
  }
>;

/** 再就业: a person helped back into work; the person is personal data, the employer is not. */
export type ReemploymentRecorded = DomainEvent<
  'ReemploymentRecorded',
  {
    readonly placementId: string;
    readonly personPii: string;
    readonly employer: string;
    readonly position: string | null;
    readonly startedOn: string;
  }
>;

export const careVisitStream = (id: string): string => `carevisit-${id}`;

export const reemploymentStream = (id: string): string => `reemployment-${id}`;
