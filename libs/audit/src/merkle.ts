import { createHash } from 'node:crypto';

/**
 * Merkle tree hashing of RFC 6962 / RFC 9162 §2.1 over a tenant's event hashes: leaf =
 * H(0x00 || leaf), node = H(0x01 || left || right), split at the largest power of two strictly
 * below n, no duplication of the last node. H is SHA-256 or SM3, like the tenant's chain.
 */
export type MerkleAlgorithm = 'sha256' | 'sm3';

const LEAF = Buffer.from([0x00]);
const NODE = Buffer.from([0x01]);

function digest(algorithm: MerkleAlgorithm, ...parts: Buffer[]): Buffer {
  const hash = createHash(algorithm);
  for (const part of parts) hash.update(part);
  return hash.digest();
}

export const leafHash = (algorithm: MerkleAlgorithm, leaf: Buffer): Buffer => digest(algorithm, LEAF, leaf);
export const nodeHash = (algorithm: MerkleAlgorithm, left: Buffer, right: Buffer): Buffer =>
  digest(algorithm, NODE, left, right);

/** The largest power of two strictly below n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) of RFC 9162 §2.1.1; leaves are the raw entries (event hashes as bytes). */
export function merkleRoot(algorithm: MerkleAlgorithm, leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return digest(algorithm);
  // Bottom-up over leaf hashes: the same tree as the recursive definition, with an unpaired last
  // node carried up unchanged (never duplicated).
  let level = leaves.map((leaf) => leafHash(algorithm, leaf));
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? nodeHash(algorithm, level[i], level[i + 1]) : level[i]);
    level = next;
  }
  return level[0];
}

function subtreeRoot(algorithm: MerkleAlgorithm, leaves: readonly Buffer[], from: number, to: number): Buffer {
  return merkleRoot(algorithm, leaves.slice(from, to));
}

/** PATH(m, D[n]) of RFC 9162 §2.1.3.1: the audit path proving leaf m is in the tree of size n. */
export function inclusionProof(algorithm: MerkleAlgorithm, leaves: readonly Buffer[], index: number): Buffer[] {
  if (index < 0 || index >= leaves.length) throw new RangeError(`leaf ${index} is not in a tree of ${leaves.length}`);
  const path = (m: number, from: number, to: number): Buffer[] => {
    const n = to - from;
    if (n === 1) return [];
    const k = splitPoint(n);
    return m < k
      ? [...path(m, from, from + k), subtreeRoot(algorithm, leaves, from + k, to)]
      : [...path(m - k, from + k, to), subtreeRoot(algorithm, leaves, from, from + k)];
  };
  return path(index, 0, leaves.length);
}

/** Verifies an inclusion proof (RFC 9162 §2.1.3.2). */
export function verifyInclusion(
  algorithm: MerkleAlgorithm,
  leaf: Buffer,
  index: number,
  treeSize: number,
  proof: readonly Buffer[],
  root: Buffer,
): boolean {
  if (index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash(algorithm, leaf);
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(algorithm, p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(algorithm, r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** PROOF(m, D[n]) of RFC 9162 §2.1.4.1: the tree of size n extends the tree of size m. */
export function consistencyProof(algorithm: MerkleAlgorithm, leaves: readonly Buffer[], oldSize: number): Buffer[] {
  if (oldSize < 1 || oldSize > leaves.length)
    throw new RangeError(`no consistency proof from ${oldSize} to ${leaves.length}`);
  const subproof = (m: number, from: number, to: number, complete: boolean): Buffer[] => {
    const n = to - from;
    if (m === n) return complete ? [] : [subtreeRoot(algorithm, leaves, from, to)];
    const k = splitPoint(n);
    return m <= k
      ? [...subproof(m, from, from + k, complete), subtreeRoot(algorithm, leaves, from + k, to)]
      : [...subproof(m - k, from + k, to, false), subtreeRoot(algorithm, leaves, from, from + k)];
  };
  return subproof(oldSize, 0, leaves.length, true);
}

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

/** Verifies a consistency proof (RFC 9162 §2.1.4.2). */
export function verifyConsistency(
  algorithm: MerkleAlgorithm,
  oldSize: number,
  newSize: number,
  oldRoot: Buffer,
  newRoot: Buffer,
  proof: readonly Buffer[],
): boolean {
  if (oldSize < 1 || oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && oldRoot.equals(newRoot);
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(algorithm, c, fr);
      sr = nodeHash(algorithm, c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(algorithm, sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(oldRoot) && sr.equals(newRoot);
}

/**
 * The same root computed in one pass over the leaves in O(log n) memory: a stack of perfect
 * subtrees (one per set bit of n, like a binary counter); the root folds them right to left,
 * which is the RFC 6962 split (largest power of two on the left). For streaming a long log.
 */
export class MerkleAccumulator {
  private readonly stack: { size: number; hash: Buffer }[] = [];
  private count = 0;

  constructor(private readonly algorithm: MerkleAlgorithm) {}

  get size(): number {
    return this.count;
  }

  push(leaf: Buffer): void {
    let node = { size: 1, hash: leafHash(this.algorithm, leaf) };
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1] as { size: number }).size === node.size) {
      const left = this.stack.pop() as { size: number; hash: Buffer };
      node = { size: left.size * 2, hash: nodeHash(this.algorithm, left.hash, node.hash) };
    }
    this.stack.push(node);
    this.count += 1;
  }

  root(): Buffer {
    if (this.stack.length === 0) return digest(this.algorithm);
    let acc = (this.stack[this.stack.length - 1] as { hash: Buffer }).hash;
    for (let i = this.stack.length - 2; i >= 0; i -= 1)
      acc = nodeHash(this.algorithm, (this.stack[i] as { hash: Buffer }).hash, acc);
    return acc;
  }
}
