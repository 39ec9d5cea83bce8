import { CodedError } from './coded-error.js';

/**
 * The database could not be reached or dropped the connection mid-request (a restart, a
 * failover, a pooler recycling connections). Retryable: the write either committed or did not,
 * and a retry with the same Idempotency-Key returns the first result instead of writing twice.
 */
export class DatabaseUnavailableError extends CodedError {
  constructor(
    readonly retryAfterSeconds = 1,
    cause?: unknown,
  ) {
    super(
      'DATABASE_UNAVAILABLE',
      'unavailable',
      '数据库暂时不可用，请稍后使用相同的 Idempotency-Key 重试',
      'The database is temporarily unavailable; retry shortly with the same Idempotency-Key',
      { retryable: true, retryAfterSeconds },
    );
    if (cause !== undefined) this.cause = cause;
  }
}
