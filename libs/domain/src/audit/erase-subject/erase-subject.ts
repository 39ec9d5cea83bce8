import { DomainError } from '../../shared/domain-error.js';
import type { SubjectErased } from '../audit.events.js';
import type { ErasureState } from '../audit.state.js';

export interface EraseSubject {
  readonly kind: 'EraseSubject';
  readonly subjectId: string;
  readonly reason: string;
  readonly keysDestroyed: number;
}

export function eraseSubject(command: EraseSubject, state: ErasureState): SubjectErased[] {
  const subjectId = command.subjectId.trim();
  if (!/^[A-Za-z0-9:_-]{1,200}$/.test(subjectId))
    throw new DomainError('SUBJECT_INVALID', 'invalid', '数据主体编号无效', 'Invalid data subject id', {
      field: 'subjectId',
    });
  if (state.erased.has(subjectId))
    throw new DomainError(
      'SUBJECT_ALREADY_ERASED',
      'conflict',
      '该数据主体的个人信息已删除',
      'This data subject was already erased',
      { state: 'erased' },
    );
  const reason = command.reason.trim();
  if (reason.length < 2 || reason.length > 500)
    throw new DomainError(
      'ERASURE_REASON_REQUIRED',
      'invalid',
      '请填写删除理由（2–500 字）',
      'Give the reason for the erasure (2-500 characters)',
      { field: 'reason' },
    );
  return [{ type: 'SubjectErased', data: { subjectId, reason, keysDestroyed: command.keysDestroyed } }];
}
