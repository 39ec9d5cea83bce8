import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';

/** An auditor read a community's history: who (envelope actor), what range, when (envelope times). */
export type HistoryRead = DomainEvent<
  'HistoryRead',
  { readonly purpose: 'history' | 'verify' | 'export'; readonly afterPosition: number; readonly returned: number | null; readonly lastPosition: number | null }
>;

export interface RecordHistoryRead {
  readonly kind: 'RecordHistoryRead';
  readonly purpose: 'history' | 'verify' | 'export';
  readonly afterPosition: number;
  /** null for an export: it is recorded before the stream starts. */
  readonly returned: number | null;
  readonly lastPosition: number | null;
}

export const AUDIT_LOG_STREAM = 'audit-log';

/** The audit log only accumulates: every read is recorded, nothing is refused. */
export const auditLogDecider: Decider<RecordHistoryRead, { readonly reads: number }, HistoryRead> = {
  initialState: { reads: 0 },
  evolve: (state) => ({ reads: state.reads + 1 }),
  decide: ({ purpose, afterPosition, returned, lastPosition }) => [{ type: 'HistoryRead', data: { purpose, afterPosition, returned, lastPosition } }],
};

/** A sealed checkpoint of the community's log (RFC 6962 Merkle root over its first treeSize events), signed. */
export type CheckpointSealed = DomainEvent<
  'CheckpointSealed',
  { readonly treeSize: number; readonly rootHash: string; readonly algorithm: string; readonly signatureAlgorithm: string; readonly signature: string; readonly publicKey: string }
>;

export interface SealCheckpoint {
  readonly kind: 'SealCheckpoint';
  readonly treeSize: number;
  readonly rootHash: string;
  readonly algorithm: string;
  readonly signatureAlgorithm: string;
  readonly signature: string;
  readonly publicKey: string;
}

export const CHECKPOINT_STREAM = 'audit-checkpoints';

/** Checkpoints only grow: a seal over fewer events than the last one is refused. */
export const checkpointDecider: Decider<SealCheckpoint, { readonly lastTreeSize: number }, CheckpointSealed> = {
  initialState: { lastTreeSize: 0 },
  evolve: (_state, event) => ({ lastTreeSize: event.data.treeSize }),
  decide: (command, state) => {
    if (command.treeSize < state.lastTreeSize) {
      throw new DomainError('CHECKPOINT_SHRINKS', 'conflict', '新检查点不能小于上一检查点', `A checkpoint of ${command.treeSize} events cannot follow one of ${state.lastTreeSize}`);
    }
    const { kind: _kind, ...data } = command;
    return [{ type: 'CheckpointSealed', data }];
  },
};
