import { CodedError, type TenantId } from '@tongxin/kernel';

export type { TenantId };

const TENANT_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export class TenantRequiredError extends CodedError {
  constructor(reason: string) {
    super(
      'TENANT_REQUIRED',
      'forbidden',
      `缺少或无效的社区（租户）标识：${reason}`,
      `Missing or invalid tenant id: ${reason}`,
    );
  }
}

/** Parses an untrusted value into a TenantId; refuses (never defaults) when it is absent or malformed. */
export function toTenantId(value: unknown): TenantId {
  if (typeof value !== 'string' || value.length === 0) {
    throw new TenantRequiredError('tenant id is empty');
  }
  if (!TENANT_ID_PATTERN.test(value)) {
    throw new TenantRequiredError(`"${value}" must match ${TENANT_ID_PATTERN}`);
  }
  return value as TenantId;
}
