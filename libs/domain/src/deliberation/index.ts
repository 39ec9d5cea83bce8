export * from './deliberation.events.js';
export * from './deliberation.state.js';
export * from './deliberation.decider.js';
export type { RaiseProposal } from './raise-proposal/raise-proposal.js';
export type { HoldMeeting } from './hold-meeting/hold-meeting.js';
export type { DecideProposal } from './decide-proposal/decide-proposal.js';
export type { RecordImplementation } from './record-implementation/record-implementation.js';
export type { EvaluateProposal } from './evaluate-proposal/evaluate-proposal.js';
export type { PublishDisclosure } from './publish-disclosure/publish-disclosure.js';
