export * from './calendar.events.js';
export * from './calendar.state.js';
export * from './calendar.rules.js';
export * from './calendar.decider.js';
// publishHolidayCalendar was public before the contexts took one shape; it stays so.
export { publishHolidayCalendar } from './publish-holiday-calendar/publish-holiday-calendar.js';
export type { PublishHolidayCalendar } from './publish-holiday-calendar/publish-holiday-calendar.js';
