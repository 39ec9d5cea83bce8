import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { requireNew, text } from '../shared/lifecycle.js';

const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

// ---- 学习教育: study sessions, party lessons (党课) and theme party days (主题党日) ----

export const SESSION_KINDS = { study: '集中学习', 'party-lesson': '党课', 'theme-day': '主题党日' } as const;
export type SessionKind = keyof typeof SESSION_KINDS;

export type StudySessionHeld = DomainEvent<
  'StudySessionHeld',
  { readonly sessionId: string; readonly kind: SessionKind; readonly topic: string; readonly organisationId: string | null; readonly speaker: string | null; readonly attendees: number }
>;

export interface HoldStudySession {
  readonly kind: 'HoldStudySession';
  readonly sessionId: string;
  readonly sessionKind: SessionKind;
  readonly topic: string;
  readonly organisationId?: string | null;
  readonly speaker?: string | null;
  readonly attendees: number;
}

export const studySessionDecider: Decider<HoldStudySession, { readonly held: boolean }, StudySessionHeld> = {
  initialState: { held: false },
  evolve: () => ({ held: true }),
  decide(command, state) {
    requireNew(state.held ? 'held' : 'none', 'STUDY_SESSION_ALREADY_RECORDED');
    if (!Object.hasOwn(SESSION_KINDS, command.sessionKind)) throw new DomainError('INVALID_SESSION_KIND', 'invalid', '学习形式应为集中学习、党课或主题党日', 'kind must be study, party-lesson or theme-day', { field: 'kind' });
    if (!(Number.isInteger(command.attendees) && command.attendees >= 1 && command.attendees <= 10_000)) {
      throw new DomainError('INVALID_ATTENDEES', 'invalid', '参加人数应为 1–10000 的整数', 'attendees must be an integer between 1 and 10000', { field: 'attendees' });
    }
    const organisationId = command.organisationId ?? null;
    if (organisationId !== null && !CODE.test(organisationId)) throw new DomainError('INVALID_ORGANISATION', 'invalid', 'organisationId 应为小写字母数字编号', 'organisationId must be a lowercase code', { field: 'organisationId' });
    return [
      {
        type: 'StudySessionHeld',
        data: { sessionId: command.sessionId, kind: command.sessionKind, topic: text(command.topic, 'topic', 2, 200), organisationId, speaker: command.speaker ? text(command.speaker, 'speaker', 1, 50) : null, attendees: command.attendees },
      },
    ];
  },
};

// ---- 月度评星: 社区之星 / 楼长之星 ----

export const STAR_KINDS = { 'community-star': '社区之星', 'building-head-star': '楼长之星' } as const;
export type StarKind = keyof typeof STAR_KINDS;

export type MonthlyStarAwarded = DomainEvent<'MonthlyStarAwarded', { readonly awardId: string; readonly star: StarKind; readonly month: string; readonly personPii: string; readonly citation: string }>;

export interface AwardMonthlyStar {
  readonly kind: 'AwardMonthlyStar';
  readonly awardId: string;
  readonly star: StarKind;
  readonly month: string;
  readonly person: string;
  readonly citation: string;
  /** The time the award happened, so a star is never given for a month still to come. */
  readonly at: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const shanghaiMonth = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 7);

export const monthlyStarDecider: Decider<AwardMonthlyStar, { readonly awarded: boolean }, MonthlyStarAwarded> = {
  initialState: { awarded: false },
  evolve: () => ({ awarded: true }),
  decide(command, state) {
    requireNew(state.awarded ? 'awarded' : 'none', 'STAR_ALREADY_AWARDED');
    if (!Object.hasOwn(STAR_KINDS, command.star)) throw new DomainError('INVALID_STAR', 'invalid', '评星类型应为社区之星或楼长之星', 'star must be community-star or building-head-star', { field: 'star' });
    if (!MONTH.test(command.month)) throw new DomainError('INVALID_MONTH', 'invalid', 'month 应为 YYYY-MM', 'month must be YYYY-MM', { field: 'month' });
    if (command.month > shanghaiMonth(command.at)) throw new DomainError('MONTH_NOT_STARTED', 'invalid', '不能为尚未开始的月份评星', 'A star cannot be awarded for a month that has not begun', { field: 'month' });
    return [{ type: 'MonthlyStarAwarded', data: { awardId: command.awardId, star: command.star, month: command.month, personPii: text(command.person, 'person', 1, 50), citation: text(command.citation, 'citation') } }];
  },
};

// ---- 党支部: secretary reviews (自我述评 / 领导点评 / 群众评议), 软弱涣散 classed and rectified ----

export const REVIEW_KINDS = { self: '自我述评', leader: '领导点评', mass: '群众评议' } as const;
export type ReviewKind = keyof typeof REVIEW_KINDS;
export const REVIEW_GRADES = { excellent: '好', good: '较好', fair: '一般', poor: '差' } as const;
export type ReviewGrade = keyof typeof REVIEW_GRADES;

export type BranchSecretaryReviewed = DomainEvent<
  'BranchSecretaryReviewed',
  { readonly organisationId: string; readonly year: number; readonly reviewKind: ReviewKind; readonly secretaryPii: string; readonly score: number | null; readonly grade: ReviewGrade | null; readonly comment: string }
>;
export type BranchClassedWeak = DomainEvent<'BranchClassedWeak', { readonly organisationId: string; readonly reason: string }>;
export type BranchRectified = DomainEvent<'BranchRectified', { readonly organisationId: string; readonly measures: string }>;
export type BranchEvent = BranchSecretaryReviewed | BranchClassedWeak | BranchRectified;

export type BranchStatus = 'normal' | 'weak' | 'rectified';
export const BRANCH_STATUS_LABELS: Record<BranchStatus | 'none', string> = { none: '无记录', normal: '正常', weak: '软弱涣散', rectified: '已整顿转化' };

export interface BranchState {
  readonly status: BranchStatus | 'none';
  readonly timesClassedWeak: number;
  /** Reviews recorded, as "year:kind" (one of each kind per year). */
  readonly reviews: readonly string[];
}

export type BranchCommand =
  | { readonly kind: 'ReviewSecretary'; readonly organisationId: string; readonly year: number; readonly reviewKind: ReviewKind; readonly secretary: string; readonly score?: number | null; readonly grade?: ReviewGrade | null; readonly comment: string }
  | { readonly kind: 'ClassBranchWeak'; readonly organisationId: string; readonly reason: string }
  | { readonly kind: 'RectifyBranch'; readonly organisationId: string; readonly measures: string };

/**
 * Organisation life of one party branch (组织生活): its secretary's yearly reviews, and the
 * 软弱涣散 classing and its rectification (整顿转化). A branch is classed only when not already
 * weak, and rectified only while weak.
 */
export const branchDecider: Decider<BranchCommand, BranchState, BranchEvent> = {
  initialState: { status: 'none', timesClassedWeak: 0, reviews: [] },
  evolve(state, event) {
    switch (event.type) {
      case 'BranchSecretaryReviewed':
        return { ...state, status: state.status === 'none' ? 'normal' : state.status, reviews: [...state.reviews, `${event.data.year}:${event.data.reviewKind}`] };
      case 'BranchClassedWeak':
        return { ...state, status: 'weak', timesClassedWeak: state.timesClassedWeak + 1 };
      case 'BranchRectified':
        return { ...state, status: 'rectified' };
    }
  },
  decide(command, state) {
    if (!CODE.test(command.organisationId)) throw new DomainError('INVALID_ORGANISATION', 'invalid', 'organisationId 应为小写字母数字编号', 'organisationId must be a lowercase code', { field: 'organisationId' });
    switch (command.kind) {
      case 'ReviewSecretary': {
        if (!Object.hasOwn(REVIEW_KINDS, command.reviewKind)) throw new DomainError('INVALID_REVIEW_KIND', 'invalid', '评议方式应为自我述评、领导点评或群众评议', 'kind must be self, leader or mass', { field: 'kind' });
        if (!(Number.isInteger(command.year) && command.year >= 2000 && command.year <= 2100)) throw new DomainError('INVALID_YEAR', 'invalid', 'year 应为年份', 'year must be a year', { field: 'year' });
        const score = command.score ?? null;
        const grade = command.grade ?? null;
        if ((score === null) === (grade === null)) throw new DomainError('SCORE_OR_GRADE', 'invalid', '须给出分数或等次之一', 'Give either a score or a grade', { field: 'score' });
        if (score !== null && !(score >= 0 && score <= 100)) throw new DomainError('INVALID_SCORE', 'invalid', '分数应在 0–100 之间', 'score must be between 0 and 100', { field: 'score' });
        if (grade !== null && !Object.hasOwn(REVIEW_GRADES, grade)) throw new DomainError('INVALID_GRADE', 'invalid', '等次应为 excellent / good / fair / poor', 'grade must be excellent, good, fair or poor', { field: 'grade' });
        if (state.reviews.includes(`${command.year}:${command.reviewKind}`)) {
          throw new DomainError('REVIEW_ALREADY_RECORDED', 'conflict', `${command.year} 年的${REVIEW_KINDS[command.reviewKind]}已记录`, `The ${command.reviewKind} review of ${command.year} is already recorded`, { state: state.status });
        }
        return [
          {
            type: 'BranchSecretaryReviewed',
            data: { organisationId: command.organisationId, year: command.year, reviewKind: command.reviewKind, secretaryPii: text(command.secretary, 'secretary', 1, 50), score, grade, comment: text(command.comment, 'comment') },
          },
        ];
      }
      case 'ClassBranchWeak':
        if (state.status === 'weak') throw new DomainError('BRANCH_ALREADY_WEAK', 'conflict', '该党支部已被列为软弱涣散，须先整顿转化', 'The branch is already classed weak and lax', { state: state.status });
        return [{ type: 'BranchClassedWeak', data: { organisationId: command.organisationId, reason: text(command.reason, 'reason') } }];
      case 'RectifyBranch':
        if (state.status !== 'weak') {
          throw new DomainError('BRANCH_NOT_WEAK', 'conflict', `当前状态为「${BRANCH_STATUS_LABELS[state.status]}」，未被列为软弱涣散，不能整顿转化`, `Cannot rectify: the branch is ${state.status}, not classed weak and lax`, { state: state.status });
        }
        return [{ type: 'BranchRectified', data: { organisationId: command.organisationId, measures: text(command.measures, 'measures') } }];
    }
  },
};

// ---- 三零社区 (zero criminal cases, zero escalated petitions, zero safety accidents) ----

export type ThreeZeroStatusGranted = DomainEvent<'ThreeZeroStatusGranted', { readonly grantedBy: string; readonly note: string }>;
export type ThreeZeroStatusRevoked = DomainEvent<'ThreeZeroStatusRevoked', { readonly reason: string }>;
export type ThreeZeroEvent = ThreeZeroStatusGranted | ThreeZeroStatusRevoked;
export type ThreeZeroStatus = 'granted' | 'revoked';
export const THREE_ZERO_STATUS_LABELS: Record<ThreeZeroStatus | 'none', string> = { none: '未创建', granted: '三零社区', revoked: '已撤销' };

export type ThreeZeroCommand = { readonly kind: 'GrantThreeZeroStatus'; readonly grantedBy: string; readonly note: string } | { readonly kind: 'RevokeThreeZeroStatus'; readonly reason: string };

/** The community's 三零社区 status: granted, possibly revoked, possibly granted again. */
export const threeZeroDecider: Decider<ThreeZeroCommand, { readonly status: ThreeZeroStatus | 'none'; readonly timesGranted: number }, ThreeZeroEvent> = {
  initialState: { status: 'none', timesGranted: 0 },
  evolve: (state, event) => (event.type === 'ThreeZeroStatusGranted' ? { status: 'granted', timesGranted: state.timesGranted + 1 } : { ...state, status: 'revoked' }),
  decide(command, state) {
    if (command.kind === 'GrantThreeZeroStatus') {
      if (state.status === 'granted') throw new DomainError('THREE_ZERO_ALREADY_GRANTED', 'conflict', '社区已是三零社区', 'The community already holds 三零社区 status', { state: state.status });
      return [{ type: 'ThreeZeroStatusGranted', data: { grantedBy: text(command.grantedBy, 'grantedBy', 2, 100), note: text(command.note, 'note') } }];
    }
    if (state.status !== 'granted') {
      throw new DomainError('THREE_ZERO_NOT_GRANTED', 'conflict', `当前状态为「${THREE_ZERO_STATUS_LABELS[state.status]}」，不能撤销`, `Cannot revoke: the status is ${state.status}`, { state: state.status });
    }
    return [{ type: 'ThreeZeroStatusRevoked', data: { reason: text(command.reason, 'reason') } }];
  },
};

export const studySessionStream = (id: string): string => `studysession-${id}`;
export const monthlyStarStream = (id: string): string => `star-${id}`;
export const branchStream = (organisationId: string): string => `branch-${organisationId}`;
/** One stream per community holds its 三零社区 status. */
export const THREE_ZERO_RECORD_ID = 'community';
export const threeZeroStream = (): string => `threezero-${THREE_ZERO_RECORD_ID}`;
