export * from './projection.js';
export * from './tenant-activity/tenant-activity.projection.js';
export * from './directory/directory.projection.js';
export * from './kpi/record-facts.js';
export * from './kpi/kpi-facts.projection.js';
export * from './kpi/request-queue.js';
export * from './kpi/request-overdue.js';
export * from './kpi/rankings.js';
