import { DomainError } from './domain-error.js';

/**
 * Shared refusal for the simple lifecycles (disputes, wishes, hazards): a stable code naming
 * the current state, in Chinese and English.
 */
export function requireState<State extends string>(
  current: State | 'none',
  allowed: readonly State[],
  code: string,
  labels: Record<State | 'none', string>,
  what: string,
  notFoundCode: string,
): void {
  if (current === 'none') throw new DomainError(notFoundCode, 'not-found', '记录不存在', 'No such record');
  if (!allowed.includes(current)) {
    throw new DomainError(
      code,
      'conflict',
      `当前状态为「${labels[current]}」，不能${what}`,
      `Cannot ${what}: the record is ${current}`,
      { state: current, allowed },
    );
  }
}

export function requireNew(current: string, code: string): void {
  if (current !== 'none')
    throw new DomainError(code, 'conflict', '该记录已登记', 'The record already exists', { state: current });
}

export function text(value: string | null | undefined, field: string, min = 2, max = 500): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw new DomainError(
      'INVALID_TEXT',
      'invalid',
      `${field} 长度应为 ${min}–${max} 个字符`,
      `${field} must be ${min}-${max} characters`,
      { field },
    );
  }
  return trimmed;
}
