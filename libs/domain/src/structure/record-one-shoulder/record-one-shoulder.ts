import { assertCalendarDate } from '../../shared/calendar.js';
import type { CompoundBodyEvent } from '../structure.events.js';
import { type StructureLookup, requireCommitteeInOffice, requireOneShoulderPossible } from '../structure.rules.js';
import type { CompoundBodies, OwnersCommitteeState } from '../structure.state.js';

export interface RecordOneShoulder {
  readonly kind: 'RecordOneShoulder';
  readonly compoundId: string;
  readonly oneShoulder: boolean;
  readonly since: string;
}

export function recordOneShoulder(
  command: RecordOneShoulder,
  bodies: CompoundBodies,
  lookup: StructureLookup,
): CompoundBodyEvent[] {
  requireCommitteeInOffice(bodies, '登记「一肩挑」');
  const committee = bodies.ownersCommittee as OwnersCommitteeState;
  if (committee.oneShoulder === command.oneShoulder) return [];
  if (command.oneShoulder) requireOneShoulderPossible(command.compoundId, committee.partyMembers, lookup);
  return [
    {
      type: 'OwnersCommitteeOneShoulderChanged',
      data: {
        compoundId: command.compoundId,
        oneShoulder: command.oneShoulder,
        since: assertCalendarDate(command.since, 'since'),
      },
    },
  ];
}
