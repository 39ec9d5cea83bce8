import type { HolidayCalendarEvent, HolidayCalendarPublished } from './calendar.events.js';

export type PublishedCalendarYear = HolidayCalendarPublished['data'];

/** Every publication of every year, oldest first: a deadline can be recomputed with the version it used. */
export interface HolidayCalendarState {
  readonly years: ReadonlyMap<number, readonly PublishedCalendarYear[]>;
}

export const initialHolidayCalendarState: HolidayCalendarState = { years: new Map() };

export function evolveHolidayCalendar(state: HolidayCalendarState, event: HolidayCalendarEvent): HolidayCalendarState {
  switch (event.type) {
    case 'HolidayCalendarPublished': {
      const earlier = state.years.get(event.data.year) ?? [];
      return { years: new Map(state.years).set(event.data.year, [...earlier, event.data]) };
    }
  }
}
