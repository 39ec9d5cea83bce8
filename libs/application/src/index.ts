export * from './shared/command-executor.js';
export * from './shared/tokens.js';
export * from './registry/registry-command.js';
export * from './requests/request-command.js';
export * from './requests/get-request.query.js';
