export * from './envelope.js';
export * from './errors.js';
export * from './event-store.port.js';
export * from './hashing.js';
export * from './verification.js';
export * from './postgres/migrations.js';
export * from './postgres/migrator.js';
export * from './postgres/postgres-event-store.js';
