import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { MerkleAlgorithm } from './merkle.js';

/** What a sealed checkpoint states: the tenant's log of `treeSize` events has this Merkle root. */
export interface Checkpoint {
  readonly tenantId: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly algorithm: MerkleAlgorithm;
  readonly sealedAt: string;
}

/** Signed with Ed25519 over the RFC 8785 canonical JSON of the checkpoint. */
export interface SignedCheckpoint extends Checkpoint {
  readonly signatureAlgorithm: 'ed25519';
  readonly signature: string;
  readonly publicKey: string;
}

const bytes = (checkpoint: Checkpoint) =>
  Buffer.from(
    canonicalize({ tenantId: checkpoint.tenantId, treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash, algorithm: checkpoint.algorithm, sealedAt: checkpoint.sealedAt }) as string,
    'utf8',
  );

export function signCheckpoint(checkpoint: Checkpoint, privateKeyPem: string): SignedCheckpoint {
  const key: KeyObject = createPrivateKey(privateKeyPem);
  return {
    ...checkpoint,
    signatureAlgorithm: 'ed25519',
    signature: sign(null, bytes(checkpoint), key).toString('base64'),
    publicKey: createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** True when the signature covers exactly this checkpoint under the given (trusted) public key. */
export function verifyCheckpoint(checkpoint: SignedCheckpoint, trustedPublicKeyPem: string): boolean {
  try {
    return verify(null, bytes(checkpoint), createPublicKey(trustedPublicKeyPem), Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}
