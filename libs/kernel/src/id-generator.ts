import { createHash, randomUUID } from 'node:crypto';

/** Ids are injected for the same reason as time: replayable, testable decisions. */
export interface IdGenerator {
  next(): string;
}

export const uuidGenerator: IdGenerator = { next: () => randomUUID() };

/** Deterministic UUID-shaped ids for tests: 00000000-0000-4000-8000-<counter>. */
export class SequentialIdGenerator implements IdGenerator {
  private counter = 0;

  constructor(private readonly prefix = '00000000-0000-4000-8000-') {}

  next(): string {
    this.counter += 1;
    return `${this.prefix}${this.counter.toString(16).padStart(12, '0')}`;
  }
}

/**
 * A UUID-shaped id derived from a key (e.g. tenant + Idempotency-Key), so that a retried
 * "create" addresses the same new stream instead of creating a second one.
 */
export function idFromKey(...parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
