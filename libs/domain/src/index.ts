export * from './shared/index.js';
export * from './events.registry.js';
export * from './registry/index.js';
export * from './audit/audit.js';
export * from './requests/index.js';
