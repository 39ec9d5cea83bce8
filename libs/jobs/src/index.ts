export * from './queues.js';
export * from './audit.worker.js';
export * from './sla.js';
export * from './rankings.js';
export * from './onboarding-import.js';
export * from './exports.js';
export * from './audit-seal.js';
