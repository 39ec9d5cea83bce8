import { fold } from '../shared/decider.js';
import { PUBLISH_2026 } from './calendar-2026.fixture.js';
import {
  holidayCalendarDecider,
  type HolidayCalendarState,
  addWorkingDays,
  addWorkingHours,
  isWorkingDate,
  workingCalendarOf,
} from './index.js';

const publish = (state: HolidayCalendarState, command = PUBLISH_2026) =>
  fold(holidayCalendarDecider, [
    ...[...state.years.values()].flat().map((data) => ({ type: 'HolidayCalendarPublished' as const, data })),
    ...holidayCalendarDecider.decide(command, state),
  ]);
const state2026 = publish(holidayCalendarDecider.initialState);
const calendar = workingCalendarOf(state2026);
const at = (shanghai: string) => new Date(`${shanghai}+08:00`);
const utc = (shanghai: string) => at(shanghai).toISOString();

describe('working time on the Chinese holiday calendar (09:00–18:00 Asia/Shanghai)', () => {
  it('knows holidays, 调休 workdays and plain weekends', () => {
    expect(isWorkingDate(calendar, '2026-10-01')).toBe(false); // 国庆节
    expect(isWorkingDate(calendar, '2026-10-10')).toBe(true); // Saturday, 调休上班
    expect(isWorkingDate(calendar, '2026-02-07')).toBe(false); // plain Saturday
    expect(isWorkingDate(calendar, '2026-02-13')).toBe(true); // Friday
  });

  it('National Day week: 3 working days from 30 September are due on the 调休 Saturday 10 October, 18:00', () => {
    expect(addWorkingDays(calendar, at('2026-09-30T10:00:00'), 3)).toEqual({
      deadline: utc('2026-10-10T18:00:00'),
      calendars: [{ year: 2026, version: 1 }],
    });
    // 10 working hours from 30 September 10:00: 8 that day, 2 after the holiday week.
    expect(addWorkingHours(calendar, at('2026-09-30T10:00:00'), 10).deadline).toBe(utc('2026-10-08T11:00:00'));
  });

  it('Spring Festival: the 调休 Saturday 14 February works, then nothing until the 24th', () => {
    expect(addWorkingHours(calendar, at('2026-02-13T16:00:00'), 4).deadline).toBe(utc('2026-02-14T11:00:00'));
    expect(addWorkingDays(calendar, at('2026-02-13T16:00:00'), 2).deadline).toBe(utc('2026-02-24T18:00:00'));
    // Dispatched during the holiday: counting starts at 09:00 on the first working day.
    expect(addWorkingHours(calendar, at('2026-02-18T10:00:00'), 1).deadline).toBe(utc('2026-02-24T10:00:00'));
  });

  it('starts counting at 09:00 before working hours and rolls over at 18:00 after them', () => {
    expect(addWorkingHours(calendar, at('2026-03-02T07:30:00'), 2).deadline).toBe(utc('2026-03-02T11:00:00'));
    expect(addWorkingHours(calendar, at('2026-03-02T18:00:00'), 1).deadline).toBe(utc('2026-03-03T10:00:00'));
    expect(addWorkingHours(calendar, at('2026-03-06T17:00:00'), 2).deadline).toBe(utc('2026-03-09T10:00:00')); // Friday -> Monday
    expect(addWorkingHours(calendar, at('2026-03-02T09:00:00'), 9).deadline).toBe(utc('2026-03-02T18:00:00'));
  });

  it('counts a year without a published calendar Monday to Friday and says so', () => {
    expect(addWorkingDays(calendar, at('2026-12-30T15:00:00'), 3)).toEqual({
      deadline: utc('2027-01-04T18:00:00'),
      calendars: [
        { year: 2026, version: 1 },
        { year: 2027, version: null },
      ],
    });
  });

  it('recomputes a recorded deadline with the calendar version it names, after a correction', () => {
    // A corrected notice makes 1 October a workday (illustrative); version 2 of 2026.
    const corrected = publish(state2026, {
      ...PUBLISH_2026,
      holidays: PUBLISH_2026.holidays.filter((d) => d.date !== '2026-10-01'),
    });
    expect(corrected.years.get(2026)?.map((v) => v.version)).toEqual([1, 2]);
    expect(addWorkingDays(workingCalendarOf(corrected), at('2026-09-30T10:00:00'), 1)).toEqual({
      deadline: utc('2026-10-01T18:00:00'),
      calendars: [{ year: 2026, version: 2 }],
    });
    expect(
      addWorkingDays(workingCalendarOf(corrected, [{ year: 2026, version: 1 }]), at('2026-09-30T10:00:00'), 1).deadline,
    ).toBe(utc('2026-10-08T18:00:00'));
  });

  it('refuses counts that are not whole positive numbers', () => {
    expect(() => addWorkingHours(calendar, at('2026-03-02T09:00:00'), 0)).toThrow(
      expect.objectContaining({ code: 'INVALID_DEADLINES' }),
    );
    expect(() => addWorkingDays(calendar, at('2026-03-02T09:00:00'), 1.5)).toThrow(
      expect.objectContaining({ code: 'INVALID_DEADLINES', details: { field: 'resolveWithinWorkingDays' } }),
    );
  });
});
