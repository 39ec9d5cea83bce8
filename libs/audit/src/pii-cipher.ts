import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { kdf, sm4 } from 'sm-crypto-v2';

/**
 * Authenticated encryption of personal data: AES-256-GCM (node:crypto) by default, SM4-GCM
 * (GB/T 32907, via sm-crypto-v2, which offers SM4 in ECB, CBC and GCM modes; we use GCM)
 * under the 国密 suite. Both give a 12-byte nonce and a 16-byte tag; the associated data binds
 * a ciphertext to where it belongs (tenant and data subject), so it cannot be moved elsewhere.
 */
export const PII_CIPHERS = ['aes-256-gcm', 'sm4-gcm'] as const;
export type PiiCipher = (typeof PII_CIPHERS)[number];

export const isPiiCipher = (value: unknown): value is PiiCipher =>
  typeof value === 'string' && (PII_CIPHERS as readonly string[]).includes(value);

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Key length the cipher needs: 32 bytes for AES-256, 16 for SM4. */
export const dataKeyBytes = (cipher: PiiCipher): number => (cipher === 'aes-256-gcm' ? 32 : 16);

export class PiiDecryptionError extends Error {
  constructor(reason: string) {
    super(`personal data does not decrypt: ${reason}`);
    this.name = 'PiiDecryptionError';
  }
}

/** nonce ‖ ciphertext ‖ tag. */
export function sealBytes(
  cipher: PiiCipher,
  key: Buffer,
  plaintext: Buffer,
  aad: Buffer,
  nonce: Buffer = randomBytes(NONCE_BYTES),
): Buffer {
  if (key.length !== dataKeyBytes(cipher))
    throw new PiiDecryptionError(`${cipher} needs a ${dataKeyBytes(cipher)}-byte key`);
  if (cipher === 'aes-256-gcm') {
    const c = createCipheriv('aes-256-gcm', key, nonce);
    c.setAAD(aad);
    const body = Buffer.concat([c.update(plaintext), c.final()]);
    return Buffer.concat([nonce, body, c.getAuthTag()]);
  }
  const result = sm4.encrypt(Uint8Array.from(plaintext), Uint8Array.from(key), {
    mode: 'gcm',
    iv: Uint8Array.from(nonce),
    associatedData: Uint8Array.from(aad),
    padding: 'none',
    output: 'array',
    outputTag: true,
  });
  return Buffer.concat([nonce, Buffer.from(result.output), Buffer.from(result.tag as Uint8Array)]);
}

export function openBytes(cipher: PiiCipher, key: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new PiiDecryptionError('too short');
  const nonce = sealed.subarray(0, NONCE_BYTES);
  const body = sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  try {
    if (cipher === 'aes-256-gcm') {
      const d = createDecipheriv('aes-256-gcm', key, nonce);
      d.setAAD(aad);
      d.setAuthTag(tag);
      return Buffer.concat([d.update(body), d.final()]);
    }
    const out = sm4.decrypt(Uint8Array.from(body), Uint8Array.from(key), {
      mode: 'gcm',
      iv: Uint8Array.from(nonce),
      associatedData: Uint8Array.from(aad),
      tag: Uint8Array.from(tag),
      padding: 'none',
      output: 'array',
    });
    return Buffer.from(out);
  } catch (error) {
    throw new PiiDecryptionError(error instanceof Error ? error.message : String(error));
  }
}

/** A fresh random data key for one data subject. */
export const newDataKey = (cipher: PiiCipher): Buffer => randomBytes(dataKeyBytes(cipher));

/**
 * The key-encryption key a master key gives for a cipher: AES uses the 32-byte master key as
 * it is; SM4 takes 16 bytes from the SM3-based KDF of GB/T 32918 over it (never a truncation).
 */
export function keyEncryptionKey(cipher: PiiCipher, masterKey: Buffer): Buffer {
  if (cipher === 'aes-256-gcm')
    return masterKey.length === 32 ? masterKey : createHash('sha256').update(masterKey).digest();
  return Buffer.from(kdf(Uint8Array.from(masterKey), 16));
}

/** Wraps (encrypts) a data key under a master key; the associated data names the subject it belongs to. */
export function wrapDataKey(cipher: PiiCipher, masterKey: Buffer, dataKey: Buffer, aad: Buffer): Buffer {
  return sealBytes(cipher, keyEncryptionKey(cipher, masterKey), dataKey, aad);
}

export function unwrapDataKey(cipher: PiiCipher, masterKey: Buffer, wrapped: Buffer, aad: Buffer): Buffer {
  return openBytes(cipher, keyEncryptionKey(cipher, masterKey), wrapped, aad);
}
