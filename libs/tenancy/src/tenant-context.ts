import { AsyncLocalStorage } from 'node:async_hooks';
import { CodedError, type Actor } from '@tongxin/kernel';
import type { TenantScope } from './tenant-scope.js';

/** Who is acting and which tenants they may touch, resolved once per request or job. */
export interface TenantContext {
  readonly scope: TenantScope;
  readonly actor: Actor;
}

const storage = new AsyncLocalStorage<TenantContext>();

export class TenantContextMissingError extends CodedError {
  constructor() {
    super(
      'TENANT_CONTEXT_MISSING',
      'forbidden',
      '缺少租户上下文，操作被拒绝',
      'No tenant context: tenant data was touched outside a request, job or system task',
    );
  }
}

export function runInTenantContext<T>(context: TenantContext, work: () => T): T {
  return storage.run(context, work);
}

/** Fails closed: code that touches tenant data outside a request, job or named system task throws. */
export function currentTenantContext(): TenantContext {
  const context = storage.getStore();
  if (!context) throw new TenantContextMissingError();
  return context;
}
