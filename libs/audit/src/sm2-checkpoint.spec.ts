import { generateKeyPairSync } from 'node:crypto';
import { generateSm2KeyPair, signatureAlgorithmOf, signCheckpoint, verifyCheckpoint } from './checkpoint.js';
import { districtRoot, signDistrictCheckpoint, verifyDistrictCheckpoint } from './district-checkpoint.js';

const checkpoint = {
  tenantId: 'c-fenghuang',
  treeSize: 7,
  rootHash: 'ab'.repeat(32),
  algorithm: 'sm3' as const,
  sealedAt: '2026-11-30T16:00:00.000Z',
};

describe('SM2 checkpoint signatures (国密)', () => {
  it('signs with SM2 when the key is an SM2 private key and verifies under its public key', () => {
    const { privateKey, publicKey } = generateSm2KeyPair();
    expect(signatureAlgorithmOf(privateKey)).toBe('sm2');
    const signed = signCheckpoint(checkpoint, privateKey);
    expect(signed).toMatchObject({ signatureAlgorithm: 'sm2', publicKey });
    expect(signed.signature).toMatch(/^[0-9a-f]{128}$/);
    expect(verifyCheckpoint(signed, publicKey)).toBe(true);
  });

  it('refuses an altered checkpoint, a forged signature and another key', () => {
    const { privateKey, publicKey } = generateSm2KeyPair();
    const signed = signCheckpoint(checkpoint, privateKey);
    expect(verifyCheckpoint({ ...signed, treeSize: 8 }, publicKey)).toBe(false);
    expect(verifyCheckpoint({ ...signed, rootHash: 'cd'.repeat(32) }, publicKey)).toBe(false);
    const forged = `${signed.signature.slice(0, 127)}${signed.signature.endsWith('0') ? '1' : '0'}`;
    expect(verifyCheckpoint({ ...signed, signature: forged }, publicKey)).toBe(false);
    expect(verifyCheckpoint(signed, generateSm2KeyPair().publicKey)).toBe(false);
    // The trusted key decides, not the one the checkpoint carries.
    const other = generateSm2KeyPair();
    const resigned = signCheckpoint(checkpoint, other.privateKey);
    expect(verifyCheckpoint(resigned, publicKey)).toBe(false);
  });

  it('keeps Ed25519 as the default and never accepts an SM2 signature under an Ed25519 key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(signatureAlgorithmOf(pem)).toBe('ed25519');
    const signed = signCheckpoint(checkpoint, pem);
    const trusted = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(verifyCheckpoint(signed, trusted)).toBe(true);
    expect(verifyCheckpoint({ ...signed, signatureAlgorithm: 'sm2' }, trusted)).toBe(false);
  });

  it("signs a district root over its communities' roots and catches a changed community entry", () => {
    const { privateKey, publicKey } = generateSm2KeyPair();
    const communities = [
      { communityId: 'c-b', treeSize: 3, rootHash: '11'.repeat(32), verified: true },
      { communityId: 'c-a', treeSize: 5, rootHash: '22'.repeat(32), verified: true },
    ];
    const signed = signDistrictCheckpoint(
      {
        districtId: 'd-1',
        algorithm: 'sha256',
        rootHash: districtRoot('sha256', communities),
        communities,
        sealedAt: checkpoint.sealedAt,
      },
      privateKey,
    );
    expect(verifyDistrictCheckpoint(signed, publicKey)).toEqual({ ok: true, problem: null });
    const changed = { ...signed, communities: [{ ...communities[0], treeSize: 4 }, communities[1]] };
    expect(verifyDistrictCheckpoint(changed, publicKey)).toEqual({ ok: false, problem: 'signature' });
  });
});
