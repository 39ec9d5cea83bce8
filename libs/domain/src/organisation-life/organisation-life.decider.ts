import type { Decider } from '../shared/decider.js';
import { awardMonthlyStar, type AwardMonthlyStar } from './award-monthly-star/award-monthly-star.js';
import { classBranchWeak, type ClassBranchWeak } from './class-branch-weak/class-branch-weak.js';
import { grantThreeZeroStatus, type GrantThreeZeroStatus } from './grant-three-zero-status/grant-three-zero-status.js';
import { holdStudySession, type HoldStudySession } from './hold-study-session/hold-study-session.js';
import { requireOrganisationCode } from './organisation-life.rules.js';
import type { BranchEvent, MonthlyStarAwarded, StudySessionHeld, ThreeZeroEvent } from './organisation-life.events.js';
import {
  type BranchState,
  evolveBranch,
  evolveMonthlyStar,
  evolveStudySession,
  evolveThreeZero,
  initialBranchState,
  initialMonthlyStarState,
  initialStudySessionState,
  initialThreeZeroState,
  type MonthlyStarState,
  type StudySessionState,
  type ThreeZeroState,
} from './organisation-life.state.js';
import { rectifyBranch, type RectifyBranch } from './rectify-branch/rectify-branch.js';
import { reviewSecretary, type ReviewSecretary } from './review-secretary/review-secretary.js';
import {
  revokeThreeZeroStatus,
  type RevokeThreeZeroStatus,
} from './revoke-three-zero-status/revoke-three-zero-status.js';

export const studySessionDecider: Decider<HoldStudySession, StudySessionState, StudySessionHeld> = {
  initialState: initialStudySessionState,
  evolve: evolveStudySession,
  decide: (command, state) => holdStudySession(command, state),
};

export const monthlyStarDecider: Decider<AwardMonthlyStar, MonthlyStarState, MonthlyStarAwarded> = {
  initialState: initialMonthlyStarState,
  evolve: evolveMonthlyStar,
  decide: (command, state) => awardMonthlyStar(command, state),
};

export type BranchCommand = ReviewSecretary | ClassBranchWeak | RectifyBranch;

/**
 * Organisation life of one party branch (组织生活): its secretary's yearly reviews, and the
 * 软弱涣散 classing and its rectification (整顿转化). A branch is classed only when not already
 * weak, and rectified only while weak.
 */
export const branchDecider: Decider<BranchCommand, BranchState, BranchEvent> = {
  initialState: initialBranchState,
  evolve: evolveBranch,
  decide(command, state) {
    requireOrganisationCode(command.organisationId);
    switch (command.kind) {
      case 'ReviewSecretary':
        return reviewSecretary(command, state);
      case 'ClassBranchWeak':
        return classBranchWeak(command, state);
      case 'RectifyBranch':
        return rectifyBranch(command, state);
    }
  },
};

export type ThreeZeroCommand = GrantThreeZeroStatus | RevokeThreeZeroStatus;

/** The community's 三零社区 status: granted, possibly revoked, possibly granted again. */
export const threeZeroDecider: Decider<ThreeZeroCommand, ThreeZeroState, ThreeZeroEvent> = {
  initialState: initialThreeZeroState,
  evolve: evolveThreeZero,
  decide(command, state) {
    if (command.kind === 'GrantThreeZeroStatus') return grantThreeZeroStatus(command, state);
    return revokeThreeZeroStatus(command, state);
  },
};
