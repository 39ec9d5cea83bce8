import {
  districtRoot,
  MerkleAccumulator,
  merkleRoot,
  signCheckpoint,
  signDistrictCheckpoint,
  type CommunityRoot,
  type MerkleAlgorithm,
  type SignedCheckpoint,
  type SignedDistrictCheckpoint,
} from '@tongxin/audit';
import {
  CHECKPOINT_STREAM,
  checkpointDecider,
  DISTRICT_CHECKPOINT_STREAM,
  districtCheckpointDecider,
} from '@tongxin/domain';
import type { EventStore, VerificationResult } from '@tongxin/event-store';
import { CodedError, type Actor, type Clock } from '@tongxin/kernel';
import { tenantScope, toTenantId, type TenantId } from '@tongxin/tenancy';
import type { CommandExecutor, CommandOutcome } from '../shared/command-executor.js';

export interface CommunityLeaves {
  readonly leaves: Buffer[];
  readonly eventIds: string[];
  readonly lastType: string | null;
  readonly algorithm: MerkleAlgorithm;
  readonly verification: VerificationResult;
}

/** A community's event hashes in tenant-sequence order: the leaves of its Merkle tree (32 bytes per event in memory). */
export async function communityLeaves(store: EventStore, tenantId: TenantId): Promise<CommunityLeaves> {
  const events: { eventId: string; hash: string; tenantSequence: number; type: string }[] = [];
  for (let from = 0; ;) {
    const page = await store.readAll(tenantScope(tenantId), { fromPosition: from, limit: 10000 });
    events.push(
      ...page.events.map((e) => ({ eventId: e.eventId, hash: e.hash, tenantSequence: e.tenantSequence, type: e.type })),
    );
    if (page.events.length < 10000) break;
    from = page.nextPosition;
  }
  events.sort((a, b) => a.tenantSequence - b.tenantSequence);
  const verification = await store.verifyTenant(tenantId);
  return {
    leaves: events.map((e) => Buffer.from(e.hash, 'hex')),
    eventIds: events.map((e) => e.eventId),
    lastType: events.at(-1)?.type ?? null,
    algorithm: verification.algorithm,
    verification,
  };
}

export class SigningKeyMissingError extends CodedError {
  constructor() {
    super('SIGNING_KEY_MISSING', 'unavailable', '未配置检查点签名密钥', 'AUDIT_SIGNING_KEY is not configured');
  }
}

export interface SealOptions {
  readonly store: EventStore;
  readonly executor: CommandExecutor;
  readonly clock: Clock;
  readonly signingKey: string | undefined;
  readonly actor: Actor;
}

/**
 * Seals a signed RFC 6962 checkpoint over the community's whole log as a CheckpointSealed
 * event whose occurredAt is the signed sealedAt, so the signed statement can be rebuilt from
 * the event alone. Refused when the chain does not verify. With `skipIfSealed`, a log whose
 * last event is already a checkpoint is left alone (the worker's interval seals).
 */
export async function sealCommunityCheckpoint(
  options: SealOptions,
  communityId: string,
  skipIfSealed = false,
): Promise<{ checkpoint: SignedCheckpoint; outcome: CommandOutcome } | null> {
  if (!options.signingKey) throw new SigningKeyMissingError();
  const tenantId = toTenantId(communityId);
  // Never seal over a chain that no longer verifies: the seal would vouch for tampered history.
  const verification = await options.store.verifyTenant(tenantId);
  if (!verification.ok)
    throw new CodedError(
      'CHAIN_BROKEN',
      'conflict',
      '事件链校验未通过，不能封存检查点',
      `The chain does not verify (${verification.firstBad.problem} at ${verification.firstBad.tenantSequence})`,
    );
  const algorithm = verification.algorithm;
  // The root over the verified prefix, streamed page by page in tenant order: O(log n) memory.
  const tree = new MerkleAccumulator(algorithm);
  let lastType: string | null = null;
  for (let from = 0; tree.size < verification.lastSequence;) {
    const page = await options.store.readAll(tenantScope(tenantId), { fromPosition: from, limit: 5000 });
    for (const event of page.events) {
      if (event.tenantSequence !== tree.size + 1) break;
      tree.push(Buffer.from(event.hash, 'hex'));
      lastType = event.type;
      if (tree.size === verification.lastSequence) break;
    }
    if (page.events.length < 5000) break;
    from = page.nextPosition;
  }
  if (skipIfSealed && (tree.size === 0 || lastType === 'CheckpointSealed')) return null;
  const sealedAt = options.clock.now().toISOString();
  const checkpoint = signCheckpoint(
    { tenantId, treeSize: tree.size, rootHash: tree.root().toString('hex'), algorithm, sealedAt },
    options.signingKey,
  );
  const { tenantId: _t, sealedAt: _s, ...data } = checkpoint;
  const outcome = await options.executor.execute(
    checkpointDecider,
    { tenantId, streamId: CHECKPOINT_STREAM },
    { kind: 'SealCheckpoint', ...data },
    {
      actor: options.actor,
      occurredAt: sealedAt,
      commandId: `checkpoint|${tenantId}|${tree.size}`,
    },
  );
  return { checkpoint, outcome };
}

/** The communities' current roots, in id order: the leaves of a district root. */
export async function communityRoots(
  store: EventStore,
  communityIds: readonly string[],
): Promise<(CommunityRoot & { algorithm: MerkleAlgorithm })[]> {
  const roots = [];
  for (const communityId of [...communityIds].sort()) {
    const { leaves, algorithm, verification } = await communityLeaves(store, toTenantId(communityId));
    roots.push({
      communityId,
      treeSize: leaves.length,
      rootHash: merkleRoot(algorithm, leaves).toString('hex'),
      verified: verification.ok,
      algorithm,
    });
  }
  return roots;
}

export const districtAlgorithm = (roots: readonly { algorithm: MerkleAlgorithm }[]): MerkleAlgorithm =>
  roots.length > 0 && roots.every((c) => c.algorithm === 'sm3') ? 'sm3' : 'sha256';

/**
 * Seals a signed district checkpoint: the root over its communities' roots, signed and
 * recorded as a DistrictCheckpointSealed event in the district's history (occurredAt = sealedAt).
 */
export async function sealDistrictCheckpoint(
  options: SealOptions,
  districtId: string,
  communityIds: readonly string[],
): Promise<{ checkpoint: SignedDistrictCheckpoint; outcome: CommandOutcome }> {
  if (!options.signingKey) throw new SigningKeyMissingError();
  const roots = await communityRoots(options.store, communityIds);
  const algorithm = districtAlgorithm(roots);
  const communities = roots.map(({ algorithm: _a, ...c }) => c);
  const sealedAt = options.clock.now().toISOString();
  const checkpoint = signDistrictCheckpoint(
    { districtId, algorithm, rootHash: districtRoot(algorithm, communities), communities, sealedAt },
    options.signingKey,
  );
  const { districtId: _d, sealedAt: _s, ...data } = checkpoint;
  const outcome = await options.executor.execute(
    districtCheckpointDecider,
    { tenantId: districtId, streamId: DISTRICT_CHECKPOINT_STREAM },
    { kind: 'SealDistrictCheckpoint', ...data },
    {
      actor: options.actor,
      occurredAt: sealedAt,
      commandId: `district-checkpoint|${districtId}|${checkpoint.rootHash}`,
    },
  );
  return { checkpoint, outcome };
}
