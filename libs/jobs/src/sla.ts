import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type pg from 'pg';
import { CommunityCommandMessage, type CommunityCommandHandler } from '@tongxin/application';
import { shanghaiDate, type EscalateOverdue, type MarkOverdue } from '@tongxin/domain';
import { CodedError, type Clock } from '@tongxin/kernel';
import { pendingClocks, pendingEscalations, type DirectoryReader, type PendingClock } from '@tongxin/read-store';
import { runInTenantContext, tenantScope } from '@tongxin/tenancy';

export const SLA_QUEUE = 'tongxin-sla';
const SYSTEM_ACTOR = { userId: 'system:sla-clock', role: 'system' };

/** BullMQ job ids may not contain ':'; one id per clock and deadline makes scheduling idempotent. */
export const slaJobId = (clock: PendingClock) =>
  `${clock.clock}|${clock.tenantId}|${clock.requestId}|${Date.parse(clock.deadline)}`;

/**
 * Schedules a delayed job for every running SLA clock, derived from the read model. Jobs already
 * queued keep their id and are not added twice, so this runs at start (after Redis was lost,
 * say) and periodically to pick up new dispatches.
 */
export async function scheduleSlaClocks(
  pool: pg.Pool,
  queue: Queue,
  clock: Clock,
  graceHours?: number,
  onlyTenants?: readonly string[],
): Promise<number> {
  // onlyTenants: tests sharing a database schedule their own communities' clocks only.
  const mine = <T extends { tenantId: string }>(rows: T[]) =>
    onlyTenants ? rows.filter((r) => onlyTenants.includes(r.tenantId)) : rows;
  const clocks = mine(await pendingClocks(pool));
  const now = clock.now().getTime();
  const jobOptions = {
    removeOnComplete: 1000,
    removeOnFail: 1000,
    attempts: 5,
    backoff: { type: 'exponential' as const, delay: 1000 },
  };
  await queue.addBulk(
    clocks.map((c) => ({
      name: c.clock,
      data: c,
      opts: { jobId: slaJobId(c), delay: Math.max(0, Date.parse(c.deadline) - now), ...jobOptions },
    })),
  );
  if (graceHours === undefined) return clocks.length;
  // After the grace, still unresolved requests go up to the street office.
  const escalations = mine(await pendingEscalations(pool)).map((e): EscalationClock => ({
    ...e,
    clock: 'escalation',
    graceHours,
  }));
  await queue.addBulk(
    escalations.map((e) => ({
      name: 'escalation',
      data: e,
      opts: { jobId: escalationJobId(e), delay: Math.max(0, escalationDue(e) - now), ...jobOptions },
    })),
  );
  return clocks.length + escalations.length;
}

/** The automatic escalation clock of a request: it runs out `graceHours` after the resolution deadline. */
export interface EscalationClock {
  readonly tenantId: string;
  readonly requestId: string;
  readonly clock: 'escalation';
  /** The resolution deadline of the dispatch in force. */
  readonly deadline: string;
  readonly graceHours: number;
}

export type SlaJob = PendingClock | EscalationClock;

export const escalationDue = (e: Pick<EscalationClock, 'deadline' | 'graceHours'>) =>
  Date.parse(e.deadline) + e.graceHours * 3600_000;
export const escalationJobId = (e: EscalationClock) =>
  `escalation|${e.tenantId}|${e.requestId}|${Date.parse(e.deadline)}`;

/** What the escalation needs besides the command handler: where a community sits today. */
export interface SlaEscalationDeps {
  readonly directory: Pick<DirectoryReader, 'unit'>;
}

export type SlaOutcome = 'marked' | 'escalated' | 'not-overdue';

/**
 * Fires SLA clocks: records RequestResponseOverdue / RequestOverdue through the same command
 * handler as everything else. The command id is derived from the clock, so a clock fired twice
 * (Redis lost and the clocks scheduled again) records the fact once.
 */
export function createSlaWorker(
  handler: Pick<CommunityCommandHandler, 'execute'>,
  clock: Clock,
  connection: ConnectionOptions,
  prefix?: string,
  escalation?: SlaEscalationDeps,
): Worker<SlaJob, SlaOutcome> {
  return new Worker<SlaJob, SlaOutcome>(
    SLA_QUEUE,
    async (job: Job<SlaJob>) => {
      const { tenantId, requestId } = job.data;
      try {
        if (job.data.clock === 'escalation') {
          await escalate(handler, clock, job.data, escalation);
          return 'escalated';
        }
        const command: MarkOverdue = {
          kind: 'MarkOverdue',
          clock: job.data.clock,
          deadline: job.data.deadline,
          at: clock.now().toISOString(),
        };
        await runInTenantContext({ scope: tenantScope(tenantId), actor: SYSTEM_ACTOR }, () =>
          handler.execute(
            new CommunityCommandMessage(tenantId, 'request', requestId, command, {
              actor: SYSTEM_ACTOR,
              commandId: `sla|${slaJobId(job.data as PendingClock)}`,
            }),
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

const ESCALATION_ACTOR = { userId: 'system:sla-escalation', role: 'system' };

/**
 * Records RequestEscalated (level street-office) through the request decider. The command id is
 * derived from the clock, so a clock fired again after Redis was lost records nothing new.
 */
async function escalate(
  handler: Pick<CommunityCommandHandler, 'execute'>,
  clock: Clock,
  job: EscalationClock,
  deps: SlaEscalationDeps | undefined,
): Promise<void> {
  if (!deps) throw new Error('the SLA worker was started without escalation support');
  const now = clock.now();
  const community = await deps.directory.unit(job.tenantId, shanghaiDate(now));
  if (!community?.streetId)
    throw new CodedError(
      'UNIT_NOT_FOUND',
      'not-found',
      '未找到社区所属街道',
      `No street for community ${job.tenantId}`,
    );
  const command: EscalateOverdue = {
    kind: 'EscalateOverdue',
    streetId: community.streetId,
    deadline: job.deadline,
    graceHours: job.graceHours,
    at: now.toISOString(),
  };
  await runInTenantContext({ scope: tenantScope(job.tenantId), actor: ESCALATION_ACTOR }, () =>
    handler.execute(
      new CommunityCommandMessage(job.tenantId, 'request', job.requestId, command, {
        actor: ESCALATION_ACTOR,
        commandId: `sla|${escalationJobId(job)}`,
      }),
    ),
  );
}

export function slaQueue(connection: ConnectionOptions, prefix?: string): Queue<SlaJob> {
  return new Queue<SlaJob>(SLA_QUEUE, { connection, ...(prefix ? { prefix } : {}) });
}
