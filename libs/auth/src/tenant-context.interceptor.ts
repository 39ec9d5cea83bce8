import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { runInTenantContext } from '@tongxin/tenancy';
import type { AuthenticatedRequest } from './access.guard.js';

/** Runs the handler inside the tenant context the guard resolved, so adapters can require it. */
@Injectable()
export class TenantContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const tenantContext = context.switchToHttp().getRequest<AuthenticatedRequest>().tenantContext;
    if (!tenantContext) return next.handle();
    return new Observable((subscriber) => runInTenantContext(tenantContext, () => next.handle().subscribe(subscriber)));
  }
}
