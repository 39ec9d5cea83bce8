export * from './structure.events.js';
export {
  UnitIndex,
  OWNERS_COMMITTEE_STATUS_LABELS,
  PROPERTY_SERVICE_STATUS_LABELS,
  EMPTY_BODIES,
  evolveBodies,
  initialStructureState,
  evolveStructure,
} from './structure.state.js';
export type {
  StructureState,
  OwnersCommitteeStatus,
  PropertyServiceStatus,
  OwnersCommitteeState,
  PropertyServiceState,
  AllianceMember,
  CompoundBodies,
  BodiesState,
} from './structure.state.js';
export { structureLookup } from './structure.rules.js';
export type { StructureLookup } from './structure.rules.js';
export * from './structure.decider.js';
export type { RegisterStructure } from './register-structure/register-structure.js';
export type { ElectOwnersCommittee } from './elect-owners-committee/elect-owners-committee.js';
export type { EndOwnersCommitteeTerm } from './end-owners-committee-term/end-owners-committee-term.js';
export type { RecordOneShoulder } from './record-one-shoulder/record-one-shoulder.js';
export type { FormSupervisoryCommittee } from './form-supervisory-committee/form-supervisory-committee.js';
export type { RegisterPropertyCompany } from './register-property-company/register-property-company.js';
export type { StartPropertyService } from './start-property-service/start-property-service.js';
export type { EndPropertyService } from './end-property-service/end-property-service.js';
export type { JoinRedAlliance } from './join-red-alliance/join-red-alliance.js';
export type { RenameCompound } from './rename-compound/rename-compound.js';
