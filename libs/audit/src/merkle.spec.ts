import { createHash } from 'node:crypto';
import {
  consistencyProof,
  inclusionProof,
  merkleRoot,
  verifyConsistency,
  verifyInclusion,
  type MerkleAlgorithm,
} from './merkle.js';

/** RFC 6962 §2.1, written out independently from the definition, recursively. */
function definitionRoot(algorithm: MerkleAlgorithm, d: Buffer[]): Buffer {
  const h = (...parts: Buffer[]) => createHash(algorithm).update(Buffer.concat(parts)).digest();
  if (d.length === 0) return h();
  if (d.length === 1) return h(Buffer.from([0]), d[0]);
  let k = 1;
  while (k << 1 < d.length) k <<= 1;
  return h(Buffer.from([1]), definitionRoot(algorithm, d.slice(0, k)), definitionRoot(algorithm, d.slice(k)));
}

const leaves = (n: number) => Array.from({ length: n }, (_, i) => createHash('sha256').update(`event ${i}`).digest());

describe.each(['sha256', 'sm3'] as const)('RFC 6962 Merkle tree (%s)', (algorithm) => {
  it('gives the root of the definition for every size up to 33, and H("") for the empty tree', () => {
    for (let n = 0; n <= 33; n += 1)
      expect(merkleRoot(algorithm, leaves(n)).toString('hex')).toBe(
        definitionRoot(algorithm, leaves(n)).toString('hex'),
      );
    if (algorithm === 'sha256')
      expect(merkleRoot(algorithm, []).toString('hex')).toBe(
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      );
  });

  it('proves every leaf of every tree up to 20, and refuses a wrong leaf, index or root', () => {
    for (let n = 1; n <= 20; n += 1) {
      const d = leaves(n);
      const root = merkleRoot(algorithm, d);
      for (let m = 0; m < n; m += 1) {
        const proof = inclusionProof(algorithm, d, m);
        expect(verifyInclusion(algorithm, d[m] as Buffer, m, n, proof, root)).toBe(true);
        expect(verifyInclusion(algorithm, Buffer.from('forged'), m, n, proof, root)).toBe(false);
        if (n > 1) expect(verifyInclusion(algorithm, d[m] as Buffer, (m + 1) % n, n, proof, root)).toBe(false);
      }
      expect(
        verifyInclusion(
          algorithm,
          d[0] as Buffer,
          0,
          n,
          inclusionProof(algorithm, d, 0),
          merkleRoot(algorithm, leaves(n + 1)),
        ),
      ).toBe(false);
    }
  });

  it('proves every tree up to 20 extends each earlier one, and refuses a rewritten history', () => {
    for (let n = 1; n <= 20; n += 1) {
      const d = leaves(n);
      for (let m = 1; m <= n; m += 1) {
        const proof = consistencyProof(algorithm, d, m);
        const oldRoot = merkleRoot(algorithm, d.slice(0, m));
        expect(verifyConsistency(algorithm, m, n, oldRoot, merkleRoot(algorithm, d), proof)).toBe(true);
        if (m < n) {
          const rewritten = [...d.slice(0, m - 1), Buffer.from('rewritten'), ...d.slice(m)];
          expect(verifyConsistency(algorithm, m, n, oldRoot, merkleRoot(algorithm, rewritten), proof)).toBe(false);
        }
      }
    }
  });
});

describe('streaming Merkle root', () => {
  it.each(['sha256', 'sm3'] as const)(
    'equals the RFC 6962 root for every size from 0 to 70 (%s)',
    async (algorithm) => {
      const { MerkleAccumulator, merkleRoot } = await import('./merkle.js');
      const { createHash } = await import('node:crypto');
      const leaves = Array.from({ length: 70 }, (_, i) => createHash('sha256').update(`event-${i}`).digest());
      for (let n = 0; n <= 70; n += 1) {
        const acc = new MerkleAccumulator(algorithm);
        for (const leaf of leaves.slice(0, n)) acc.push(leaf);
        expect({ n, root: acc.root().toString('hex') }).toEqual({
          n,
          root: merkleRoot(algorithm, leaves.slice(0, n)).toString('hex'),
        });
      }
    },
  );
});
