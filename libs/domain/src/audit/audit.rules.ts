import { DomainError } from '../shared/domain-error.js';

/** Why someone reads: required, 2 to 500 characters. */
export function accessReason(reason: unknown): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text.length < 2 || text.length > 500) {
    throw new DomainError(
      'ACCESS_REASON_REQUIRED',
      'invalid',
      '请说明查阅理由（reason 参数或 X-Access-Reason 请求头，2–500 字）',
      'State why you access this (reason parameter or X-Access-Reason header, 2-500 characters)',
      { field: 'reason' },
    );
  }
  return text;
}
