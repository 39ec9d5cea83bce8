import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { text } from '../shared/lifecycle.js';
import { ORGANISATION_CODE } from './organisation-code.js';

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

export type BranchStatus = 'normal' | 'weak' | 'rectified';
export const BRANCH_STATUS_LABELS: Record<BranchStatus | 'none', string> = {
  none: '无记录',
  normal: '正常',
  weak: '软弱涣散',
  rectified: '已整顿转化',
};

export interface BranchState {
  readonly status: BranchStatus | 'none';
  readonly timesClassedWeak: number;
  /** Reviews recorded, as "year:kind" (one of each kind per year). */
  readonly reviews: readonly string[];
}

export type BranchCommand =
  | {
      readonly kind: 'ReviewSecretary';
      readonly organisationId: string;
      readonly year: number;
      readonly reviewKind: ReviewKind;
      readonly secretary: string;
      readonly score?: number | null;
      readonly grade?: ReviewGrade | null;
      readonly comment: string;
    }
  | { readonly kind: 'ClassBranchWeak'; readonly organisationId: string; readonly reason: string }
  | { readonly kind: 'RectifyBranch'; readonly organisationId: string; readonly measures: string };

/**
 * Organisation life of one party branch (组织生活): its secretary's yearly reviews, and the
 * 软弱涣散 classing and its rectification (整顿转化). A branch is classed only when not already
 * weak, and rectified only while weak.
 */
export const branchDecider: Decider<BranchCommand, BranchState, BranchEvent> = {
  initialState: { status: 'none', timesClassedWeak: 0, reviews: [] },
  evolve(state, event) {
    switch (event.type) {
      case 'BranchSecretaryReviewed':
        return {
          ...state,
          status: state.status === 'none' ? 'normal' : state.status,
          reviews: [...state.reviews, `${event.data.year}:${event.data.reviewKind}`],
        };
      case 'BranchClassedWeak':
        return { ...state, status: 'weak', timesClassedWeak: state.timesClassedWeak + 1 };
      case 'BranchRectified':
        return { ...state, status: 'rectified' };
    }
  },
  decide(command, state) {
    if (!ORGANISATION_CODE.test(command.organisationId))
      throw new DomainError(
        'INVALID_ORGANISATION',
        'invalid',
        'organisationId 应为小写字母数字编号',
        'organisationId must be a lowercase code',
        { field: 'organisationId' },
      );
    switch (command.kind) {
      case 'ReviewSecretary': {
        if (!Object.hasOwn(REVIEW_KINDS, command.reviewKind))
          throw new DomainError(
            'INVALID_REVIEW_KIND',
            'invalid',
            '评议方式应为自我述评、领导点评或群众评议',
            'kind must be self, leader or mass',
            { field: 'kind' },
          );
        if (!(Number.isInteger(command.year) && command.year >= 2000 && command.year <= 2100))
          throw new DomainError('INVALID_YEAR', 'invalid', 'year 应为年份', 'year must be a year', { field: 'year' });
        const score = command.score ?? null;
        const grade = command.grade ?? null;
        if ((score === null) === (grade === null))
          throw new DomainError('SCORE_OR_GRADE', 'invalid', '须给出分数或等次之一', 'Give either a score or a grade', {
            field: 'score',
          });
        if (score !== null && !(score >= 0 && score <= 100))
          throw new DomainError('INVALID_SCORE', 'invalid', '分数应在 0–100 之间', 'score must be between 0 and 100', {
            field: 'score',
          });
        if (grade !== null && !Object.hasOwn(REVIEW_GRADES, grade))
          throw new DomainError(
            'INVALID_GRADE',
            'invalid',
            '等次应为 excellent / good / fair / poor',
            'grade must be excellent, good, fair or poor',
            { field: 'grade' },
          );
        if (state.reviews.includes(`${command.year}:${command.reviewKind}`)) {
          throw new DomainError(
            'REVIEW_ALREADY_RECORDED',
            'conflict',
            `${command.year} 年的${REVIEW_KINDS[command.reviewKind]}已记录`,
            `The ${command.reviewKind} review of ${command.year} is already recorded`,
            { state: state.status },
          );
        }
        return [
          {
            type: 'BranchSecretaryReviewed',
            data: {
              organisationId: command.organisationId,
              year: command.year,
              reviewKind: command.reviewKind,
              secretaryPii: text(command.secretary, 'secretary', 1, 50),
              score,
              grade,
              comment: text(command.comment, 'comment'),
            },
          },
        ];
      }
      case 'ClassBranchWeak':
        if (state.status === 'weak')
          throw new DomainError(
            'BRANCH_ALREADY_WEAK',
            'conflict',
            '该党支部已被列为软弱涣散，须先整顿转化',
            'The branch is already classed weak and lax',
            { state: state.status },
          );
        return [
          {
            type: 'BranchClassedWeak',
            data: { organisationId: command.organisationId, reason: text(command.reason, 'reason') },
          },
        ];
      case 'RectifyBranch':
        if (state.status !== 'weak') {
          throw new DomainError(
            'BRANCH_NOT_WEAK',
            'conflict',
            `当前状态为「${BRANCH_STATUS_LABELS[state.status]}」，未被列为软弱涣散，不能整顿转化`,
            `Cannot rectify: the branch is ${state.status}, not classed weak and lax`,
            { state: state.status },
          );
        }
        return [
          {
            type: 'BranchRectified',
            data: { organisationId: command.organisationId, measures: text(command.measures, 'measures') },
          },
        ];
    }
  },
};

export const branchStream = (organisationId: string): string => `branch-${organisationId}`;
