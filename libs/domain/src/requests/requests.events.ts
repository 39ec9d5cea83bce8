import type { DomainEvent } from '../shared/decider.js';

export const REQUEST_CHANNELS = ['inbox', 'wechat-group', 'door-duty', 'grid-patrol', 'visit', 'hotline'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** The managed category list (domain.md §3), with the labels residents and staff see. */
export const REQUEST_CATEGORIES = {
  drainage: '排水与污水管道',
  'street-lights': '路灯照明',
  elevator: '电梯',
  parking: '停车',
  sanitation: '环境卫生与垃圾',
  security: '治安与防盗',
  'water-supply': '供水与水压',
  'fire-water': '消防用水',
  'roof-walls': '房屋漏水与墙体开裂',
  heating: '供暖',
  'noise-fumes': '噪音与油烟',
  'access-control': '门禁',
  'ebike-charging': '电动车充电',
  other: '其他',
} as const;
export type RequestCategory = keyof typeof REQUEST_CATEGORIES;

export const ASSIGNEE_KINDS = [
  'party-member',
  'volunteer-team',
  'property-company',
  'department',
  'grid-worker',
] as const;
export type AssigneeKind = (typeof ASSIGNEE_KINDS)[number];

export const RATINGS = ['satisfied', 'basically-satisfied', 'unsatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

export interface Assignee {
  readonly kind: AssigneeKind;
  readonly id: string;
  readonly name: string;
}

/** Personal data of the resident, kept in one clearly named field (encrypted per subject with the audit issue). */
export interface ResidentContactPii {
  readonly name: string;
  readonly phone: string;
}

export type RequestRaised = DomainEvent<
  'RequestRaised',
  {
    readonly requestId: string;
    readonly channel: RequestChannel;
    readonly category: RequestCategory;
    readonly description: string;
    readonly compoundId: string | null;
    readonly gridId: string | null;
    readonly location: string | null;
    /** The resident's user id when a resident raised it through the resident channel. */
    readonly raisedBy: string | null;
    readonly residentContactPii: ResidentContactPii | null;
  }
>;
/**
 * How deadlines stated in working time were converted: the terms, the working hours, and the
 * version of each year's holiday calendar consulted (null: not published then, Monday–Friday),
 * so the recorded deadline can be recomputed from the calendar years later.
 */
export interface WorkingTimeBasis {
  readonly respondWithinWorkingHours: number | null;
  readonly resolveWithinWorkingDays: number | null;
  readonly workingHours: string;
  readonly timeZone: string;
  readonly calendars: readonly { readonly year: number; readonly version: number | null }[];
}

export type RequestDispatched = DomainEvent<
  'RequestDispatched',
  {
    readonly assignee: Assignee;
    readonly respondBy: string;
    readonly resolveBy: string;
    readonly workingTime?: WorkingTimeBasis;
  }
>;
export type RequestAccepted = DomainEvent<'RequestAccepted', { readonly acceptedBy: string }>;
export type RequestResolved = DomainEvent<'RequestResolved', { readonly note: string }>;
export type RequestRated = DomainEvent<'RequestRated', { readonly rating: Rating; readonly comment: string | null }>;
export type RequestReopened = DomainEvent<'RequestReopened', { readonly reason: string }>;
/**
 * 吹哨上报: to a functional department (staff), or — `level: 'street-office'`, departmentId then
 * being the street — automatically when a request stays unresolved past its deadline plus grace.
 */
export type RequestEscalated = DomainEvent<
  'RequestEscalated',
  {
    readonly departmentId: string;
    readonly reason: string;
    readonly level?: 'street-office';
    readonly overdueSince?: string;
    readonly graceHours?: number;
  }
>;
export type RequestEscalationReported = DomainEvent<
  'RequestEscalationReported',
  { readonly departmentId: string; readonly report: string; readonly outcome: 'resolved' | 'returned' }
>;
export type RequestRejected = DomainEvent<
  'RequestRejected',
  { readonly reason: 'invalid' | 'duplicate'; readonly duplicateOf: string | null; readonly note: string }
>;
export type RequestWithdrawn = DomainEvent<'RequestWithdrawn', { readonly reason: string | null }>;
export type RequestClosed = DomainEvent<'RequestClosed', Record<string, never>>;
export type RequestExcludedFromAssessment = DomainEvent<'RequestExcludedFromAssessment', { readonly reason: string }>;

export type RequestResponseOverdue = DomainEvent<'RequestResponseOverdue', { readonly respondBy: string }>;
export type RequestOverdue = DomainEvent<'RequestOverdue', { readonly resolveBy: string }>;

export type RequestEvent =
  | RequestRaised
  | RequestDispatched
  | RequestAccepted
  | RequestResolved
  | RequestRated
  | RequestReopened
  | RequestEscalated
  | RequestEscalationReported
  | RequestRejected
  | RequestWithdrawn
  | RequestClosed
  | RequestExcludedFromAssessment
  | RequestResponseOverdue
  | RequestOverdue;

export const requestStream = (requestId: string): string => `request-${requestId}`;
