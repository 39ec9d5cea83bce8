import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Why the caller reads: the `reason` query parameter, or the `X-Access-Reason` header
 * (percent-encode non-ASCII text, e.g. encodeURIComponent('年度审计')). Undefined when absent;
 * the audit log decider refuses an empty one with 400 ACCESS_REASON_REQUIRED.
 */
export const AccessReason = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const request = context.switchToHttp().getRequest<Request>();
  const query = request.query.reason;
  if (typeof query === 'string' && query.trim() !== '') return query;
  const header = request.header('x-access-reason');
  return header && header.trim() !== '' ? decoded(header) : undefined;
});

/** OpenAPI description of the header. */
export const ApiAccessReason = (required: boolean) =>
  ApiHeader({
    name: 'X-Access-Reason',
    required: false,
    description: `查阅理由（URL 编码）；也可用 reason 查询参数${required ? '，必填' : '；审计员凭理由查看解密的个人信息，并记入审计日志'}`,
  });
