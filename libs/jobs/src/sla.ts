import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type pg from 'pg';
import { CommunityCommandMessage, type CommunityCommandHandler } from '@tongxin/application';
import type { MarkOverdue } from '@tongxin/domain';
import { CodedError, type Clock } from '@tongxin/kernel';
import { pendingClocks, type PendingClock } from '@tongxin/read-store';
import { runInTenantContext, tenantScope } from '@tongxin/tenancy';

export const SLA_QUEUE = 'tongxin-sla';
const SYSTEM_ACTOR = { userId: 'system:sla-clock', role: 'system' };

/** BullMQ job ids may not contain ':'; one id per clock and deadline makes scheduling idempotent. */
export const slaJobId = (clock: PendingClock) => `${clock.clock}|${clock.tenantId}|${clock.requestId}|${Date.parse(clock.deadline)}`;

/**
 * Schedules a delayed job for every running SLA clock, derived from the read model. Jobs already
 * queued keep their id and are not added twice, so this runs at start (after Redis was lost,
 * say) and periodically to pick up new dispatches.
 */
export async function scheduleSlaClocks(pool: pg.Pool, queue: Queue, clock: Clock): Promise<number> {
  const clocks = await pendingClocks(pool);
  const now = clock.now().getTime();
  await queue.addBulk(
    clocks.map((c) => ({
      name: c.clock,
      data: c,
      opts: { jobId: slaJobId(c), delay: Math.max(0, Date.parse(c.deadline) - now), removeOnComplete: 1000, removeOnFail: 1000, attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
    })),
  );
  return clocks.length;
}

export type SlaOutcome = 'marked' | 'not-overdue';

/**
 * Fires SLA clocks: records RequestResponseOverdue / RequestOverdue through the same command
 * handler as everything else. The command id is derived from the clock, so a clock fired twice
 * (Redis lost and the clocks scheduled again) records the fact once.
 */
export function createSlaWorker(handler: Pick<CommunityCommandHandler, 'execute'>, clock: Clock, connection: ConnectionOptions, prefix?: string): Worker<PendingClock, SlaOutcome> {
  return new Worker<PendingClock, SlaOutcome>(
    SLA_QUEUE,
    async (job: Job<PendingClock>) => {
      const { tenantId, requestId, clock: kind, deadline } = job.data;
      const command: MarkOverdue = { kind: 'MarkOverdue', clock: kind, deadline, at: clock.now().toISOString() };
      try {
        await runInTenantContext({ scope: tenantScope(tenantId), actor: SYSTEM_ACTOR }, () =>
          handler.execute(
            new CommunityCommandMessage(tenantId, 'request', requestId, command, { actor: SYSTEM_ACTOR, commandId: `sla|${slaJobId(job.data)}` }),
          ),
        );
        return 'marked';
      } catch (error) {
        // Taken, resolved or dispatched again before the clock fired: nothing to record.
        if (error instanceof CodedError && error.code === 'NOT_OVERDUE') return 'not-overdue';
        throw error;
      }
    },
    { connection, concurrency: 4, ...(prefix ? { prefix } : {}) },
  );
}

export function slaQueue(connection: ConnectionOptions, prefix?: string): Queue<PendingClock> {
  return new Queue<PendingClock>(SLA_QUEUE, { connection, ...(prefix ? { prefix } : {}) });
}
