import type { EventStore } from '@tongxin/event-store';
import { toTenantId } from '@tongxin/tenancy';

/** Exit code 0 when the tenant's history is intact, 2 when it was altered. */
export async function verifyCommand(
  store: EventStore,
  tenant: string | undefined,
  print: (line: string) => void,
): Promise<number> {
  const result = await store.verifyTenant(toTenantId(tenant));
  print(JSON.stringify(result, null, 2));
  print(
    result.ok
      ? `校验通过 / verified: ${result.eventCount} events, chain ${result.algorithm}, last sequence ${result.lastSequence}`
      : `校验失败 / NOT verified: ${result.firstBad.problem} at tenant sequence ${result.firstBad.tenantSequence} (${result.firstBad.detail})`,
  );
  return result.ok ? 0 : 2;
}
