export * from './postgres/schema-migrations.js';
export * from './postgres/projection-runner.js';
export * from './postgres/tenant-activity.writer.js';
