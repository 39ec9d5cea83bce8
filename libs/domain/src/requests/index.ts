export * from './requests.events.js';
export * from './request.state.js';
export * from './request.rules.js';
export * from './request.decider.js';
export type * from './request.decide.js';
