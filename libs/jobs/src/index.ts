export * from './queues.js';
export * from './audit.worker.js';
