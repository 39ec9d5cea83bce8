export * from './tokens.js';
export * from './platform.module.js';
export * from './health/postgres.health.js';
export * from './health/redis.health.js';
export * from './coded-error.filter.js';
export * from './bootstrap.js';
export * from './validation.pipe.js';
export * from './json-body.js';
