import { DomainError } from '../../shared/domain-error.js';
import { requireNew, text } from '../../shared/lifecycle.js';
import { type MonthlyStarAwarded, STAR_KINDS, type StarKind } from '../organisation-life.events.js';
import type { MonthlyStarState } from '../organisation-life.state.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const shanghaiMonth = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 7);

export interface AwardMonthlyStar {
  readonly kind: 'AwardMonthlyStar';
  readonly awardId: string;
  readonly star: StarKind;
  readonly month: string;
  readonly person: string;
  readonly citation: string;
  /** The time the award happened, so a star is never given for a month still to come. */
  readonly at: string;
}

export function awardMonthlyStar(command: AwardMonthlyStar, state: MonthlyStarState): MonthlyStarAwarded[] {
  requireNew(state.awarded ? 'awarded' : 'none', 'STAR_ALREADY_AWARDED');
  if (!Object.hasOwn(STAR_KINDS, command.star))
    throw new DomainError(
      'INVALID_STAR',
      'invalid',
      '评星类型应为社区之星或楼长之星',
      'star must be community-star or building-head-star',
      { field: 'star' },
    );
  if (!MONTH.test(command.month))
    throw new DomainError('INVALID_MONTH', 'invalid', 'month 应为 YYYY-MM', 'month must be YYYY-MM', {
      field: 'month',
    });
  if (command.month > shanghaiMonth(command.at))
    throw new DomainError(
      'MONTH_NOT_STARTED',
      'invalid',
      '不能为尚未开始的月份评星',
      'A star cannot be awarded for a month that has not begun',
      { field: 'month' },
    );
  return [
    {
      type: 'MonthlyStarAwarded',
      data: {
        awardId: command.awardId,
        star: command.star,
        month: command.month,
        personPii: text(command.person, 'person', 1, 50),
        citation: text(command.citation, 'citation'),
      },
    },
  ];
}
