import type { DomainEvent } from './decider.js';
import { DomainError } from './domain-error.js';

/** Mistakes are never edited away: a later event voids an earlier one, with a reason. */
export type EventVoided = DomainEvent<'EventVoided', { readonly voidedEventId: string; readonly reason: string }>;

export interface VoidEvent {
  readonly kind: 'VoidEvent';
  readonly eventId: string;
  readonly reason: string;
}

/** A stored fact as the void rules need it: its id next to its type and data. */
export interface RecordedFact {
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
}

const targetOf = (fact: RecordedFact): string | null =>
  fact.type === 'EventVoided' ? (fact.data as EventVoided['data']).voidedEventId : null;

/**
 * The history as every decision and view must see it: voided events and the voids themselves
 * removed. A void of a void is ignored (no un-voiding: record the fact again instead).
 */
export function withoutVoided<Fact extends RecordedFact>(history: readonly Fact[]): Fact[] {
  const types = new Map(history.map((fact) => [fact.eventId, fact.type]));
  const voided = new Set(
    history.map(targetOf).filter((id): id is string => id !== null && types.get(id) !== 'EventVoided'),
  );
  return history.filter((fact) => fact.type !== 'EventVoided' && !voided.has(fact.eventId));
}

export function decideVoid(command: VoidEvent, history: readonly RecordedFact[]): [EventVoided] {
  const target = history.find((fact) => fact.eventId === command.eventId);
  // Only events of this stream (so of this tenant) can be voided here.
  if (!target)
    throw new DomainError(
      'EVENT_NOT_FOUND',
      'not-found',
      '要作废的记录不存在',
      `No event ${command.eventId} in this record`,
      { field: 'eventId' },
    );
  if (target.type === 'EventVoided')
    throw new DomainError(
      'CANNOT_VOID_A_VOID',
      'conflict',
      '作废记录不能再被作废，请重新登记事实',
      'A void cannot be voided: record the fact again instead',
      { field: 'eventId' },
    );
  if (history.some((fact) => targetOf(fact) === command.eventId)) {
    throw new DomainError('EVENT_ALREADY_VOIDED', 'conflict', '该记录已作废', 'The event is already voided', {
      field: 'eventId',
    });
  }
  const reason = command.reason.trim();
  if (reason.length < 2)
    throw new DomainError('REASON_REQUIRED', 'invalid', '作废须说明理由', 'A void needs a reason', { field: 'reason' });
  return [{ type: 'EventVoided', data: { voidedEventId: command.eventId, reason } }];
}
