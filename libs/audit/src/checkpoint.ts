import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { sm2 } from 'sm-crypto-v2';
import type { MerkleAlgorithm } from './merkle.js';

/** What a sealed checkpoint states: the tenant's log of `treeSize` events has this Merkle root. */
export interface Checkpoint {
  readonly tenantId: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly algorithm: MerkleAlgorithm;
  readonly sealedAt: string;
}

/**
 * Ed25519 by default; SM2 (GB/T 32918.2, with SM3 and the standard's default signer id
 * `1234567812345678`, via sm-crypto-v2) where the deployment uses the 国密 suite.
 */
export const SIGNATURE_ALGORITHMS = ['ed25519', 'sm2'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

/** Signed over the RFC 8785 canonical JSON of the checkpoint. */
export interface SignedCheckpoint extends Checkpoint {
  readonly signatureAlgorithm: SignatureAlgorithm;
  /** Ed25519: base64; SM2: hex r ‖ s. */
  readonly signature: string;
  /** Ed25519: SPKI PEM; SM2: uncompressed public key in hex (04 ‖ x ‖ y). */
  readonly publicKey: string;
}

const bytes = (checkpoint: Checkpoint) =>
  Buffer.from(
    canonicalize({
      tenantId: checkpoint.tenantId,
      treeSize: checkpoint.treeSize,
      rootHash: checkpoint.rootHash,
      algorithm: checkpoint.algorithm,
      sealedAt: checkpoint.sealedAt,
    }) as string,
    'utf8',
  );

const SM2_PRIVATE_KEY = /^[0-9a-fA-F]{64}$/;

/** Which algorithm a signing key is for: an SM2 private key is 64 hex digits, an Ed25519 one a PKCS#8 PEM. */
export function signatureAlgorithmOf(privateKey: string): SignatureAlgorithm {
  return SM2_PRIVATE_KEY.test(privateKey.trim()) ? 'sm2' : 'ed25519';
}

/** Signs any bytes with the key (SM2 hex or Ed25519 PEM); returns the signature and the public key to publish. */
export function signBytes(
  message: Buffer,
  privateKey: string,
): { signatureAlgorithm: SignatureAlgorithm; signature: string; publicKey: string } {
  if (signatureAlgorithmOf(privateKey) === 'sm2') {
    const key = privateKey.trim().toLowerCase();
    const publicKey = sm2.getPublicKeyFromPrivateKey(key);
    return {
      signatureAlgorithm: 'sm2',
      signature: sm2.doSignature(Uint8Array.from(message), key, { hash: true, publicKey }),
      publicKey,
    };
  }
  const key: KeyObject = createPrivateKey(privateKey);
  return {
    signatureAlgorithm: 'ed25519',
    signature: sign(null, message, key).toString('base64'),
    publicKey: createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export function verifyBytes(
  message: Buffer,
  signatureAlgorithm: string,
  signature: string,
  trustedPublicKey: string,
): boolean {
  try {
    if (signatureAlgorithm === 'sm2')
      return sm2.doVerifySignature(Uint8Array.from(message), signature, trustedPublicKey.trim().toLowerCase(), {
        hash: true,
      });
    if (signatureAlgorithm === 'ed25519')
      return verify(null, message, createPublicKey(trustedPublicKey), Buffer.from(signature, 'base64'));
    return false;
  } catch {
    return false;
  }
}

export function signCheckpoint(checkpoint: Checkpoint, privateKey: string): SignedCheckpoint {
  return { ...checkpoint, ...signBytes(bytes(checkpoint), privateKey) };
}

/** True when the signature covers exactly this checkpoint under the given (trusted) public key: a PEM for Ed25519, hex for SM2. */
export function verifyCheckpoint(checkpoint: SignedCheckpoint, trustedPublicKey: string): boolean {
  return verifyBytes(bytes(checkpoint), checkpoint.signatureAlgorithm, checkpoint.signature, trustedPublicKey);
}

/** A new SM2 key pair in hex (private: 64 digits; public: uncompressed, 130 digits). */
export function generateSm2KeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey, publicKey };
}
