import { DomainError } from './domain-error.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD) as used for effective dates; refused when malformed or impossible. */
export function assertCalendarDate(value: string, field: string): string {
  const parsed = new Date(`${value}T00:00:00Z`);
  // An impossible month (2017-13-01) is an invalid Date, whose toISOString would throw.
  const valid = DATE.test(value) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  if (!valid)
    throw new DomainError(
      'INVALID_DATE',
      'invalid',
      `${field} 不是有效日期（YYYY-MM-DD）`,
      `${field} must be a date YYYY-MM-DD`,
      { field },
    );
  return value;
}

/** The calendar date in Asia/Shanghai (UTC+8, no daylight saving) of an instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

const FIVE_MINUTES = 5 * 60_000;

/**
 * Actions are often recorded after the fact, never before they happen: occurredAt may lie in
 * the past (not before the community was onboarded) but at most five minutes in the future.
 */
export function assertOccurredAt(occurredAt: string, now: Date, onboardedOn: string | null): string {
  const at = Date.parse(occurredAt);
  if (Number.isNaN(at))
    throw new DomainError(
      'INVALID_OCCURRED_AT',
      'invalid',
      'occurredAt 不是有效时间',
      'occurredAt is not an ISO-8601 time',
      { field: 'occurredAt' },
    );
  if (at > now.getTime() + FIVE_MINUTES) {
    throw new DomainError(
      'OCCURRED_IN_FUTURE',
      'invalid',
      '发生时间不能晚于当前时间五分钟以上',
      'occurredAt is more than 5 minutes in the future',
      { field: 'occurredAt' },
    );
  }
  if (onboardedOn && shanghaiDate(new Date(at)) < onboardedOn) {
    throw new DomainError(
      'OCCURRED_BEFORE_ONBOARDING',
      'invalid',
      `发生时间早于社区入驻日期 ${onboardedOn}`,
      `occurredAt is before the community was onboarded (${onboardedOn})`,
      { field: 'occurredAt' },
    );
  }
  return new Date(at).toISOString();
}
