export * from './holiday-calendar.events.js';
export * from './holiday-calendar.js';
export * from './working-time.js';
