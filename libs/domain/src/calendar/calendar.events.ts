import type { DomainEvent } from '../shared/decider.js';

/** A day of a published calendar: the date (YYYY-MM-DD, Asia/Shanghai) and the festival it belongs to. */
export interface CalendarDay {
  readonly date: string;
  readonly name: string;
}

/** Where a year's calendar comes from: the State Council notice, and the package it was taken from when seeded. */
export interface CalendarSource {
  /** e.g. 国务院办公厅关于2026年部分节假日安排的通知 */
  readonly title: string;
  /** e.g. 国办发明电〔2025〕7号 */
  readonly documentNumber: string | null;
  readonly url: string | null;
  readonly publishedOn: string | null;
  /** e.g. chinese-days@1.5.7 when the platform seeded it from the maintained package. */
  readonly seededFrom: string | null;
}

/**
 * The platform published a year's calendar of public holidays (放假) and adjusted workdays
 * (调休上班). A year may be published again (a correction): each publication is a new version,
 * and a deadline computed from the calendar names the version it used.
 */
export type HolidayCalendarPublished = DomainEvent<
  'HolidayCalendarPublished',
  {
    readonly year: number;
    readonly version: number;
    readonly holidays: readonly CalendarDay[];
    readonly workdays: readonly CalendarDay[];
    readonly source: CalendarSource;
  }
>;

export type HolidayCalendarEvent = HolidayCalendarPublished;

/** The calendar is platform data, kept in the platform's own history (not any district's or community's). */
export const PLATFORM_TENANT = 'platform';
export const HOLIDAY_CALENDAR_STREAM = 'holiday-calendar';
