import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Clock } from '@tongxin/kernel';
import { allTenantsScope, type TenantContext } from '@tongxin/tenancy';
import { authErrors } from './auth-errors.js';
import { ACCESS_RULE, type AccessRule } from './access.decorator.js';
import type { Principal } from './principal.js';
import { roleReaches, type TargetUnit } from './scope-policy.js';
import { TokenService } from './token.service.js';

/** The hierarchy as authorization needs it; implemented over the directory read model. */
export interface DirectoryLookup {
  unit(unitId: string, onDate: string): Promise<TargetUnit | null>;
  /**
   * The tenants whose data a reader of this unit may touch (a street: its communities on that
   * date); with `asOf`, in the hierarchy as recorded at that moment.
   */
  tenantsOf(unit: TargetUnit, onDate: string, asOf?: Date): Promise<string[]>;
}

export const DIRECTORY_LOOKUP = Symbol('DIRECTORY_LOOKUP');
export const AUTH_CLOCK = Symbol('AUTH_CLOCK');

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  tenantContext?: TenantContext;
}

/** Dates of scope decisions are Shanghai calendar dates (UTC+8, no daylight saving). */
function shanghaiToday(clock: Clock): string {
  return shanghaiDay(clock.now());
}

function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A read "as recorded at T" (`?asOf=`, validated again by the route): the instant, if it is a past one. */
function asOfOf(request: Request, clock: Clock): Date | null {
  const raw = request.method === 'GET' ? request.query.asOf : undefined;
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(raw)) return null;
  const at = new Date(raw);
  // Out of the sane range (before 2000, e.g. year 0): not looked up here; the route's validation refuses it (400).
  return Number.isNaN(at.getTime()) || at.getTime() < EARLIEST_AS_OF_MS || at.getTime() > clock.now().getTime()
    ? null
    : at;
}

/** No governance record in Tongxin is older than this: an earlier `asOf` is a mistake, not a question. */
export const EARLIEST_AS_OF_MS = Date.UTC(2000, 0, 1);

/**
 * One guard for every route: authenticate the bearer token, check the role, then check that
 * the target unit lies in the caller's scope, and resolve the tenants the request may touch.
 * A route without an access rule is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @Inject(DIRECTORY_LOOKUP) private readonly directory: DirectoryLookup,
    @Inject(AUTH_CLOCK) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const route = `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path}`;
    try {
      if (!rule) throw authErrors.undeclared(route);
      if (rule.public) return true;
      const principal = await this.authenticate(request);
      request.principal = principal;
      const roles = principal.roles.filter((role) => rule.roles.includes(role));
      if (roles.length === 0) throw authErrors.roleForbidden(principal.roles.join(','));
      const target = rule.target;
      if (target.kind === 'self') return true;
      if (target.kind === 'platform') {
        request.tenantContext = {
          scope: allTenantsScope('platform'),
          actor: { userId: principal.subject, role: 'platform-admin' },
        };
        return true;
      }
      const today = shanghaiToday(this.clock);
      const unitId = String(request.params[target.param] ?? '');
      const unit = await this.directory.unit(unitId, today);
      const role = unit && unit.kind === target.kind ? roles.find((r) => roleReaches(principal, r, unit)) : undefined;
      if (!unit || !role) throw authErrors.notFound(unitId);
      const tenantIds = await this.directory.tenantsOf(unit, today);
      // As of T the unit may have held communities it no longer holds (区划调整): they were its data then.
      const asOf = asOfOf(request, this.clock);
      if (asOf)
        for (const id of await this.directory.tenantsOf(unit, shanghaiDay(asOf), asOf))
          if (!tenantIds.includes(id)) tenantIds.push(id);
      request.tenantContext = {
        scope: { kind: 'tenants', tenantIds: tenantIds as never[] },
        actor: { userId: principal.subject, role },
      };
      return true;
    } catch (error) {
      if (request.method !== 'GET') {
        this.logger.warn({
          event: 'write-refused',
          route,
          subject: request.principal?.subject ?? null,
          roles: request.principal?.roles ?? [],
          code: (error as { code?: string }).code,
        });
      }
      throw error;
    }
  }

  private async authenticate(request: Request): Promise<Principal> {
    const header = request.headers.authorization;
    if (!header) throw authErrors.missing();
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw authErrors.invalid('Authorization must be "Bearer <jwt>"');
    return this.tokens.verify(token);
  }
}
