import { assertCalendarDate } from '../../shared/calendar.js';
import { text } from '../../shared/lifecycle.js';
import type { CompoundBodyEvent } from '../structure.events.js';
import { requireCommitteeInOffice } from '../structure.rules.js';
import type { CompoundBodies } from '../structure.state.js';

export interface EndOwnersCommitteeTerm {
  readonly kind: 'EndOwnersCommitteeTerm';
  readonly compoundId: string;
  readonly endedOn: string;
  readonly reason: string;
}

export function endOwnersCommitteeTerm(command: EndOwnersCommitteeTerm, bodies: CompoundBodies): CompoundBodyEvent[] {
  requireCommitteeInOffice(bodies, '登记任期结束');
  return [
    {
      type: 'OwnersCommitteeTermEnded',
      data: {
        compoundId: command.compoundId,
        endedOn: assertCalendarDate(command.endedOn, 'endedOn'),
        reason: text(command.reason, 'reason'),
      },
    },
  ];
}
