import { assertCalendarDate, assertOccurredAt, shanghaiDate } from './calendar.js';

describe('calendar rules', () => {
  const now = new Date('2026-11-24T12:00:00Z');

  it('takes Shanghai dates: 2026-11-24 16:30 UTC is already the 25th in Shanghai', () => {
    expect(shanghaiDate(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
    expect(shanghaiDate(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
  });

  it('accepts past times and up to five minutes ahead, normalised to UTC ISO', () => {
    expect(assertOccurredAt('2026-11-24T20:04:00+08:00', now, '2018-07-01')).toBe('2026-11-24T12:04:00.000Z');
    expect(() => assertOccurredAt('2026-11-24T12:06:00Z', now, null)).toThrow(
      expect.objectContaining({ code: 'OCCURRED_IN_FUTURE' }),
    );
  });

  it('refuses times before the community was onboarded, by Shanghai date', () => {
    expect(() => assertOccurredAt('2018-06-30T15:59:00Z', now, '2018-07-01')).toThrow(
      expect.objectContaining({ code: 'OCCURRED_BEFORE_ONBOARDING' }),
    );
    expect(assertOccurredAt('2018-06-30T16:00:00Z', now, '2018-07-01')).toBe('2018-06-30T16:00:00.000Z');
  });

  it('refuses impossible calendar dates', () => {
    expect(() => assertCalendarDate('2026-02-29', 'onboardedOn')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(assertCalendarDate('2028-02-29', 'onboardedOn')).toBe('2028-02-29');
  });
});
