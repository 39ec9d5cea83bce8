export * from './tenant-id.js';
export * from './tenant-scope.js';
export * from './tenant-context.js';
