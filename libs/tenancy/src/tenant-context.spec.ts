import { currentTenantContext, runInTenantContext } from './tenant-context.js';
import { tenantScope } from './tenant-scope.js';

describe('tenant context', () => {
  const actor = { userId: 'u-1', role: 'community-staff' };

  it('throws when tenant data is touched without a context', () => {
    expect(() => currentTenantContext()).toThrow(expect.objectContaining({ code: 'TENANT_CONTEXT_MISSING' }));
  });

  it('carries the context across awaits, and only inside the run', async () => {
    const seen = await runInTenantContext({ scope: tenantScope('c-fenghuang'), actor }, async () => {
      await new Promise((r) => setTimeout(r, 5));
      return currentTenantContext().scope;
    });
    expect(seen).toEqual({ kind: 'tenants', tenantIds: ['c-fenghuang'] });
    expect(() => currentTenantContext()).toThrow(expect.objectContaining({ code: 'TENANT_CONTEXT_MISSING' }));
  });

  it('keeps concurrent contexts apart', async () => {
    const read = (id: string) =>
      runInTenantContext({ scope: tenantScope(id), actor }, async () => {
        await new Promise((r) => setTimeout(r, Math.random() * 10));
        const scope = currentTenantContext().scope;
        return scope.kind === 'tenants' ? scope.tenantIds[0] : 'all';
      });
    expect(await Promise.all(['c-a1', 'c-b2', 'c-c3'].map(read))).toEqual(['c-a1', 'c-b2', 'c-c3']);
  });
});
