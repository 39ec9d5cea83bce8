import { CodedError, type ErrorDetails, type ErrorKind } from '@tongxin/kernel';

/** A refusal by a domain rule: stable code, Chinese message, English twin. */
export class DomainError extends CodedError {
  constructor(code: string, kind: ErrorKind, messageZh: string, messageEn: string, details: ErrorDetails = {}) {
    super(code, kind, messageZh, messageEn, details);
  }
}
