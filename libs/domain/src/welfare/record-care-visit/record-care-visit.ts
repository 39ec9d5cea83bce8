import { DomainError } from '../../shared/domain-error.js';
import { requireNew, text } from '../../shared/lifecycle.js';
import { CARE_OCCASIONS, type CareOccasion, type CareVisitRecorded } from '../welfare.events.js';
import type { CareVisitState } from '../welfare.state.js';

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

export function recordCareVisit(command: RecordCareVisit, state: CareVisitState): CareVisitRecorded[] {
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
}
