export * from './database.js';
export * from './events.js';
