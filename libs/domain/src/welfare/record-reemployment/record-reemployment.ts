import { assertCalendarDate } from '../../shared/calendar.js';
import { requireNew, text } from '../../shared/lifecycle.js';
import type { ReemploymentRecorded } from '../welfare.events.js';
import type { ReemploymentState } from '../welfare.state.js';

export interface RecordReemployment {
  readonly kind: 'RecordReemployment';
  readonly placementId: string;
  readonly person: string;
  readonly employer: string;
  readonly position?: string | null;
  readonly startedOn: string;
}

export function recordReemployment(command: RecordReemployment, state: ReemploymentState): ReemploymentRecorded[] {
  requireNew(state.recorded ? 'recorded' : 'none', 'REEMPLOYMENT_ALREADY_RECORDED');
  return [
    {
      type: 'ReemploymentRecorded',
      data: {
        placementId: command.placementId,
        personPii: text(command.person, 'person', 1, 50),
        employer: text(command.employer, 'employer', 2, 100),
        position: command.position ? text(command.position, 'position', 1, 50) : null,
        startedOn: assertCalendarDate(command.startedOn, 'startedOn'),
      },
    },
  ];
}
