import { given } from '../shared/given.js';
import { PUBLISH_2026 } from './calendar-2026.fixture.js';
import { holidayCalendarDecider, type HolidayCalendarPublished } from './index.js';

const [published] = holidayCalendarDecider.decide(PUBLISH_2026, holidayCalendarDecider.initialState) as [
  HolidayCalendarPublished,
];
const calendar = (history: HolidayCalendarPublished[]) => given(holidayCalendarDecider, history);

describe('holiday calendar: a year published by the platform with its source notice', () => {
  it('records the year sorted, as version 1, with the notice it comes from', () => {
    expect(published.data).toMatchObject({
      year: 2026,
      version: 1,
      source: { title: '国务院办公厅关于2026年部分节假日安排的通知', documentNumber: null, seededFrom: null },
    });
    expect(published.data.holidays).toHaveLength(33);
    expect(published.data.workdays.map((d) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('publishes a correction as the next version and refuses an identical one', () => {
    const corrected = { ...PUBLISH_2026, workdays: PUBLISH_2026.workdays.slice(1) };
    expect(
      holidayCalendarDecider.decide(
        corrected,
        holidayCalendarDecider.evolve(holidayCalendarDecider.initialState, published),
      )[0]?.data.version,
    ).toBe(2);
    calendar([published]).when(PUBLISH_2026).thenThrows('HOLIDAY_CALENDAR_UNCHANGED', { year: 2026, version: 1 });
  });

  it('refuses dates outside the year, duplicates, a day both off and on, a weekday "workday" and a missing notice', () => {
    calendar([])
      .when({ ...PUBLISH_2026, holidays: [{ date: '2025-12-31', name: '元旦' }] })
      .thenThrows('INVALID_HOLIDAY_CALENDAR', { field: 'holidays[0].date' });
    calendar([])
      .when({
        ...PUBLISH_2026,
        holidays: [
          { date: '2026-01-01', name: '元旦' },
          { date: '2026-01-01', name: '元旦' },
        ],
      })
      .thenThrows('INVALID_HOLIDAY_CALENDAR', { field: 'holidays[1].date' });
    calendar([])
      .when({ ...PUBLISH_2026, workdays: [{ date: '2026-10-03', name: '国庆节' }] })
      .thenThrows('INVALID_HOLIDAY_CALENDAR', { field: 'workdays[0].date' });
    calendar([])
      .when({ ...PUBLISH_2026, workdays: [{ date: '2026-10-09', name: '国庆节' }] })
      .thenThrows('INVALID_HOLIDAY_CALENDAR', { field: 'workdays[0].date' });
    calendar([])
      .when({ ...PUBLISH_2026, holidays: [{ date: '2026-02-30', name: '春节' }] })
      .thenThrows('INVALID_DATE');
    calendar([])
      .when({ ...PUBLISH_2026, source: { title: '' } })
      .thenThrows('INVALID_HOLIDAY_CALENDAR', { field: 'source.title' });
    calendar([])
      .when({ ...PUBLISH_2026, year: 1999 })
      .thenThrows('INVALID_HOLIDAY_CALENDAR', { field: 'year' });
  });
});
