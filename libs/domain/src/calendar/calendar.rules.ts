import { DomainError } from '../shared/domain-error.js';
import type { HolidayCalendarState } from './calendar.state.js';

/**
 * Working time (工作时间) as Tongxin counts SLA deadlines: a working day is a day that is a
 * workday by the published calendar — Monday to Friday unless the year's calendar makes it a
 * holiday (放假), and a Saturday or Sunday only when the calendar makes it an adjusted workday
 * (调休上班) — and its working hours are 09:00–18:00 Asia/Shanghai (nine hours, no break).
 */
export const WORKING_HOURS = { from: '09:00', to: '18:00', timeZone: 'Asia/Shanghai' } as const;
const DAY_START = 9 * 60;
const DAY_END = 18 * 60;
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
/** A deadline search never walks further than this (a calendar making a whole year off would be a data error). */
const MAX_DAYS = 3660;

/** One year of a calendar as the deadline arithmetic uses it, with the version it comes from. */
export interface WorkingCalendarYear {
  readonly version: number;
  readonly holidays: ReadonlySet<string>;
  readonly workdays: ReadonlySet<string>;
}

/** The calendars a computation may consult, by year; a year missing here counts Monday–Friday. */
export interface WorkingCalendar {
  readonly years: ReadonlyMap<number, WorkingCalendarYear>;
}

/** Which calendar of a year a deadline was computed with; version null = not published then (Monday–Friday). */
export interface CalendarUse {
  readonly year: number;
  readonly version: number | null;
}

export interface WorkingDeadline {
  readonly deadline: string;
  readonly calendars: readonly CalendarUse[];
}

/**
 * The calendar as published: the latest version of each year, or — to recompute a recorded
 * deadline years later — exactly the versions it names.
 */
export function workingCalendarOf(state: HolidayCalendarState, versions?: readonly CalendarUse[]): WorkingCalendar {
  const years = new Map<number, WorkingCalendarYear>();
  const wanted = versions ? new Map(versions.map((v) => [v.year, v.version])) : null;
  for (const [year, published] of state.years) {
    const version = wanted ? wanted.get(year) : published.at(-1)?.version;
    if (version === undefined || version === null) continue;
    const chosen = published.find((p) => p.version === version);
    if (!chosen) continue;
    years.set(year, {
      version,
      holidays: new Set(chosen.holidays.map((d) => d.date)),
      workdays: new Set(chosen.workdays.map((d) => d.date)),
    });
  }
  return { years };
}

const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

class Walk {
  private readonly used = new Map<number, number | null>();
  constructor(private readonly calendar: WorkingCalendar) {}

  isWorkingDay(day: number): boolean {
    const date = dateOfDay(day);
    const year = Number(date.slice(0, 4));
    const published = this.calendar.years.get(year);
    this.used.set(year, published?.version ?? null);
    if (published?.holidays.has(date)) return false;
    if (published?.workdays.has(date)) return true;
    const weekday = new Date(day * DAY_MS).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  result(day: number, minute: number): WorkingDeadline {
    const deadline = new Date(day * DAY_MS + minute * 60_000 - SHANGHAI_OFFSET_MS).toISOString();
    return {
      deadline,
      calendars: [...this.used].sort(([a], [b]) => a - b).map(([year, version]) => ({ year, version })),
    };
  }
}

function position(start: Date): { day: number; minute: number } {
  const local = start.getTime() + SHANGHAI_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  return { day, minute: (local - day * DAY_MS) / 60_000 };
}

function requireCount(value: number, field: string, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new DomainError(
      'INVALID_DEADLINES',
      'invalid',
      `${field} 应为 1–${max} 的整数`,
      `${field} must be an integer from 1 to ${max}`,
      { field },
    );
  }
}

function tooFar(): DomainError {
  return new DomainError(
    'INVALID_HOLIDAY_CALENDAR',
    'invalid',
    '日历中找不到足够的工作日',
    'The calendar has no working days to reach the deadline',
  );
}

/**
 * `hours` working hours after `start`: counting begins at once inside working hours, else at
 * 09:00 of the next working day. Dispatched Friday 17:00 with 2 hours: due Monday 10:00.
 */
export function addWorkingHours(calendar: WorkingCalendar, start: Date, hours: number): WorkingDeadline {
  requireCount(hours, 'respondWithinWorkingHours', 720);
  const walk = new Walk(calendar);
  let { day, minute } = position(start);
  let remaining = hours * 60;
  for (let steps = 0; steps < MAX_DAYS; steps += 1, day += 1, minute = 0) {
    if (!walk.isWorkingDay(day)) continue;
    const from = Math.max(minute, DAY_START);
    if (from >= DAY_END) continue;
    if (remaining <= DAY_END - from) return walk.result(day, from + remaining);
    remaining -= DAY_END - from;
  }
  throw tooFar();
}

/**
 * By the end (18:00) of the `days`-th working day after the day of `start` (the day of the
 * dispatch does not count): 3 working days from Thursday are due on Tuesday 18:00.
 */
export function addWorkingDays(calendar: WorkingCalendar, start: Date, days: number): WorkingDeadline {
  requireCount(days, 'resolveWithinWorkingDays', 250);
  const walk = new Walk(calendar);
  let { day } = position(start);
  let counted = 0;
  for (let steps = 0; steps < MAX_DAYS; steps += 1) {
    day += 1;
    if (walk.isWorkingDay(day) && ++counted === days) return walk.result(day, DAY_END);
  }
  throw tooFar();
}

/** Whether a Shanghai calendar date is a working day by this calendar. */
export function isWorkingDate(calendar: WorkingCalendar, date: string): boolean {
  return new Walk(calendar).isWorkingDay(Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS));
}
