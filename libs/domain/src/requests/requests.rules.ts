import { DomainError } from '../shared/domain-error.js';
import { REQUEST_STATUS_LABELS, type RequestState, type RequestStatus } from './requests.state.js';

/** Who records a step: the user and the role they act in (domain data, not an auth type). */
export interface ActingUser {
  readonly userId: string;
  readonly role: string;
}

const STAFF = ['community-admin', 'community-staff'];

export function isStaff(by: ActingUser): boolean {
  return STAFF.includes(by.role);
}

/** Illegal transitions are refused with a stable code that names the current state. */
export function requireStatus(
  state: RequestState,
  allowed: readonly RequestStatus[],
  code: string,
  what: string,
): void {
  if (state.status === 'none') {
    throw new DomainError('REQUEST_NOT_FOUND', 'not-found', '诉求不存在', 'No such request');
  }
  if (!allowed.includes(state.status)) {
    throw new DomainError(
      code,
      'conflict',
      `当前状态为「${REQUEST_STATUS_LABELS[state.status]}」，不能${what}`,
      `Cannot ${code.toLowerCase().replace(/_/g, ' ')}: the request is ${state.status}`,
      {
        state: state.status,
        allowed,
      },
    );
  }
}

export function requireText(value: string | null | undefined, field: string, min = 2, max = 500): string {
  const text = (value ?? '').trim();
  if (text.length < min || text.length > max) {
    throw new DomainError(
      'INVALID_TEXT',
      'invalid',
      `${field} 长度应为 ${min}–${max} 个字符`,
      `${field} must be ${min}-${max} characters`,
      { field },
    );
  }
  return text;
}

export function forbidden(code: string, zh: string, en: string): DomainError {
  return new DomainError(code, 'forbidden', zh, en);
}

/** Party members and grid workers record their own orders; staff may record for them. */
export function requireAssigneeOrStaff(state: RequestState, by: ActingUser): void {
  if (isStaff(by)) return;
  if (state.assignee?.id !== by.userId)
    throw forbidden(
      'NOT_THE_ASSIGNEE',
      '只有承办人本人或社区工作人员可以记录',
      'Only the assignee or community staff may record this step',
    );
}
