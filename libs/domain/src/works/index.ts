export * from './works.events.js';
export * from './works.state.js';
export * from './works.decider.js';
export type { RecordWorks } from './record-works/record-works.js';
