import { CodedError } from '@tongxin/kernel';
import type { ExpectedVersion } from './envelope.js';

export class StreamVersionConflictError extends CodedError {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    readonly actualVersion: number,
  ) {
    super(
      'STREAM_VERSION_CONFLICT',
      'conflict',
      `记录已被他人修改（期望版本 ${String(expectedVersion)}，实际版本 ${actualVersion}），请刷新后重试`,
      `Stream ${streamId} is at version ${actualVersion}, expected ${String(expectedVersion)}`,
      { streamId, expectedVersion, actualVersion },
    );
  }
}

export class IdempotencyKeyReusedError extends CodedError {
  constructor(detail: string) {
    super(
      'IDEMPOTENCY_KEY_REUSED',
      'conflict',
      '重复提交的请求与原请求内容不一致',
      `A retried append does not match the original: ${detail}`,
    );
  }
}

export class InvalidEventError extends CodedError {
  constructor(field: string, detail: string) {
    super('INVALID_EVENT', 'invalid', `事件数据无效：${field}`, `Invalid event: ${field} ${detail}`, { field });
  }
}
