export * from './shared/command-executor.js';
export * from './shared/tokens.js';
export * from './registry/registry-command.js';
