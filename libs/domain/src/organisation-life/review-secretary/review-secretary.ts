import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import {
  type BranchEvent,
  REVIEW_GRADES,
  REVIEW_KINDS,
  type ReviewGrade,
  type ReviewKind,
} from '../organisation-life.events.js';
import type { BranchState } from '../organisation-life.state.js';

export interface ReviewSecretary {
  readonly kind: 'ReviewSecretary';
  readonly organisationId: string;
  readonly year: number;
  readonly reviewKind: ReviewKind;
  readonly secretary: string;
  readonly score?: number | null;
  readonly grade?: ReviewGrade | null;
  readonly comment: string;
}

export function reviewSecretary(command: ReviewSecretary, state: BranchState): BranchEvent[] {
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
