import type { Decider } from '../shared/decider.js';
import type { HolidayCalendarEvent } from './calendar.events.js';
import { evolveHolidayCalendar, initialHolidayCalendarState, type HolidayCalendarState } from './calendar.state.js';
import {
  publishHolidayCalendar,
  type PublishHolidayCalendar,
} from './publish-holiday-calendar/publish-holiday-calendar.js';

export type HolidayCalendarCommand = PublishHolidayCalendar;

export const holidayCalendarDecider: Decider<HolidayCalendarCommand, HolidayCalendarState, HolidayCalendarEvent> = {
  initialState: initialHolidayCalendarState,
  evolve: evolveHolidayCalendar,
  decide(command, state) {
    switch (command.kind) {
      case 'PublishHolidayCalendar':
        return publishHolidayCalendar(command, state);
    }
  },
};
