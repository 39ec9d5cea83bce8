import type { Decider } from '../shared/decider.js';
import type {
  CheckpointSealed,
  DistrictCheckpointSealed,
  HistoryRead,
  PiiDecrypted,
  SubjectErased,
} from './audit.events.js';
import {
  type AuditLogState,
  type CheckpointState,
  type DistrictCheckpointState,
  type ErasureState,
  evolveAuditLog,
  evolveCheckpoint,
  evolveDistrictCheckpoint,
  evolveErasure,
  initialAuditLogState,
  initialCheckpointState,
  initialDistrictCheckpointState,
  initialErasureState,
} from './audit.state.js';
import { eraseSubject, type EraseSubject } from './erase-subject/erase-subject.js';
import { recordHistoryRead, type RecordHistoryRead } from './record-history-read/record-history-read.js';
import { recordPiiDecryption, type RecordPiiDecryption } from './record-pii-decryption/record-pii-decryption.js';
import { sealCheckpoint, type SealCheckpoint } from './seal-checkpoint/seal-checkpoint.js';
import {
  sealDistrictCheckpoint,
  type SealDistrictCheckpoint,
} from './seal-district-checkpoint/seal-district-checkpoint.js';

/** The audit log only accumulates: every read is recorded with its reason, nothing else is refused. */
export const auditLogDecider: Decider<
  RecordHistoryRead | RecordPiiDecryption,
  AuditLogState,
  HistoryRead | PiiDecrypted
> = {
  initialState: initialAuditLogState,
  evolve: evolveAuditLog,
  decide(command) {
    if (command.kind === 'RecordPiiDecryption') return recordPiiDecryption(command);
    return recordHistoryRead(command);
  },
};

/** A subject is erased once; asking again is a conflict naming the state. */
export const erasureDecider: Decider<EraseSubject, ErasureState, SubjectErased> = {
  initialState: initialErasureState,
  evolve: evolveErasure,
  decide: (command, state) => eraseSubject(command, state),
};

export const districtCheckpointDecider: Decider<
  SealDistrictCheckpoint,
  DistrictCheckpointState,
  DistrictCheckpointSealed
> = {
  initialState: initialDistrictCheckpointState,
  evolve: evolveDistrictCheckpoint,
  decide: (command) => sealDistrictCheckpoint(command),
};

/** Checkpoints only grow: a seal over fewer events than the last one is refused. */
export const checkpointDecider: Decider<SealCheckpoint, CheckpointState, CheckpointSealed> = {
  initialState: initialCheckpointState,
  evolve: evolveCheckpoint,
  decide: (command, state) => sealCheckpoint(command, state),
};
