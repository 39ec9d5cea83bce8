/** Organisation life (组织生活): study sessions, monthly stars, branch secretary reviews and 软弱涣散 rectification, 三零社区 status. */
export * from './organisation-life.events.js';
export * from './organisation-life.state.js';
export { ORGANISATION_CODE } from './organisation-life.rules.js';
export * from './organisation-life.decider.js';
export type { HoldStudySession } from './hold-study-session/hold-study-session.js';
export type { AwardMonthlyStar } from './award-monthly-star/award-monthly-star.js';
export type { ReviewSecretary } from './review-secretary/review-secretary.js';
export type { ClassBranchWeak } from './class-branch-weak/class-branch-weak.js';
export type { RectifyBranch } from './rectify-branch/rectify-branch.js';
export type { GrantThreeZeroStatus } from './grant-three-zero-status/grant-three-zero-status.js';
export type { RevokeThreeZeroStatus } from './revoke-three-zero-status/revoke-three-zero-status.js';
