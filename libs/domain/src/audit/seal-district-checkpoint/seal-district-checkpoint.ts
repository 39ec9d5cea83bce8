import type { DistrictCheckpointSealed } from '../audit.events.js';

export interface SealDistrictCheckpoint {
  readonly kind: 'SealDistrictCheckpoint';
  readonly rootHash: string;
  readonly algorithm: string;
  readonly communities: DistrictCheckpointSealed['data']['communities'];
  readonly signatureAlgorithm: string;
  readonly signature: string;
  readonly publicKey: string;
}

export function sealDistrictCheckpoint(command: SealDistrictCheckpoint): DistrictCheckpointSealed[] {
  const { kind: _kind, ...data } = command;
  return [{ type: 'DistrictCheckpointSealed', data }];
}
