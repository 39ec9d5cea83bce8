export * from './decider.js';
export * from './domain-error.js';
export * from './calendar.js';
export * from './voids.js';
export * from './lifecycle.js';
export * from './corrections.js';
