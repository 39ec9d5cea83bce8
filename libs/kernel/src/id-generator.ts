import { randomUUID } from 'node:crypto';

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
