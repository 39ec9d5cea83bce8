import { allTenantsScope, assertScope, scopeAllows, tenantScope } from './tenant-scope.js';
import { toTenantId } from './tenant-id.js';

describe('tenant scope', () => {
  it('refuses a missing scope instead of reading everything', () => {
    expect(() => assertScope(undefined)).toThrow(expect.objectContaining({ code: 'TENANT_REQUIRED' }));
  });

  it('refuses an empty tenant list', () => {
    expect(() => tenantScope()).toThrow(expect.objectContaining({ code: 'TENANT_REQUIRED' }));
  });

  it('refuses malformed tenant ids', () => {
    expect(() => toTenantId('')).toThrow(expect.objectContaining({ code: 'TENANT_REQUIRED' }));
    expect(() => toTenantId('Robert"); drop table')).toThrow(expect.objectContaining({ code: 'TENANT_REQUIRED' }));
    expect(() => toTenantId(undefined)).toThrow(expect.objectContaining({ code: 'TENANT_REQUIRED' }));
  });

  it('allows only the named tenants, or all of them for a named system purpose', () => {
    const scope = tenantScope('fenghuang');
    expect(scopeAllows(scope, toTenantId('fenghuang'))).toBe(true);
    expect(scopeAllows(scope, toTenantId('nanmen'))).toBe(false);
    expect(scopeAllows(allTenantsScope('projector'), toTenantId('nanmen'))).toBe(true);
  });
});
