import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { awardMonthlyStar, type AwardMonthlyStar } from './award-monthly-star/award-monthly-star.js';
import { classBranchWeak, type ClassBranchWeak } from './class-branch-weak/class-branch-weak.js';
import { grantThreeZeroStatus, type GrantThreeZeroStatus } from './grant-three-zero-status/grant-three-zero-status.js';
import { holdStudySession, type HoldStudySession } from './hold-study-session/hold-study-session.js';
import { ORGANISATION_CODE } from './organisation-life.rules.js';
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
    if (!ORGANISATION_CODE.test(command.organisationId))
      throw new DomainError(
        'INVALID_ORGANISATION',
        'invalid',
        'organisationId 应为小写字母数字编号',
        'organisationId must be a lowercase code',
        { field: 'organisationId' },
      );
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
    switch (command.kind) {
      case 'GrantThreeZeroStatus':
        return grantThreeZeroStatus(command, state);
      case 'RevokeThreeZeroStatus':
        return revokeThreeZeroStatus(command, state);
    }
  },
};
