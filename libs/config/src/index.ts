export * from './environment.js';
export * from './log-format.js';
