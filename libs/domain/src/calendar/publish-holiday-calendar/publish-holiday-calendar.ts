import { DomainError } from '../../shared/domain-error.js';
import { assertCalendarDate } from '../../shared/calendar.js';
import type { CalendarDay, CalendarSource, HolidayCalendarPublished } from '../calendar.events.js';
import type { HolidayCalendarState } from '../calendar.state.js';

/** The platform administrator publishes a year's calendar as the State Council notice announced it. */
export interface PublishHolidayCalendar {
  readonly kind: 'PublishHolidayCalendar';
  readonly year: number;
  readonly holidays: readonly CalendarDay[];
  readonly workdays: readonly CalendarDay[];
  readonly source: {
    readonly title: string;
    readonly documentNumber?: string | null;
    readonly url?: string | null;
    readonly publishedOn?: string | null;
    readonly seededFrom?: string | null;
  };
}

const invalid = (field: string, zh: string, en: string) =>
  new DomainError('INVALID_HOLIDAY_CALENDAR', 'invalid', zh, en, { field });

function days(list: readonly CalendarDay[], year: number, field: string): CalendarDay[] {
  const seen = new Set<string>();
  return [...list]
    .map((day, index) => {
      const date = assertCalendarDate(day.date, `${field}[${index}].date`);
      if (!date.startsWith(`${year}-`))
        throw invalid(`${field}[${index}].date`, `${date} 不在 ${year} 年内`, `${date} is not in ${year}`);
      if (seen.has(date)) throw invalid(`${field}[${index}].date`, `${date} 重复`, `${date} is listed twice`);
      seen.add(date);
      const name = (day.name ?? '').trim();
      if (name.length < 1 || name.length > 50)
        throw invalid(`${field}[${index}].name`, '节日名称应为 1–50 个字符', 'name must be 1-50 characters');
      return { date, name };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const sameDays = (a: readonly CalendarDay[], b: readonly CalendarDay[]) =>
  a.length === b.length && a.every((d, i) => d.date === b[i]?.date && d.name === b[i]?.name);

export function publishHolidayCalendar(
  command: PublishHolidayCalendar,
  state: HolidayCalendarState,
): [HolidayCalendarPublished] {
  const { year } = command;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw invalid('year', '年份应在 2000–2100 之间', 'year must be between 2000 and 2100');
  const holidays = days(command.holidays, year, 'holidays');
  const workdays = days(command.workdays, year, 'workdays');
  const off = new Set(holidays.map((d) => d.date));
  for (const [index, day] of workdays.entries()) {
    if (off.has(day.date))
      throw invalid(
        `workdays[${index}].date`,
        `${day.date} 不能既放假又上班`,
        `${day.date} cannot be both a holiday and a workday`,
      );
    // 调休 turns a weekend day into a workday; a weekday is a workday anyway.
    if (![0, 6].includes(weekday(day.date)))
      throw invalid(
        `workdays[${index}].date`,
        `${day.date} 不是周末，无需调休上班`,
        `${day.date} is not a Saturday or Sunday`,
      );
  }
  const title = (command.source.title ?? '').trim();
  if (title.length < 4 || title.length > 200)
    throw invalid(
      'source.title',
      '请注明来源通知（4–200 个字符），如：国务院办公厅关于2026年部分节假日安排的通知',
      'source.title must name the notice (4-200 characters)',
    );
  if (command.source.publishedOn) assertCalendarDate(command.source.publishedOn, 'source.publishedOn');
  const source: CalendarSource = {
    title,
    documentNumber: command.source.documentNumber?.trim() || null,
    url: command.source.url?.trim() || null,
    publishedOn: command.source.publishedOn ?? null,
    seededFrom: command.source.seededFrom?.trim() || null,
  };
  const versions = state.years.get(year) ?? [];
  const latest = versions.at(-1);
  if (latest && sameDays(latest.holidays, holidays) && sameDays(latest.workdays, workdays)) {
    throw new DomainError(
      'HOLIDAY_CALENDAR_UNCHANGED',
      'conflict',
      `${year} 年日历与已发布的第 ${latest.version} 版相同`,
      `The ${year} calendar is the same as published version ${latest.version}`,
      { year, version: latest.version },
    );
  }
  return [
    { type: 'HolidayCalendarPublished', data: { year, version: versions.length + 1, holidays, workdays, source } },
  ];
}
