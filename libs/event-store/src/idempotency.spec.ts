import { commandDifferences, commandKindOf, type StoredCommand } from './idempotency.js';

const first: StoredCommand = {
  commandId: 'k',
  fingerprint: { kind: 'POST /a', bodyHash: 'h1' },
  streamIds: ['request-1'],
  recordedAt: '2026-12-01T00:00:00.000Z',
  results: [],
};

describe('comparing a later use of an idempotency key with its first use', () => {
  it('finds no difference for a retry', () => {
    expect(
      commandDifferences(first, { fingerprint: { kind: 'POST /a', bodyHash: 'h1' }, streamIds: ['request-1'] }),
    ).toEqual([]);
  });

  it('names each difference: kind, target, body', () => {
    expect(
      commandDifferences(first, { fingerprint: { kind: 'POST /b', bodyHash: 'h2' }, streamIds: ['request-2'] }),
    ).toEqual(['kind', 'target', 'body']);
  });

  it('compares only the target of a legacy record, and of a use without a fingerprint', () => {
    const legacy = { ...first, fingerprint: null };
    expect(
      commandDifferences(legacy, { fingerprint: { kind: 'POST /b', bodyHash: 'h2' }, streamIds: ['request-1'] }),
    ).toEqual([]);
    expect(commandDifferences(legacy, { streamIds: ['request-2'] })).toEqual(['target']);
    expect(commandDifferences(first, { streamIds: ['request-1'] })).toEqual([]);
    expect(commandKindOf(legacy)).toBe('unknown');
  });
});
