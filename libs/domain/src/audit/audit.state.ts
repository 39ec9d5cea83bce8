import type { CheckpointSealed, SubjectErased } from './audit.events.js';

export interface AuditLogState {
  readonly reads: number;
}

export const initialAuditLogState: AuditLogState = { reads: 0 };

export function evolveAuditLog(state: AuditLogState): AuditLogState {
  return { reads: state.reads + 1 };
}

export interface ErasureState {
  readonly erased: ReadonlySet<string>;
}

export const initialErasureState: ErasureState = { erased: new Set() };

export function evolveErasure(state: ErasureState, event: SubjectErased): ErasureState {
  return { erased: new Set([...state.erased, event.data.subjectId]) };
}

export interface DistrictCheckpointState {
  readonly seals: number;
}

export const initialDistrictCheckpointState: DistrictCheckpointState = { seals: 0 };

export function evolveDistrictCheckpoint(state: DistrictCheckpointState): DistrictCheckpointState {
  return { seals: state.seals + 1 };
}

export interface CheckpointState {
  readonly lastTreeSize: number;
}

export const initialCheckpointState: CheckpointState = { lastTreeSize: 0 };

export function evolveCheckpoint(_state: CheckpointState, event: CheckpointSealed): CheckpointState {
  return { lastTreeSize: event.data.treeSize };
}
