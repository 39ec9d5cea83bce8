import { DomainError } from './domain-error.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD) as used for effective dates; refused when malformed or impossible. */
export function assertCalendarDate(value: string, field: string): string {
  const valid = DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new DomainError('INVALID_DATE', 'invalid', `${field} 不是有效日期（YYYY-MM-DD）`, `${field} must be a date YYYY-MM-DD`, { field });
  return value;
}

/** The calendar date in Asia/Shanghai (UTC+8, no daylight saving) of an instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
