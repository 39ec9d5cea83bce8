import { text } from '../../shared/lifecycle.js';
import type { DisputeEvent } from '../disputes.events.js';
import { need } from '../disputes.rules.js';
import type { DisputeState } from '../disputes.state.js';

export interface HoldMediation {
  readonly kind: 'HoldMediation';
  readonly venue: string;
  readonly mediator: string;
  readonly notes?: string | null;
}

export function holdMediation(command: HoldMediation, state: DisputeState): DisputeEvent[] {
  need(state, ['registered', 'in-mediation'], 'DISPUTE_NOT_OPEN', '调解');
  return [
    {
      type: 'DisputeMediationHeld',
      data: {
        venue: text(command.venue, 'venue', 2, 50),
        mediator: text(command.mediator, 'mediator', 1, 50),
        notes: command.notes?.trim() || null,
      },
    },
  ];
}
