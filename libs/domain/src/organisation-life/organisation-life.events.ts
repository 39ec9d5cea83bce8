import type { DomainEvent } from '../shared/decider.js';

export const SESSION_KINDS = { study: '集中学习', 'party-lesson': '党课', 'theme-day': '主题党日' } as const;

export type SessionKind = keyof typeof SESSION_KINDS;

export type StudySessionHeld = DomainEvent<
  'StudySessionHeld',
  {
    readonly sessionId: string;
    readonly kind: SessionKind;
    readonly topic: string;
    readonly organisationId: string | null;
    readonly speaker: string | null;
    readonly attendees: number;
  }
>;

export const studySessionStream = (id: string): string => `studysession-${id}`;

export const STAR_KINDS = { 'community-star': '社区之星', 'building-head-star': '楼长之星' } as const;

export type StarKind = keyof typeof STAR_KINDS;

export type MonthlyStarAwarded = DomainEvent<
  'MonthlyStarAwarded',
  {
    readonly awardId: string;
    readonly star: StarKind;
    readonly month: string;
    readonly personPii: string;
    readonly citation: string;
  }
>;

export const monthlyStarStream = (id: string): string => `star-${id}`;

export const REVIEW_KINDS = { self: '自我述评', leader: '领导点评', mass: '群众评议' } as const;

export type ReviewKind = keyof typeof REVIEW_KINDS;

export const REVIEW_GRADES = { excellent: '好', good: '较好', fair: '一般', poor: '差' } as const;

export type ReviewGrade = keyof typeof REVIEW_GRADES;

export type BranchSecretaryReviewed = DomainEvent<
  'BranchSecretaryReviewed',
  {
    readonly organisationId: string;
    readonly year: number;
    readonly reviewKind: ReviewKind;
    readonly secretaryPii: string;
    readonly score: number | null;
    readonly grade: ReviewGrade | null;
    readonly comment: string;
  }
>;

export type BranchClassedWeak = DomainEvent<
  'BranchClassedWeak',
  { readonly organisationId: string; readonly reason: string }
>;

export type BranchRectified = DomainEvent<
  'BranchRectified',
  { readonly organisationId: string; readonly measures: string }
>;

export type BranchEvent = BranchSecretaryReviewed | BranchClassedWeak | BranchRectified;

export const branchStream = (organisationId: string): string => `branch-${organisationId}`;

export type ThreeZeroStatusGranted = DomainEvent<
  'ThreeZeroStatusGranted',
  { readonly grantedBy: string; readonly note: string }
>;

export type ThreeZeroStatusRevoked = DomainEvent<'ThreeZeroStatusRevoked', { readonly reason: string }>;

export type ThreeZeroEvent = ThreeZeroStatusGranted | ThreeZeroStatusRevoked;

/** One stream per community holds its 三零社区 status. */
export const THREE_ZERO_RECORD_ID = 'community';

export const threeZeroStream = (): string => `threezero-${THREE_ZERO_RECORD_ID}`;
