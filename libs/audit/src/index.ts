export * from './merkle.js';
export * from './checkpoint.js';
export * from './pii-cipher.js';
export * from './district-checkpoint.js';
