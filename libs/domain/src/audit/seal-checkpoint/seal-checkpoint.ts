import { DomainError } from '../../shared/domain-error.js';
import type { CheckpointSealed } from '../audit.events.js';
import type { CheckpointState } from '../audit.state.js';

export interface SealCheckpoint {
  readonly kind: 'SealCheckpoint';
  readonly treeSize: number;
  readonly rootHash: string;
  readonly algorithm: string;
  readonly signatureAlgorithm: string;
  readonly signature: string;
  readonly publicKey: string;
}

export function sealCheckpoint(command: SealCheckpoint, state: CheckpointState): CheckpointSealed[] {
  if (command.treeSize < state.lastTreeSize) {
    throw new DomainError(
      'CHECKPOINT_SHRINKS',
      'conflict',
      '新检查点不能小于上一检查点',
      `A checkpoint of ${command.treeSize} events cannot follow one of ${state.lastTreeSize}`,
    );
  }
  const { kind: _kind, ...data } = command;
  return [{ type: 'CheckpointSealed', data }];
}
