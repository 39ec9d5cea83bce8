import { DomainError } from '../../shared/domain-error.js';
import type { RequestState } from '../requests.state.js';
import type { RequestEvent } from '../requests.events.js';

/**
 * SLA clocks (worker): a deadline of the dispatch in force passed with the step not done. Only
 * the clock of the current dispatch counts; a new dispatch starts new clocks.
 */
export interface MarkOverdue {
  readonly kind: 'MarkOverdue';
  readonly clock: 'response' | 'resolution';
  readonly deadline: string;
  /** When the clock fired (server time). */
  readonly at: string;
}

const notOverdue = (why: string) =>
  new DomainError('NOT_OVERDUE', 'conflict', '诉求未逾期或已处理', `Not overdue: ${why}`);

export function markOverdue(command: MarkOverdue, state: RequestState): RequestEvent[] {
  if (state.status === 'none') throw new DomainError('REQUEST_NOT_FOUND', 'not-found', '诉求不存在', 'No such request');
  const dispatch = state.dispatch;
  if (Date.parse(command.at) < Date.parse(command.deadline)) throw notOverdue('the deadline has not passed');
  if (command.clock === 'response') {
    if (state.status !== 'dispatched' || dispatch?.respondBy !== command.deadline)
      throw notOverdue('taken, or dispatched again');
    return [{ type: 'RequestResponseOverdue', data: { respondBy: command.deadline } }];
  }
  if (!['dispatched', 'accepted', 'escalated'].includes(state.status) || dispatch?.resolveBy !== command.deadline)
    throw notOverdue('resolved, closed, or dispatched again');
  return [{ type: 'RequestOverdue', data: { resolveBy: command.deadline } }];
}
