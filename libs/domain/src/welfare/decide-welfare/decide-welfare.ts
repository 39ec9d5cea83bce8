import { requireState, text } from '../../shared/lifecycle.js';
import type { WelfareEvent } from '../welfare.events.js';
import { WELFARE_STATUS_LABELS, type WelfareState } from '../welfare.state.js';

export interface DecideWelfare {
  readonly kind: 'DecideWelfare';
  readonly outcome: 'granted' | 'refused';
  readonly note: string;
}

export function decideWelfare(command: DecideWelfare, state: WelfareState): WelfareEvent[] {
  requireState(
    state.status,
    ['applied'],
    'WELFARE_ALREADY_DECIDED',
    WELFARE_STATUS_LABELS,
    '审批',
    'WELFARE_NOT_FOUND',
  );
  return [{ type: 'WelfareDecided', data: { outcome: command.outcome, note: text(command.note, 'note') } }];
}
