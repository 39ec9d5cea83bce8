import { generateKeyPairSync } from 'node:crypto';
import { signCheckpoint, verifyCheckpoint } from './checkpoint.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const checkpoint = {
  tenantId: 'c-fenghuang',
  treeSize: 42,
  rootHash: 'ab'.repeat(32),
  algorithm: 'sha256' as const,
  sealedAt: '2026-11-24T12:00:00.000Z',
};

describe('signed checkpoints', () => {
  it("verifies under the signer's key and names that key", () => {
    const signed = signCheckpoint(checkpoint, privatePem);
    expect(signed.publicKey).toBe(publicPem);
    expect(verifyCheckpoint(signed, publicPem)).toBe(true);
  });

  it('fails when any field changes or another key is trusted', () => {
    const signed = signCheckpoint(checkpoint, privatePem);
    expect(verifyCheckpoint({ ...signed, treeSize: 43 }, publicPem)).toBe(false);
    expect(verifyCheckpoint({ ...signed, rootHash: 'cd'.repeat(32) }, publicPem)).toBe(false);
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(verifyCheckpoint(signed, other)).toBe(false);
  });
});
