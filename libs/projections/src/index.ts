export * from './projection.js';
export * from './tenant-activity/tenant-activity.projection.js';
