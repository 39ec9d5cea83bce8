// One folder per use case; this module gathers them for the decider.
export * from './raise-request/raise-request.js';
export * from './dispatch-request/dispatch-request.js';
export * from './accept-request/accept-request.js';
export * from './resolve-request/resolve-request.js';
export * from './rate-request/rate-request.js';
export * from './reopen-request/reopen-request.js';
export * from './escalate-request/escalate-request.js';
export * from './report-escalation/report-escalation.js';
export * from './reject-request/reject-request.js';
export * from './withdraw-request/withdraw-request.js';
export * from './close-request/close-request.js';
export * from './exclude-request/exclude-request.js';
export * from './mark-overdue/mark-overdue.js';
export * from './escalate-overdue/escalate-overdue.js';
