import { Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { EventStore, VerificationResult } from '@tongxin/event-store';
import { toTenantId } from '@tongxin/tenancy';
import { AUDIT_QUEUE, JOB_NAMES, type VerifyTenantJob } from './queues.js';

/** Processes audit jobs: recompute a community's hash chain (e.g. nightly, or on an auditor's request). */
export function createAuditWorker(
  store: Pick<EventStore, 'verifyTenant'>,
  connection: ConnectionOptions,
  prefix?: string,
): Worker<VerifyTenantJob, VerificationResult> {
  return new Worker<VerifyTenantJob, VerificationResult>(
    AUDIT_QUEUE,
    async (job: Job<VerifyTenantJob>) => {
      if (job.name !== JOB_NAMES.verifyTenant) throw new Error(`unknown audit job ${job.name}`);
      return store.verifyTenant(toTenantId(job.data.tenantId));
    },
    { connection, concurrency: 2, ...(prefix ? { prefix } : {}) },
  );
}
