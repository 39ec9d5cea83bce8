import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { TenantId } from '@tongxin/tenancy';
import { canonicalEventBytes, computeEventHash, GENESIS_HASH, toHashAlgorithm, type HashedFields } from './hashing.js';

const fields: HashedFields = {
  eventId: '00000000-0000-4000-8000-000000000001',
  type: 'DisputeMediated',
  schemaVersion: 1,
  tenantId: 'fenghuang' as TenantId,
  tenantSequence: 1,
  streamId: 'dispute-1',
  streamVersion: 2,
  occurredAt: '2026-03-01T02:00:00.000Z',
  recordedAt: '2026-03-01T03:00:00.000Z',
  actor: { userId: 'u-1', role: 'community-staff' },
  commandId: null,
  correlationId: 'c-1',
  causationId: null,
  data: { 调解室: '近邻评理室', parties: 2, agreement: true },
  prevHash: GENESIS_HASH,
};

describe('event hashing', () => {
  it('hashes RFC 8785 canonical JSON, independent of key order', () => {
    const reordered = { ...fields, data: { agreement: true, parties: 2, 调解室: '近邻评理室' } };
    expect(canonicalEventBytes(reordered)).toBe(canonicalEventBytes(fields));
    expect(
      canonicalEventBytes(fields).startsWith('{"actor":{"role":"community-staff","userId":"u-1"},"causationId":null'),
    ).toBe(true);
  });

  it('writes exactly what canonicalize() gives for the whole envelope, for awkward values too', () => {
    const awkward: HashedFields = {
      ...fields,
      commandId: 'cmd-"quoted"',
      causationId: 'c\\back\nslash',
      correlationId: '\u2028 line separator and emoji 🏮',
      data: { z: [1, 2.5, -0, 1e21, null], a: { é: 'ü', '\u0000x': 'nul' }, nested: { b: true, a: false } },
      streamId: 'request-😀',
    };
    for (const sample of [fields, awkward]) expect(canonicalEventBytes(sample)).toBe(canonicalize(sample));
  });

  it('computes SHA-256 and SM3 digests of those bytes', () => {
    const bytes = canonicalEventBytes(fields);
    expect(computeEventHash(fields, 'sha256')).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(computeEventHash(fields, 'sm3')).toBe(createHash('sm3').update(bytes).digest('hex'));
    expect(computeEventHash(fields, 'sm3')).not.toBe(computeEventHash(fields, 'sha256'));
  });

  it('changes when any covered field changes, including its place in the tenant history and the previous hash', () => {
    const base = computeEventHash(fields, 'sha256');
    const variants: Partial<HashedFields>[] = [
      { tenantSequence: 2 },
      { streamVersion: 3 },
      { prevHash: 'f'.repeat(64) },
      { data: { ...(fields.data as object), parties: 3 } },
      { occurredAt: '2026-03-01T02:00:00.001Z' },
      { actor: { userId: 'u-2', role: 'community-staff' } },
    ];
    for (const variant of variants) expect(computeEventHash({ ...fields, ...variant }, 'sha256')).not.toBe(base);
  });

  it('refuses unknown algorithms by name', () => {
    expect(() => toHashAlgorithm('md5')).toThrow(expect.objectContaining({ code: 'UNKNOWN_HASH_ALGORITHM' }));
  });
});
