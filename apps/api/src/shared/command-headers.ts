import { createHash } from 'node:crypto';
import {
  createParamDecorator,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import type { Observable } from 'rxjs';
import canonicalize from 'canonicalize';
import type { Request, Response } from 'express';
import type { CommandContext, CommandOutcome } from '@tongxin/application';
import { CodedError, type CommandFingerprint } from '@tongxin/kernel';
import { currentTenantContext } from '@tongxin/tenancy';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const IF_MATCH = /^(?:W\/)?"?(\d{1,9})"?$/;

function invalidHeader(header: string, rule: string): CodedError {
  return new CodedError('VALIDATION_FAILED', 'invalid', `请求头 ${header} 无效`, `Invalid ${header} header: ${rule}`, {
    field: header,
    fields: [{ field: header, messages: [rule] }],
  });
}

/**
 * What a keyed request is: its route (method and path template) and the SHA-256 of its canonical
 * path parameters and body as sent. A retry has the same; a different request with the key does not.
 */
export function requestFingerprint(request: Request): CommandFingerprint {
  const route = (request.route as { path?: string } | undefined)?.path ?? request.path;
  const canonical = canonicalize({ params: { ...request.params }, body: (request.body as unknown) ?? null }) ?? 'null';
  return { kind: `${request.method} ${route}`, bodyHash: createHash('sha256').update(canonical).digest('hex') };
}

/**
 * The command context of an HTTP call: the actor the guard resolved, `Idempotency-Key` as the
 * command id (a retry returns the first result; the key used for another request is 422), `If-Match`
 * as the stream version the caller saw.
 */
function commandHeadersOf(_data: unknown, context: ExecutionContext): Omit<CommandContext, 'actor'> {
  const request = context.switchToHttp().getRequest<Request>();
  const key = request.header('idempotency-key');
  const ifMatch = request.header('if-match');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key))
    throw invalidHeader('Idempotency-Key', '8-128 characters of letters, digits, . _ : -');
  const version = ifMatch === undefined ? undefined : IF_MATCH.exec(ifMatch.trim())?.[1];
  if (ifMatch !== undefined && version === undefined) throw invalidHeader('If-Match', 'the stream version, e.g. "3"');
  return {
    ...(key ? { commandId: key, fingerprint: requestFingerprint(request) } : {}),
    ...(version !== undefined ? { expectedVersion: Number(version) } : {}),
    ...(request.header('x-correlation-id') ? { correlationId: request.header('x-correlation-id') } : {}),
  };
}

export const CommandHeaders = createParamDecorator(commandHeadersOf);

/** Whether a route reads the command headers (and so honours an Idempotency-Key). */
export function takesCommandHeaders(controller: object, handler: string): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<
    string,
    { factory?: unknown }
  >;
  return Object.values(args).some((arg) => arg.factory === commandHeadersOf);
}

/**
 * A write route that does not take an Idempotency-Key refuses one (400) rather than ignore it: a
 * client counting on the key to make its retry safe must not get a second write instead.
 */
@Injectable()
export class IdempotencyKeySupport implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (
      request.header('idempotency-key') !== undefined &&
      !['GET', 'HEAD', 'OPTIONS'].includes(request.method) &&
      !takesCommandHeaders(context.getClass(), context.getHandler().name)
    )
      throw new CodedError(
        'IDEMPOTENCY_KEY_UNSUPPORTED',
        'invalid',
        '此接口不接受 Idempotency-Key（重复提交由接口自身判定），请去掉该请求头',
        'This route does not take an Idempotency-Key (it tells repeats apart itself); send it without the header',
        { field: 'Idempotency-Key', fields: [{ field: 'Idempotency-Key', messages: ['not taken by this route'] }] },
      );
    return next.handle();
  }
}

/** The actor of the current request, as the guard resolved it (user and the role they act in). */
export function withActor(headers: Omit<CommandContext, 'actor'>, occurredAt?: string): CommandContext {
  return { ...headers, actor: currentTenantContext().actor, ...(occurredAt ? { occurredAt } : {}) };
}

/** Commands answer with the position they wrote (read-your-writes) and the new version as ETag. */
export function sendOutcome(response: Response, outcome: CommandOutcome): CommandOutcome {
  response.setHeader('ETag', `"${outcome.streamVersion}"`);
  return outcome;
}
