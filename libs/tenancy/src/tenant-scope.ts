import { TenantRequiredError, toTenantId, type TenantId } from './tenant-id.js';

/**
 * Which tenants a read may touch. Reads across every tenant exist only for named
 * system purposes (the projector's catch-up, the benchmark); everything else names tenants.
 */
export type TenantScope =
  | { readonly kind: 'tenants'; readonly tenantIds: readonly TenantId[] }
  | { readonly kind: 'all-tenants'; readonly purpose: AllTenantsPurpose };

export type AllTenantsPurpose =
  'projector' | 'benchmark' | 'authorization' | 'seed' | 'platform' | 'worker' | 'rebuild';

export function tenantScope(...tenantIds: readonly string[]): TenantScope {
  if (tenantIds.length === 0) {
    throw new TenantRequiredError('a tenant scope needs at least one tenant');
  }
  return { kind: 'tenants', tenantIds: tenantIds.map(toTenantId) };
}

export function allTenantsScope(purpose: AllTenantsPurpose): TenantScope {
  return { kind: 'all-tenants', purpose };
}

/** Fails closed: a missing or empty scope is refused rather than treated as "everything". */
export function assertScope(scope: TenantScope | undefined | null): TenantScope {
  if (!scope) {
    throw new TenantRequiredError('no tenant scope was given for this read');
  }
  if (scope.kind === 'tenants' && scope.tenantIds.length === 0) {
    throw new TenantRequiredError('the tenant scope is empty');
  }
  return scope;
}

export function scopeAllows(scope: TenantScope, tenantId: TenantId): boolean {
  return scope.kind === 'all-tenants' || scope.tenantIds.includes(tenantId);
}
