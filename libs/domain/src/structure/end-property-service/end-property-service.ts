import { assertCalendarDate } from '../../shared/calendar.js';
import { text } from '../../shared/lifecycle.js';
import type { CompoundBodyEvent } from '../structure.events.js';
import { conflict, serviceStatus } from '../structure.rules.js';
import { type CompoundBodies, PROPERTY_SERVICE_STATUS_LABELS } from '../structure.state.js';

export interface EndPropertyService {
  readonly kind: 'EndPropertyService';
  readonly compoundId: string;
  readonly endedOn: string;
  readonly reason: string;
}

export function endPropertyService(command: EndPropertyService, bodies: CompoundBodies): CompoundBodyEvent[] {
  const status = serviceStatus(bodies);
  if (status !== 'in-force')
    conflict(
      'PROPERTY_SERVICE_NOT_IN_FORCE',
      `小区${PROPERTY_SERVICE_STATUS_LABELS[status]}，不能登记退出`,
      `The compound has no property service in force (${status})`,
      status,
    );
  return [
    {
      type: 'PropertyServiceEnded',
      data: {
        compoundId: command.compoundId,
        endedOn: assertCalendarDate(command.endedOn, 'endedOn'),
        reason: text(command.reason, 'reason'),
      },
    },
  ];
}
