import { randomBytes } from 'node:crypto';
import { newDataKey, openBytes, PII_CIPHERS, sealBytes, unwrapDataKey, wrapDataKey } from './pii-cipher.js';

const hex = (h: string) => Buffer.from(h, 'hex');

describe('SM4-GCM through sm-crypto-v2', () => {
  it('reproduces the RFC 8998 Appendix A.1 SM4-GCM test vector', () => {
    const key = hex('0123456789abcdeffedcba9876543210');
    const nonce = hex('00001234567800000000abcd');
    const aad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
    const plaintext = hex(
      'aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccddddddddddddddddeeeeeeeeeeeeeeeeffffffffffffffffeeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa',
    );
    const sealed = sealBytes('sm4-gcm', key, plaintext, aad, nonce);
    expect(sealed.subarray(12, sealed.length - 16).toString('hex')).toBe(
      '17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d',
    );
    expect(sealed.subarray(sealed.length - 16).toString('hex')).toBe('83de3541e4c2b58177e065a9bf7b62ec');
    expect(openBytes('sm4-gcm', key, sealed, aad)).toEqual(plaintext);
  });
});

describe.each(PII_CIPHERS)('personal data cipher %s', (cipher) => {
  const aad = Buffer.from('c-1\0request-1');

  it('round-trips and uses a fresh nonce each time', () => {
    const key = newDataKey(cipher);
    const a = sealBytes(cipher, key, Buffer.from('王阿姨 13800000000'), aad);
    const b = sealBytes(cipher, key, Buffer.from('王阿姨 13800000000'), aad);
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('13800000000'))).toBe(false);
    expect(openBytes(cipher, key, a, aad).toString()).toBe('王阿姨 13800000000');
  });

  it("refuses a changed ciphertext, another subject's associated data and another key", () => {
    const key = newDataKey(cipher);
    const sealed = sealBytes(cipher, key, Buffer.from('陈某'), aad);
    const flipped = Buffer.from(sealed);
    flipped[14] = flipped[14] ^ 1;
    expect(() => openBytes(cipher, key, flipped, aad)).toThrow('does not decrypt');
    expect(() => openBytes(cipher, key, sealed, Buffer.from('c-1\0request-2'))).toThrow('does not decrypt');
    expect(() => openBytes(cipher, newDataKey(cipher), sealed, aad)).toThrow('does not decrypt');
  });

  it('wraps a data key under a master key and unwraps it only with that master key', () => {
    const master = randomBytes(32);
    const dataKey = newDataKey(cipher);
    const wrapped = wrapDataKey(cipher, master, dataKey, aad);
    expect(wrapped.includes(dataKey)).toBe(false);
    expect(unwrapDataKey(cipher, master, wrapped, aad)).toEqual(dataKey);
    expect(() => unwrapDataKey(cipher, randomBytes(32), wrapped, aad)).toThrow('does not decrypt');
  });
});
