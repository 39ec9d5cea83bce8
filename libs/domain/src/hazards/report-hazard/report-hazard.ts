import { DomainError } from '../../shared/domain-error.js';
import { requireNew, text } from '../../shared/lifecycle.js';
import { HAZARD_KINDS, type HazardEvent, type HazardKind } from '../hazards.events.js';
import type { HazardState } from '../hazards.state.js';

export interface ReportHazard {
  readonly kind: 'ReportHazard';
  readonly hazardId: string;
  readonly hazardKind: HazardKind;
  readonly location: string;
  readonly description: string;
}

export function reportHazard(command: ReportHazard, state: HazardState): HazardEvent[] {
  requireNew(state.status, 'HAZARD_ALREADY_REPORTED');
  if (!Object.hasOwn(HAZARD_KINDS, command.hazardKind))
    throw new DomainError('INVALID_HAZARD_KIND', 'invalid', '隐患类型无效', 'Unknown hazard kind', {
      field: 'kind',
    });
  return [
    {
      type: 'HazardReported',
      data: {
        hazardId: command.hazardId,
        kind: command.hazardKind,
        location: text(command.location, 'location', 1, 100),
        description: text(command.description, 'description'),
      },
    },
  ];
}
