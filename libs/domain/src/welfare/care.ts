import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { assertCalendarDate } from '../shared/calendar.js';
import { requireNew, text } from '../shared/lifecycle.js';

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

export interface RecordCareVisit {
  readonly kind: 'RecordCareVisit';
  readonly visitId: string;
  readonly occasion: CareOccasion;
  readonly visited: string;
  readonly circumstances?: string | null;
  readonly visitors: string;
  readonly gifts: string;
  readonly giftValueYuan?: number | null;
}

/** A care visit: one fact, recorded once. */
export const careVisitDecider: Decider<RecordCareVisit, { readonly recorded: boolean }, CareVisitRecorded> = {
  initialState: { recorded: false },
  evolve: () => ({ recorded: true }),
  decide(command, state) {
    requireNew(state.recorded ? 'recorded' : 'none', 'CARE_VISIT_ALREADY_RECORDED');
    if (!Object.hasOwn(CARE_OCCASIONS, command.occasion))
      throw new DomainError('INVALID_OCCASION', 'invalid', '慰问类型无效', 'Unknown care occasion', {
        field: 'occasion',
      });
    const value = command.giftValueYuan ?? null;
    if (value !== null && !(Number.isInteger(value) && value >= 0))
      throw new DomainError(
        'INVALID_AMOUNT',
        'invalid',
        'giftValueYuan 应为非负整数（元）',
        'giftValueYuan must be whole yuan',
        { field: 'giftValueYuan' },
      );
    return [
      {
        type: 'CareVisitRecorded',
        data: {
          visitId: command.visitId,
          occasion: command.occasion,
          visitedPii: text(command.visited, 'visited', 1, 100),
          circumstancesPii: command.circumstances ? text(command.circumstances, 'circumstances') : null,
          visitors: text(command.visitors, 'visitors', 1, 200),
          gifts: text(command.gifts, 'gifts', 1, 200),
          giftValueYuan: value,
        },
      },
    ];
  },
};

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

export interface RecordReemployment {
  readonly kind: 'RecordReemployment';
  readonly placementId: string;
  readonly person: string;
  readonly employer: string;
  readonly position?: string | null;
  readonly startedOn: string;
}

export const reemploymentDecider: Decider<RecordReemployment, { readonly recorded: boolean }, ReemploymentRecorded> = {
  initialState: { recorded: false },
  evolve: () => ({ recorded: true }),
  decide(command, state) {
    requireNew(state.recorded ? 'recorded' : 'none', 'REEMPLOYMENT_ALREADY_RECORDED');
    return [
      {
        type: 'ReemploymentRecorded',
        data: {
          placementId: command.placementId,
          personPii: text(command.person, 'person', 1, 50),
          employer: text(command.employer, 'employer', 2, 100),
          position: command.position ? text(command.position, 'position', 1, 50) : null,
          startedOn: assertCalendarDate(command.startedOn, 'startedOn'),
        },
      },
    ];
  },
};

export const careVisitStream = (id: string): string => `carevisit-${id}`;
export const reemploymentStream = (id: string): string => `reemployment-${id}`;
