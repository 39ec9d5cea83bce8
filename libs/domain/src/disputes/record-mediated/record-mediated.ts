import { text } from '../../shared/lifecycle.js';
import type { DisputeEvent } from '../disputes.events.js';
import { need } from '../disputes.rules.js';
import type { DisputeState } from '../disputes.state.js';

export interface RecordMediated {
  readonly kind: 'RecordMediated';
  readonly agreement: string;
}

export function recordMediated(command: RecordMediated, state: DisputeState): DisputeEvent[] {
  need(state, ['in-mediation'], 'DISPUTE_NOT_IN_MEDIATION', '记录调解成功');
  return [{ type: 'DisputeMediated', data: { agreement: text(command.agreement, 'agreement') } }];
}
