export * from './errors.js';
export * from './mapping.js';
export * from './kurrentdb-event-store.js';
