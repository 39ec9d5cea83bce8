export * from './disputes.events.js';
export * from './disputes.state.js';
export * from './disputes.decider.js';
export type { RegisterDispute } from './register-dispute/register-dispute.js';
export type { HoldMediation } from './hold-mediation/hold-mediation.js';
export type { RecordMediated } from './record-mediated/record-mediated.js';
export type { RecordMediationFailed } from './record-mediation-failed/record-mediation-failed.js';
export type { ReferDispute } from './refer-dispute/refer-dispute.js';
