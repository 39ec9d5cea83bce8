import canonicalize from 'canonicalize';
import { signBytes, verifyBytes, type SignatureAlgorithm } from './checkpoint.js';
import { merkleRoot, type MerkleAlgorithm } from './merkle.js';

/** One community's entry in a district checkpoint: its log size and Merkle root at sealing time. */
export interface CommunityRoot {
  readonly communityId: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly verified: boolean;
}

/** A district's root over its communities' roots (leaf i = canonical JSON of the i-th community entry, in id order). */
export interface DistrictCheckpoint {
  readonly districtId: string;
  readonly algorithm: MerkleAlgorithm;
  readonly rootHash: string;
  readonly communities: readonly CommunityRoot[];
  readonly sealedAt: string;
}

export interface SignedDistrictCheckpoint extends DistrictCheckpoint {
  readonly signatureAlgorithm: SignatureAlgorithm;
  readonly signature: string;
  readonly publicKey: string;
}

/** The leaves of a district tree: RFC 8785 canonical JSON of each community entry, in community id order. */
export function districtLeaves(communities: readonly CommunityRoot[]): Buffer[] {
  return [...communities]
    .sort((a, b) => (a.communityId < b.communityId ? -1 : a.communityId > b.communityId ? 1 : 0))
    .map((c) =>
      Buffer.from(
        canonicalize({
          communityId: c.communityId,
          treeSize: c.treeSize,
          rootHash: c.rootHash,
          verified: c.verified,
        }) as string,
        'utf8',
      ),
    );
}

export function districtRoot(algorithm: MerkleAlgorithm, communities: readonly CommunityRoot[]): string {
  return merkleRoot(algorithm, districtLeaves(communities)).toString('hex');
}

const bytes = (c: DistrictCheckpoint) =>
  Buffer.from(
    canonicalize({
      districtId: c.districtId,
      algorithm: c.algorithm,
      rootHash: c.rootHash,
      communities: c.communities.map((x) => ({
        communityId: x.communityId,
        treeSize: x.treeSize,
        rootHash: x.rootHash,
        verified: x.verified,
      })),
      sealedAt: c.sealedAt,
    }) as string,
    'utf8',
  );

export function signDistrictCheckpoint(checkpoint: DistrictCheckpoint, privateKey: string): SignedDistrictCheckpoint {
  return { ...checkpoint, ...signBytes(bytes(checkpoint), privateKey) };
}

/** Holds when the signature verifies under the trusted key and the root is the root of the listed communities. */
export function verifyDistrictCheckpoint(
  checkpoint: SignedDistrictCheckpoint,
  trustedPublicKey: string,
): { ok: boolean; problem: string | null } {
  if (!verifyBytes(bytes(checkpoint), checkpoint.signatureAlgorithm, checkpoint.signature, trustedPublicKey))
    return { ok: false, problem: 'signature' };
  if (districtRoot(checkpoint.algorithm, checkpoint.communities) !== checkpoint.rootHash)
    return { ok: false, problem: 'root' };
  return { ok: true, problem: null };
}
