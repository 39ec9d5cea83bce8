export * from './projection.js';
export * from './tenant-activity/tenant-activity.projection.js';
export * from './directory/directory.projection.js';
