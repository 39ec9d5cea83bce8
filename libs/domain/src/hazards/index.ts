export * from './hazards.events.js';
export * from './hazards.state.js';
export * from './hazards.decider.js';
export type { ReportHazard } from './report-hazard/report-hazard.js';
export type { EliminateHazard } from './eliminate-hazard/eliminate-hazard.js';
