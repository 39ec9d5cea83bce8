import { assertCalendarDate } from '../../shared/calendar.js';
import { text } from '../../shared/lifecycle.js';
import type { CommitteeTerm, CompoundBodyEvent } from '../structure.events.js';
import {
  type StructureLookup,
  committeeStatus,
  conflict,
  count,
  partyMembersOf,
  requireCommitteeInOffice,
  requireOneShoulderPossible,
} from '../structure.rules.js';
import type { CompoundBodies } from '../structure.state.js';

/** An election (选举成立) or a re-election (换届): the same facts, told apart by kind. */
export interface ElectOwnersCommittee {
  readonly kind: 'ElectOwnersCommittee' | 'ReElectOwnersCommittee';
  readonly compoundId: string;
  readonly electedOn: string;
  readonly members: number;
  readonly partyMembers: number;
  readonly chairName: string;
  readonly oneShoulder: boolean;
  readonly termYears?: number | null;
}

export function electOwnersCommittee(
  command: ElectOwnersCommittee,
  bodies: CompoundBodies,
  lookup: StructureLookup,
): CompoundBodyEvent[] {
  const status = committeeStatus(bodies);
  if (command.kind === 'ElectOwnersCommittee' && status === 'in-office') {
    conflict(
      'OWNERS_COMMITTEE_IN_OFFICE',
      '业主委员会在任，换届请登记换届选举',
      "An owners' committee is in office: record a re-election instead",
      status,
    );
  }
  if (command.kind === 'ReElectOwnersCommittee') requireCommitteeInOffice(bodies, '换届');
  const members = count(command.members, 'members', 3, 99);
  const partyMembers = partyMembersOf(command.partyMembers, members);
  if (command.oneShoulder) requireOneShoulderPossible(command.compoundId, partyMembers, lookup);
  const termYears = command.termYears == null ? null : count(command.termYears, 'termYears', 1, 5);
  const data: CommitteeTerm = {
    compoundId: command.compoundId,
    electedOn: assertCalendarDate(command.electedOn, 'electedOn'),
    members,
    partyMembers,
    chairNamePii: text(command.chairName, 'chairName', 1, 50),
    oneShoulder: command.oneShoulder,
    termYears,
  };
  return [
    command.kind === 'ElectOwnersCommittee'
      ? { type: 'OwnersCommitteeElected', data }
      : { type: 'OwnersCommitteeReElected', data },
  ];
}
