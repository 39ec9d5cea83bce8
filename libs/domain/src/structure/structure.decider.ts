import type { Decider } from '../shared/decider.js';
import { electOwnersCommittee, type ElectOwnersCommittee } from './elect-owners-committee/elect-owners-committee.js';
import {
  endOwnersCommitteeTerm,
  type EndOwnersCommitteeTerm,
} from './end-owners-committee-term/end-owners-committee-term.js';
import { endPropertyService, type EndPropertyService } from './end-property-service/end-property-service.js';
import {
  formSupervisoryCommittee,
  type FormSupervisoryCommittee,
} from './form-supervisory-committee/form-supervisory-committee.js';
import { joinRedAlliance, type JoinRedAlliance } from './join-red-alliance/join-red-alliance.js';
import { recordOneShoulder, type RecordOneShoulder } from './record-one-shoulder/record-one-shoulder.js';
import {
  registerPropertyCompany,
  type RegisterPropertyCompany,
} from './register-property-company/register-property-company.js';
import { registerStructure, type RegisterStructure } from './register-structure/register-structure.js';
import { renameCompound, type RenameCompound } from './rename-compound/rename-compound.js';
import { startPropertyService, type StartPropertyService } from './start-property-service/start-property-service.js';
import type { CompoundBodyEvent, StructureEvent } from './structure.events.js';
import { compoundOf, structureLookup, type StructureLookup } from './structure.rules.js';
import { evolveStructure, initialStructureState, type BodiesState, type StructureState } from './structure.state.js';

/** Commands about a compound's bodies (owners' committee, supervisory committee, property service, alliance). */
export type CompoundBodyCommand =
  | ElectOwnersCommittee
  | EndOwnersCommitteeTerm
  | RecordOneShoulder
  | FormSupervisoryCommittee
  | RegisterPropertyCompany
  | StartPropertyService
  | EndPropertyService
  | JoinRedAlliance
  | RenameCompound;

export type StructureCommand = RegisterStructure | CompoundBodyCommand;

/** Decides a compound-body command against the bodies so far and the registered structure. Pure. */
export function decideCompoundBody(
  command: CompoundBodyCommand,
  state: BodiesState,
  lookup: StructureLookup,
): CompoundBodyEvent[] {
  if (command.kind === 'RegisterPropertyCompany') return registerPropertyCompany(command, state);
  const bodies = compoundOf(state, lookup, command.compoundId);
  switch (command.kind) {
    case 'RenameCompound':
      return renameCompound(command, bodies, lookup);
    case 'ElectOwnersCommittee':
    case 'ReElectOwnersCommittee':
      return electOwnersCommittee(command, bodies, lookup);
    case 'EndOwnersCommitteeTerm':
      return endOwnersCommitteeTerm(command, bodies);
    case 'RecordOneShoulder':
      return recordOneShoulder(command, bodies, lookup);
    case 'FormSupervisoryCommittee':
      return formSupervisoryCommittee(command, bodies);
    case 'StartPropertyService':
      return startPropertyService(command, state, bodies, lookup);
    case 'EndPropertyService':
      return endPropertyService(command, bodies);
    case 'JoinRedAlliance':
      return joinRedAlliance(command, state, bodies, lookup);
  }
}

/**
 * A community's structure. Registering a unit again with the same data changes nothing (an
 * import may be repeated); with different data it is refused — renames and moves are their own
 * commands. Parents must exist, earlier in the history or earlier in the same batch. Every other
 * command is about a compound's bodies, decided against the units registered.
 */
export const structureDecider: Decider<StructureCommand, StructureState, StructureEvent> = {
  initialState: initialStructureState,
  evolve: evolveStructure,
  decide(command, state) {
    if (command.kind !== 'RegisterStructure')
      return decideCompoundBody(command, state.bodies, structureLookup(state.units));
    return registerStructure(command, state);
  },
};
