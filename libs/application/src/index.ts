export * from './shared/command-executor.js';
export * from './shared/tokens.js';
export * from './registry/registry-command.js';
export * from './community-records/community-records.js';
export * from './community-records/community-command.js';
export * from './community-records/get-community-record.query.js';
export * from './rankings/district-ranking.js';
export * from './onboarding/import-file.js';
