import { forbidden, requireStatus, requireText } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import { type RequestEvent } from '../requests.events.js';

export interface ReportEscalation {
  readonly kind: 'ReportEscalation';
  readonly departmentId: string;
  readonly report: string;
  readonly outcome: 'resolved' | 'returned';
}

export function reportEscalation(command: ReportEscalation, state: RequestState): RequestEvent[] {
  requireStatus(state, ['escalated'], 'REQUEST_NOT_ESCALATED', '部门报到');
  if (state.escalatedTo !== command.departmentId)
    throw forbidden('NOT_THE_DEPARTMENT', '该诉求未上报至本部门', 'The request was not escalated to this department');
  return [
    {
      type: 'RequestEscalationReported',
      data: {
        departmentId: command.departmentId,
        report: requireText(command.report, 'report'),
        outcome: command.outcome,
      },
    },
  ];
}
