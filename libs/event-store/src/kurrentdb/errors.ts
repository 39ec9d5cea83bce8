import { CodedError } from '@tongxin/kernel';

/** An event in a `tenant-` stream that this adapter cannot read back as an envelope: corrupt, forged or foreign. */
export class UnreadableEventError extends CodedError {
  constructor(streamName: string, eventId: string, detail: string) {
    super(
      'EVENT_RECORD_UNREADABLE',
      'unavailable',
      `事件记录无法读取（${eventId}），请联系运维人员核查`,
      `Event ${eventId} in ${streamName} cannot be read as a Tongxin event: ${detail}`,
      { streamName, eventId },
    );
  }
}

/** A global position that does not fit the port's `number`, or that is not a position at all. */
export class GlobalPositionError extends CodedError {
  constructor(position: string, detail: string) {
    super(
      'INVALID_GLOBAL_POSITION',
      'invalid',
      `无效的事件位置：${position}`,
      `Invalid global position ${position}: ${detail}`,
      { position },
    );
  }
}

/** The tenant's chain head kept moving under this writer: other writers won every round. */
export class AppendContentionError extends CodedError {
  constructor(tenantId: string, attempts: number) {
    super(
      'EVENT_STORE_CONTENDED',
      'unavailable',
      '当前提交人数较多，请稍后重试',
      `The hash chain of tenant ${tenantId} kept moving; gave up after ${attempts} attempts`,
      { tenantId, attempts },
    );
  }
}

/** One append is a single KurrentDB transaction, which the server caps in size (MaxAppendSize). */
export class AppendTooLargeError extends CodedError {
  constructor(maxSize: number) {
    super(
      'APPEND_TOO_LARGE',
      'invalid',
      '一次提交的数据过多，请分批导入',
      `The append exceeds the server's maximum transaction size of ${maxSize} bytes; split the batch`,
      { maxSize },
    );
  }
}
