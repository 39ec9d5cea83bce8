import { requireState, text } from '../../shared/lifecycle.js';
import type { HazardEvent } from '../hazards.events.js';
import { HAZARD_STATUS_LABELS, type HazardState } from '../hazards.state.js';

export interface EliminateHazard {
  readonly kind: 'EliminateHazard';
  readonly measures: string;
}

export function eliminateHazard(command: EliminateHazard, state: HazardState): HazardEvent[] {
  requireState(state.status, ['reported'], 'HAZARD_NOT_OPEN', HAZARD_STATUS_LABELS, '记录消除', 'HAZARD_NOT_FOUND');
  return [{ type: 'HazardEliminated', data: { measures: text(command.measures, 'measures') } }];
}
