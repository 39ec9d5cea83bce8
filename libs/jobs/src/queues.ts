/** Queue names and job payloads: the contract between whoever enqueues and the worker. */
export const AUDIT_QUEUE = 'tongxin-audit';

export interface VerifyTenantJob {
  readonly tenantId: string;
}

export const JOB_NAMES = { verifyTenant: 'verify-tenant' } as const;
