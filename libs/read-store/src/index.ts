export * from './postgres/schema-migrations.js';
export * from './postgres/projection-runner.js';
export * from './postgres/tenant-activity.writer.js';
export * from './postgres/directory.writer.js';
export * from './postgres/directory.reader.js';
export * from './postgres/projections.js';
export * from './postgres/kpi-facts.writer.js';
export * from './postgres/kpi.reader.js';
