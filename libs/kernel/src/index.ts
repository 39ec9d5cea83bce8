export * from './coded-error.js';
export * from './clock.js';
export * from './id-generator.js';
export * from './tenant.js';
export * from './events.js';
export * from './unavailable.js';
