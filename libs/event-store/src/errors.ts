import { CodedError } from '@tongxin/kernel';
import type { ExpectedVersion } from './envelope.js';
import { commandKindOf, type CommandDifference, type StoredCommand } from './idempotency.js';

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

const DIFFERENCE_ZH: Record<CommandDifference, string> = { kind: '操作类型', target: '目标记录', body: '请求内容' };
const DIFFERENCE_EN: Record<CommandDifference, string> = { kind: 'kind', target: 'target record', body: 'body' };

/**
 * An idempotency key (command id) used again for something else: 422, never the first result
 * passed off as this request's. Names the first use (kind, target, when) when it is known.
 */
export class IdempotencyKeyReusedError extends CodedError {
  constructor(
    detail: string,
    details: Record<string, unknown> = {},
    messageZh = '重复提交的请求与原请求内容不一致，未执行',
  ) {
    super(
      'IDEMPOTENCY_KEY_REUSED',
      'unprocessable',
      messageZh,
      `A retried request does not match the original and was not executed: ${detail}`,
      details,
    );
  }

  static firstUse(first: StoredCommand, differences: readonly CommandDifference[]): IdempotencyKeyReusedError {
    const kind = commandKindOf(first);
    const target = first.streamIds.join(', ');
    return new IdempotencyKeyReusedError(
      `Idempotency-Key was first used for ${kind} on ${target} at ${first.recordedAt}; this request differs in ${differences.map((d) => DIFFERENCE_EN[d]).join(', ')}. Use a new key for a new request`,
      { firstUse: { kind, target: first.streamIds, at: first.recordedAt }, differs: differences },
      `该 Idempotency-Key 已于 ${first.recordedAt} 用于 ${kind}（记录 ${target}），本次请求的${differences.map((d) => DIFFERENCE_ZH[d]).join('、')}不同，未执行。新的操作请使用新的 Idempotency-Key`,
    );
  }
}

export class InvalidEventError extends CodedError {
  constructor(field: string, detail: string) {
    super('INVALID_EVENT', 'invalid', `事件数据无效：${field}`, `Invalid event: ${field} ${detail}`, { field });
  }
}
