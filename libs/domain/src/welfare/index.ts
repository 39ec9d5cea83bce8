export * from './welfare.events.js';
export * from './welfare.state.js';
export * from './welfare.decider.js';
export type { ApplyForWelfare } from './apply-for-welfare/apply-for-welfare.js';
export type { DecideWelfare } from './decide-welfare/decide-welfare.js';
export type { RecordCareVisit } from './record-care-visit/record-care-visit.js';
export type { RecordReemployment } from './record-reemployment/record-reemployment.js';
