import { DomainError } from '../../shared/domain-error.js';
import type { RequestState } from '../requests.state.js';
import type { RequestEvent } from '../requests.events.js';

/**
 * Automatic escalation (worker): a request still unresolved `graceHours` after the resolution
 * deadline of the dispatch in force goes up to its community's street office. Only the clock of
 * the current dispatch counts, and a request already escalated is not escalated again.
 */
export interface EscalateOverdue {
  readonly kind: 'EscalateOverdue';
  /** The street office the community is on when the grace runs out. */
  readonly streetId: string;
  /** The resolution deadline the grace ran from. */
  readonly deadline: string;
  readonly graceHours: number;
  /** When the clock fired (server time). */
  readonly at: string;
}

const notDue = (why: string) =>
  new DomainError('NOT_OVERDUE', 'conflict', '诉求未逾期、已处理或已上报', `Not due for escalation: ${why}`);

export function escalateOverdue(command: EscalateOverdue, state: RequestState): RequestEvent[] {
  if (state.status === 'none') throw new DomainError('REQUEST_NOT_FOUND', 'not-found', '诉求不存在', 'No such request');
  const due = Date.parse(command.deadline) + command.graceHours * 3600_000;
  if (!(Date.parse(command.at) >= due)) throw notDue('the grace has not run out');
  if (!['dispatched', 'accepted'].includes(state.status)) throw notDue(`the request is ${state.status}`);
  if (state.dispatch?.resolveBy !== command.deadline) throw notDue('dispatched again');
  return [
    {
      type: 'RequestEscalated',
      data: {
        departmentId: command.streetId,
        reason: `超过办结时限 ${command.graceHours} 小时仍未办结，自动上报街道`,
        level: 'street-office',
        overdueSince: command.deadline,
        graceHours: command.graceHours,
      },
    },
  ];
}
