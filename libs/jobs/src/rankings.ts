import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type pg from 'pg';
import {
  districtRanking,
  previousMonth,
  RegistryCommandMessage,
  type RegistryCommandHandler,
} from '@tongxin/application';
import { shanghaiDate } from '@tongxin/domain';
import { inScopedTransaction, type EventStore } from '@tongxin/event-store';
import { CodedError, type Clock } from '@tongxin/kernel';
import { KpiReader } from '@tongxin/read-store';
import { allTenantsScope, runInTenantContext } from '@tongxin/tenancy';

export const RANKINGS_QUEUE = 'tongxin-rankings';
const SYSTEM_ACTOR = { userId: 'system:rankings', role: 'system' };

export interface RankingDeps {
  readonly pool: pg.Pool;
  readonly store: EventStore;
  readonly registry: Pick<RegistryCommandHandler, 'execute'>;
}

/**
 * Publishes every district's 红黑榜 of a month as a RankingPublished event. The command id is
 * the district and month, so a job that runs twice (retry, Redis lost) publishes once.
 */
export async function publishMonthlyRankings({ pool, store, registry }: RankingDeps, month: string): Promise<number> {
  const scope = allTenantsScope('worker');
  const districts = await inScopedTransaction(pool, scope, (client) =>
    client.query<{ unit_id: string }>(
      "select unit_id from directory_units where unit_kind = 'district' order by unit_id",
    ),
  );
  let published = 0;
  for (const { unit_id: districtId } of districts.rows) {
    const ranking = await districtRanking(store, new KpiReader(pool), scope, districtId, month);
    try {
      const outcome = await runInTenantContext({ scope, actor: SYSTEM_ACTOR }, () =>
        registry.execute(
          new RegistryCommandMessage(
            { districtId },
            { kind: 'PublishRanking', month, ranking },
            { actor: SYSTEM_ACTOR, commandId: `ranking|${districtId}|${month}` },
          ),
        ),
      );
      if (!outcome.duplicate) published += 1;
    } catch (error) {
      if (!(error instanceof CodedError && error.code === 'RANKING_ALREADY_PUBLISHED')) throw error;
    }
  }
  return published;
}

/** A repeatable job at 00:05 on the 1st of each month, Shanghai time, publishing the month just ended. */
export async function scheduleMonthlyRankings(queue: Queue): Promise<void> {
  await queue.upsertJobScheduler(
    'monthly-rankings',
    { pattern: '5 0 1 * *', tz: 'Asia/Shanghai' },
    { name: 'publish', data: {} },
  );
}

export function createRankingsWorker(
  deps: RankingDeps,
  clock: Clock,
  connection: ConnectionOptions,
  prefix?: string,
): Worker<{ month?: string }, number> {
  return new Worker<{ month?: string }, number>(
    RANKINGS_QUEUE,
    (job) => publishMonthlyRankings(deps, job.data.month ?? previousMonth(shanghaiDate(clock.now()))),
    { connection, concurrency: 1, ...(prefix ? { prefix } : {}) },
  );
}

export function rankingsQueue(connection: ConnectionOptions, prefix?: string): Queue {
  return new Queue(RANKINGS_QUEUE, { connection, ...(prefix ? { prefix } : {}) });
}
