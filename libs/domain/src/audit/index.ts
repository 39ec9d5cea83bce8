export * from './audit.events.js';
export * from './audit.state.js';
export { accessReason } from './audit.rules.js';
export * from './audit.decider.js';
export type { RecordHistoryRead } from './record-history-read/record-history-read.js';
export type { RecordPiiDecryption } from './record-pii-decryption/record-pii-decryption.js';
export type { EraseSubject } from './erase-subject/erase-subject.js';
export type { SealDistrictCheckpoint } from './seal-district-checkpoint/seal-district-checkpoint.js';
export type { SealCheckpoint } from './seal-checkpoint/seal-checkpoint.js';
