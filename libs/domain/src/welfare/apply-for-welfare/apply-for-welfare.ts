import { DomainError } from '../../shared/domain-error.js';
import { requireNew, text } from '../../shared/lifecycle.js';
import { WELFARE_KINDS, type WelfareEvent, type WelfareKind } from '../welfare.events.js';
import type { WelfareState } from '../welfare.state.js';

export interface ApplyForWelfare {
  readonly kind: 'ApplyForWelfare';
  readonly applicationId: string;
  readonly welfareKind: WelfareKind;
  readonly applicant: string;
  readonly circumstances: string;
}

export function applyForWelfare(command: ApplyForWelfare, state: WelfareState): WelfareEvent[] {
  requireNew(state.status, 'WELFARE_ALREADY_APPLIED');
  if (!Object.hasOwn(WELFARE_KINDS, command.welfareKind))
    throw new DomainError('INVALID_WELFARE_KIND', 'invalid', '救助类型无效', 'Unknown welfare kind', {
      field: 'kind',
    });
  return [
    {
      type: 'WelfareApplied',
      data: {
        applicationId: command.applicationId,
        kind: command.welfareKind,
        applicantPii: text(command.applicant, 'applicant', 1, 50),
        circumstancesPii: text(command.circumstances, 'circumstances'),
      },
    },
  ];
}
