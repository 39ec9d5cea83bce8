import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type pg from 'pg';
import { sealCommunityCheckpoint, sealDistrictCheckpoint, type CommandExecutor } from '@tongxin/application';
import { inScopedTransaction, type EventStore } from '@tongxin/event-store';
import type { Clock } from '@tongxin/kernel';
import { allTenantsScope, runInTenantContext } from '@tongxin/tenancy';

export const AUDIT_SEAL_QUEUE = 'tongxin-audit-seal';
const SYSTEM_ACTOR = { userId: 'system:audit-seal', role: 'system' };

export interface SealDeps {
  readonly pool: pg.Pool;
  readonly store: EventStore;
  readonly executor: CommandExecutor;
  readonly clock: Clock;
  readonly signingKey: string | undefined;
}

export interface SealReport {
  readonly communitiesSealed: number;
  readonly districtsSealed: number;
  /** Communities whose chain did not verify: not sealed (a seal would vouch for tampered history). */
  readonly refused: readonly string[];
}

/**
 * One round of interval sealing: every community whose log grew since its last checkpoint gets
 * a signed CheckpointSealed, then every district a signed DistrictCheckpointSealed over its
 * communities' roots. Command ids are the tree size (community) and the root (district), so a
 * round that runs twice writes nothing new; a community whose chain is broken is reported, not sealed.
 */
export async function sealCheckpoints(deps: SealDeps): Promise<SealReport> {
  const scope = allTenantsScope('worker');
  const units = await inScopedTransaction(deps.pool, scope, (client) =>
    client.query<{ unit_id: string; district_id: string }>(
      "select unit_id, district_id from directory_units where unit_kind = 'community' order by district_id, unit_id",
    ),
  );
  const options = {
    store: deps.store,
    executor: deps.executor,
    clock: deps.clock,
    signingKey: deps.signingKey,
    actor: SYSTEM_ACTOR,
  };
  const districts = new Map<string, string[]>();
  const refused: string[] = [];
  let communitiesSealed = 0;
  let districtsSealed = 0;
  await runInTenantContext({ scope, actor: SYSTEM_ACTOR }, async () => {
    for (const { unit_id: communityId, district_id: districtId } of units.rows) {
      districts.set(districtId, [...(districts.get(districtId) ?? []), communityId]);
      try {
        const sealed = await sealCommunityCheckpoint(options, communityId, true);
        if (sealed && !sealed.outcome.duplicate) communitiesSealed += 1;
      } catch (error) {
        if ((error as { code?: string }).code !== 'CHAIN_BROKEN') throw error;
        refused.push(communityId);
      }
    }
    for (const [districtId, communityIds] of districts) {
      const sealed = await sealDistrictCheckpoint(options, districtId, communityIds);
      if (!sealed.outcome.duplicate) districtsSealed += 1;
    }
  });
  return { communitiesSealed, districtsSealed, refused };
}

/** A BullMQ job scheduler sealing every `everyMs` milliseconds (0 removes it). */
export async function scheduleCheckpointSealing(queue: Queue, everyMs: number): Promise<void> {
  if (everyMs <= 0) {
    await queue.removeJobScheduler('audit-seal');
    return;
  }
  await queue.upsertJobScheduler('audit-seal', { every: everyMs }, { name: 'seal', data: {} });
}

export function createSealWorker(
  deps: SealDeps,
  connection: ConnectionOptions,
  prefix?: string,
): Worker<Record<string, never>, SealReport> {
  return new Worker<Record<string, never>, SealReport>(AUDIT_SEAL_QUEUE, () => sealCheckpoints(deps), {
    connection,
    concurrency: 1,
    ...(prefix ? { prefix } : {}),
  });
}

export function sealQueue(connection: ConnectionOptions, prefix?: string): Queue {
  return new Queue(AUDIT_SEAL_QUEUE, { connection, ...(prefix ? { prefix } : {}) });
}
