import type { DomainEvent } from './decider.js';
import { DomainError } from './domain-error.js';
import { assertCalendarDate, assertOccurredAt } from './calendar.js';
import { withoutVoided, type RecordedFact } from './voids.js';

/**
 * Mistakes are never edited away (domain.md §3): a later event corrects an earlier one of the
 * same record, naming it, with a mandatory reason and replacement values for the fields the
 * corrected event's type allows to correct. Identity fields (ids, kinds that define the record)
 * never change; `occurredAt` can be corrected on every event.
 */
export type EventCorrected = DomainEvent<
  'EventCorrected',
  { readonly correctedEventId: string; readonly reason: string; readonly values: Readonly<Record<string, unknown>> }
>;

export interface CorrectEvent {
  readonly kind: 'CorrectEvent';
  readonly eventId: string;
  readonly reason: string;
  readonly values: Readonly<Record<string, unknown>>;
  /** The server clock and the community's onboarding date, against which a corrected occurredAt is checked. */
  readonly now: string;
  readonly onboardedOn: string | null;
}

/** How one correctable field is checked; `whenSet`: only correctable where the original has a value (e.g. a score, not a grade). */
export type FieldRule = { readonly whenSet?: boolean } & (
  | { readonly kind: 'text'; readonly min: number; readonly max: number; readonly nullable?: boolean }
  | {
      readonly kind: 'number';
      readonly min: number;
      readonly max: number;
      readonly integer?: boolean;
      readonly nullable?: boolean;
    }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'date' }
  | { readonly kind: 'month' }
);

export type CorrectableFields = Readonly<Record<string, Readonly<Record<string, FieldRule>>>>;

const NOT_CORRECTABLE = new Set(['EventVoided', 'EventCorrected']);

const invalid = (field: string, zh: string, en: string) =>
  new DomainError('INVALID_CORRECTION', 'invalid', `values.${field}：${zh}`, `values.${field}: ${en}`, {
    field: `values.${field}`,
  });

function checkField(field: string, rule: FieldRule, value: unknown): unknown {
  if (value === null && (rule.kind === 'text' || rule.kind === 'number') && rule.nullable) return null;
  switch (rule.kind) {
    case 'text': {
      const trimmed = typeof value === 'string' ? value.trim() : null;
      if (trimmed === null || trimmed.length < rule.min || trimmed.length > rule.max)
        throw invalid(field, `长度应为 ${rule.min}–${rule.max} 个字符`, `must be ${rule.min}-${rule.max} characters`);
      return trimmed;
    }
    case 'number':
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        value < rule.min ||
        value > rule.max ||
        (rule.integer && !Number.isInteger(value))
      ) {
        throw invalid(
          field,
          `应为 ${rule.min}–${rule.max} 之间的${rule.integer ? '整数' : '数字'}`,
          `must be a${rule.integer ? 'n integer' : ' number'} between ${rule.min} and ${rule.max}`,
        );
      }
      return value;
    case 'enum':
      if (typeof value !== 'string' || !rule.values.includes(value))
        throw invalid(field, `应为 ${rule.values.join(' / ')} 之一`, `must be one of ${rule.values.join(', ')}`);
      return value;
    case 'date':
      if (typeof value !== 'string') throw invalid(field, '应为日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD');
      return assertCalendarDate(value, `values.${field}`);
    case 'month':
      if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
        throw invalid(field, '应为月份 YYYY-MM', 'must be a month YYYY-MM');
      return value;
  }
}

const targetOf = (fact: RecordedFact): string | null =>
  fact.type === 'EventCorrected' ? (fact.data as EventCorrected['data']).correctedEventId : null;

/**
 * Decides a correction of one event of this record (so of this tenant): refused for an event
 * not in the record, a void, a correction, a voided event, a field its type does not allow, or
 * no values at all; every value is checked like the original and normalised.
 */
export function decideCorrection(
  command: CorrectEvent,
  history: readonly RecordedFact[],
  correctable: CorrectableFields,
): [EventCorrected] {
  const target = history.find((fact) => fact.eventId === command.eventId);
  if (!target)
    throw new DomainError(
      'EVENT_NOT_FOUND',
      'not-found',
      '要更正的记录不存在',
      `No event ${command.eventId} in this record`,
      { field: 'eventId' },
    );
  if (target.type === 'EventVoided')
    throw new DomainError('CANNOT_CORRECT_A_VOID', 'conflict', '作废记录不能更正', 'A void cannot be corrected', {
      field: 'eventId',
      state: 'void',
    });
  if (target.type === 'EventCorrected')
    throw new DomainError(
      'CANNOT_CORRECT_A_CORRECTION',
      'conflict',
      '更正记录不能再更正，请更正原记录',
      'A correction cannot be corrected: correct the original event again',
      { field: 'eventId', state: 'correction' },
    );
  if (!withoutVoided(history).some((fact) => fact.eventId === command.eventId)) {
    throw new DomainError(
      'EVENT_VOIDED',
      'conflict',
      '该记录已作废，不能更正',
      'The event is voided and cannot be corrected',
      { field: 'eventId', state: 'voided' },
    );
  }
  const reason = command.reason.trim();
  if (reason.length < 2)
    throw new DomainError('REASON_REQUIRED', 'invalid', '更正须说明理由', 'A correction needs a reason', {
      field: 'reason',
    });
  const entries = Object.entries(command.values ?? {});
  if (entries.length === 0)
    throw new DomainError('CORRECTION_EMPTY', 'invalid', '请给出要更正的字段', 'Name at least one field to correct', {
      field: 'values',
    });
  const rules = NOT_CORRECTABLE.has(target.type) ? {} : (correctable[target.type] ?? {});
  const values: Record<string, unknown> = {};
  for (const [field, value] of entries) {
    if (field === 'occurredAt') {
      if (typeof value !== 'string') throw invalid(field, '应为 ISO-8601 时间', 'must be an ISO-8601 time');
      values[field] = assertOccurredAt(value, new Date(command.now), command.onboardedOn);
      continue;
    }
    const rule = Object.hasOwn(rules, field) ? rules[field] : undefined;
    const original = (target.data as Record<string, unknown> | null)?.[field];
    if (!rule || (rule.whenSet && (original === null || original === undefined))) {
      const allowed = ['occurredAt', ...Object.keys(rules)];
      throw new DomainError(
        'FIELD_NOT_CORRECTABLE',
        'invalid',
        `「${target.type}」的字段 ${field} 不能更正（可更正：${allowed.join('、')}）`,
        `Field ${field} of ${target.type} cannot be corrected (correctable: ${allowed.join(', ')})`,
        {
          field: `values.${field}`,
          allowed,
        },
      );
    }
    values[field] = checkField(field, rule, value);
  }
  return [{ type: 'EventCorrected', data: { correctedEventId: command.eventId, reason, values } }];
}

/**
 * The history as every decision and view sees it: voided events and voids removed (a voided
 * correction is ignored), then each correction applied to the event it names — later
 * corrections win field by field — and the corrections themselves removed.
 */
export function effectiveEvents<Fact extends RecordedFact & { readonly occurredAt?: string }>(
  history: readonly Fact[],
): Fact[] {
  const kept = withoutVoided(history);
  const replacements = new Map<string, Record<string, unknown>>();
  for (const fact of kept) {
    const target = targetOf(fact);
    if (target)
      replacements.set(target, { ...replacements.get(target), ...(fact.data as EventCorrected['data']).values });
  }
  return kept
    .filter((fact) => fact.type !== 'EventCorrected')
    .map((fact) => {
      const values = replacements.get(fact.eventId);
      if (!values) return fact;
      const { occurredAt, ...fields } = values;
      return {
        ...fact,
        ...(typeof occurredAt === 'string' ? { occurredAt } : {}),
        data: { ...(fact.data as object), ...fields },
      };
    });
}

/** The corrections in force for each event: the ids of the non-voided corrections naming it, in order. */
export function correctionsByEvent(history: readonly RecordedFact[]): Map<string, string[]> {
  const byEvent = new Map<string, string[]>();
  for (const fact of withoutVoided(history)) {
    const target = targetOf(fact);
    if (target) byEvent.set(target, [...(byEvent.get(target) ?? []), fact.eventId]);
  }
  return byEvent;
}
