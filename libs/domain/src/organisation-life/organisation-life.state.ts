import type { BranchEvent, ThreeZeroEvent } from './organisation-life.events.js';

export interface StudySessionState {
  readonly held: boolean;
}

export const initialStudySessionState: StudySessionState = { held: false };

export function evolveStudySession(): StudySessionState {
  return { held: true };
}

export interface MonthlyStarState {
  readonly awarded: boolean;
}

export const initialMonthlyStarState: MonthlyStarState = { awarded: false };

export function evolveMonthlyStar(): MonthlyStarState {
  return { awarded: true };
}

export type BranchStatus = 'normal' | 'weak' | 'rectified';

export const BRANCH_STATUS_LABELS: Record<BranchStatus | 'none', string> = {
  none: '无记录',
  normal: '正常',
  weak: '软弱涣散',
  rectified: '已整顿转化',
};

export interface BranchState {
  readonly status: BranchStatus | 'none';
  readonly timesClassedWeak: number;
  /** Reviews recorded, as "year:kind" (one of each kind per year). */
  readonly reviews: readonly string[];
}

export const initialBranchState: BranchState = { status: 'none', timesClassedWeak: 0, reviews: [] };

export function evolveBranch(state: BranchState, event: BranchEvent): BranchState {
  switch (event.type) {
    case 'BranchSecretaryReviewed':
      return {
        ...state,
        status: state.status === 'none' ? 'normal' : state.status,
        reviews: [...state.reviews, `${event.data.year}:${event.data.reviewKind}`],
      };
    case 'BranchClassedWeak':
      return { ...state, status: 'weak', timesClassedWeak: state.timesClassedWeak + 1 };
    case 'BranchRectified':
      return { ...state, status: 'rectified' };
  }
}

export type ThreeZeroStatus = 'granted' | 'revoked';

export const THREE_ZERO_STATUS_LABELS: Record<ThreeZeroStatus | 'none', string> = {
  none: '未创建',
  granted: '三零社区',
  revoked: '已撤销',
};

export interface ThreeZeroState {
  readonly status: ThreeZeroStatus | 'none';
  readonly timesGranted: number;
}

export const initialThreeZeroState: ThreeZeroState = { status: 'none', timesGranted: 0 };

export function evolveThreeZero(state: ThreeZeroState, event: ThreeZeroEvent): ThreeZeroState {
  return event.type === 'ThreeZeroStatusGranted'
    ? { status: 'granted', timesGranted: state.timesGranted + 1 }
    : { ...state, status: 'revoked' };
}
