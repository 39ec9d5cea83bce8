import { assertCalendarDate } from '../../shared/calendar.js';
import { DomainError } from '../../shared/domain-error.js';
import { MEETING_KINDS, type ProposalEvent } from '../deliberation.events.js';
import { count, need } from '../deliberation.rules.js';
import type { ProposalState } from '../deliberation.state.js';

export interface HoldMeeting {
  readonly kind: 'HoldMeeting';
  readonly meetingKind: keyof typeof MEETING_KINDS;
  readonly heldOn: string;
  readonly attendees: number;
}

export function holdMeeting(command: HoldMeeting, state: ProposalState): ProposalEvent[] {
  need(state, ['raised', 'deliberating'], 'PROPOSAL_NOT_OPEN', '议事协商');
  if (!Object.hasOwn(MEETING_KINDS, command.meetingKind))
    throw new DomainError('INVALID_MEETING_KIND', 'invalid', '议事形式无效', 'Unknown meeting kind', {
      field: 'kind',
    });
  return [
    {
      type: 'ConsultationMeetingHeld',
      data: {
        kind: command.meetingKind,
        heldOn: assertCalendarDate(command.heldOn, 'heldOn'),
        attendees: count(command.attendees, 'attendees'),
      },
    },
  ];
}
