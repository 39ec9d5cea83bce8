import { assertCalendarDate } from '../../shared/calendar.js';
import type { CompoundBodyEvent } from '../structure.events.js';
import { conflict, count, partyMembersOf } from '../structure.rules.js';
import type { CompoundBodies } from '../structure.state.js';

export interface FormSupervisoryCommittee {
  readonly kind: 'FormSupervisoryCommittee';
  readonly compoundId: string;
  readonly formedOn: string;
  readonly members: number;
  readonly partyMembers: number;
}

export function formSupervisoryCommittee(
  command: FormSupervisoryCommittee,
  bodies: CompoundBodies,
): CompoundBodyEvent[] {
  if (bodies.supervisoryCommittee)
    conflict(
      'SUPERVISORY_COMMITTEE_EXISTS',
      '小区已成立监事会',
      'The compound already has a supervisory committee',
      'formed',
    );
  const members = count(command.members, 'members', 3, 99);
  return [
    {
      type: 'SupervisoryCommitteeFormed',
      data: {
        compoundId: command.compoundId,
        formedOn: assertCalendarDate(command.formedOn, 'formedOn'),
        members,
        partyMembers: partyMembersOf(command.partyMembers, members),
      },
    },
  ];
}
