import { given } from '../shared/given.js';
import {
  branchDecider,
  monthlyStarDecider,
  studySessionDecider,
  threeZeroDecider,
  type BranchEvent,
  type ThreeZeroEvent,
} from './index.js';

const classed: BranchEvent = {
  type: 'BranchClassedWeak',
  data: { organisationId: 'furong-branch', reason: '组织生活不经常，班子软弱' },
};
const rectified: BranchEvent = {
  type: 'BranchRectified',
  data: { organisationId: 'furong-branch', measures: '调整班子，建立半月谈制度' },
};
const granted: ThreeZeroEvent = {
  type: 'ThreeZeroStatusGranted',
  data: { grantedBy: '天心区委政法委', note: '零发案、零上访、零事故' },
};

describe('organisation life (组织生活)', () => {
  it('records a party lesson with its attendee count, once', () => {
    const held = {
      type: 'StudySessionHeld',
      data: {
        sessionId: 's1',
        kind: 'party-lesson',
        topic: '学习党的二十大精神',
        organisationId: 'dwei',
        speaker: '王书记',
        attendees: 36,
      },
    } as const;
    given(studySessionDecider, [])
      .when({
        kind: 'HoldStudySession',
        sessionId: 's1',
        sessionKind: 'party-lesson',
        topic: '学习党的二十大精神',
        organisationId: 'dwei',
        speaker: '王书记',
        attendees: 36,
      })
      .then([held]);
    given(studySessionDecider, [held])
      .when({ kind: 'HoldStudySession', sessionId: 's1', sessionKind: 'theme-day', topic: '主题党日', attendees: 10 })
      .thenThrows('STUDY_SESSION_ALREADY_RECORDED');
    given(studySessionDecider, [])
      .when({ kind: 'HoldStudySession', sessionId: 's1', sessionKind: 'theme-day', topic: '主题党日', attendees: 0 })
      .thenThrows('INVALID_ATTENDEES');
  });

  it('awards a monthly star for a month that has begun (Shanghai time)', () => {
    const award = {
      kind: 'AwardMonthlyStar',
      awardId: 'a1',
      star: 'building-head-star',
      month: '2026-11',
      person: '刘楼长',
      citation: '带头清理楼道杂物',
      at: '2026-10-31T16:30:00Z',
    } as const;
    given(monthlyStarDecider, [])
      .when(award)
      .then([
        {
          type: 'MonthlyStarAwarded',
          data: {
            awardId: 'a1',
            star: 'building-head-star',
            month: '2026-11',
            personPii: '刘楼长',
            citation: '带头清理楼道杂物',
          },
        },
      ]);
    given(monthlyStarDecider, [])
      .when({ ...award, at: '2026-10-31T15:30:00Z' })
      .thenThrows('MONTH_NOT_STARTED');
    given(monthlyStarDecider, [])
      .when({ ...award, month: '2026-13' })
      .thenThrows('INVALID_MONTH');
  });

  it('classes a branch weak and lax once, and rectifies only a classed branch', () => {
    given(branchDecider, [])
      .when({ kind: 'ClassBranchWeak', organisationId: 'furong-branch', reason: '组织生活不经常，班子软弱' })
      .then([classed]);
    given(branchDecider, [classed])
      .when({ kind: 'ClassBranchWeak', organisationId: 'furong-branch', reason: '再次' })
      .thenThrows('BRANCH_ALREADY_WEAK', { state: 'weak' });
    given(branchDecider, [])
      .when({ kind: 'RectifyBranch', organisationId: 'furong-branch', measures: '整顿' })
      .thenThrows('BRANCH_NOT_WEAK', { state: 'none' });
    given(branchDecider, [classed])
      .when({ kind: 'RectifyBranch', organisationId: 'furong-branch', measures: '调整班子，建立半月谈制度' })
      .then([rectified]);
    given(branchDecider, [classed, rectified])
      .when({ kind: 'RectifyBranch', organisationId: 'furong-branch', measures: '再次' })
      .thenThrows('BRANCH_NOT_WEAK', { state: 'rectified' });
    // A rectified branch can be classed again later.
    given(branchDecider, [classed, rectified])
      .when({ kind: 'ClassBranchWeak', organisationId: 'furong-branch', reason: '再次软弱' })
      .then([{ type: 'BranchClassedWeak', data: { organisationId: 'furong-branch', reason: '再次软弱' } }]);
  });

  it('reviews a branch secretary with a score or a grade, one review of each kind a year', () => {
    const review = {
      kind: 'ReviewSecretary',
      organisationId: 'furong-branch',
      year: 2025,
      reviewKind: 'mass',
      secretary: '王书记',
      score: 92,
      comment: '群众满意',
    } as const;
    const reviewed: BranchEvent = {
      type: 'BranchSecretaryReviewed',
      data: {
        organisationId: 'furong-branch',
        year: 2025,
        reviewKind: 'mass',
        secretaryPii: '王书记',
        score: 92,
        grade: null,
        comment: '群众满意',
      },
    };
    given(branchDecider, []).when(review).then([reviewed]);
    given(branchDecider, [reviewed]).when(review).thenThrows('REVIEW_ALREADY_RECORDED');
    given(branchDecider, [reviewed])
      .when({ ...review, reviewKind: 'self', score: null, grade: 'good' })
      .then([
        {
          type: 'BranchSecretaryReviewed',
          data: { ...reviewed.data, reviewKind: 'self', score: null, grade: 'good' },
        },
      ]);
    given(branchDecider, [])
      .when({ ...review, grade: 'good' })
      .thenThrows('SCORE_OR_GRADE');
    given(branchDecider, [])
      .when({ ...review, score: 120 })
      .thenThrows('INVALID_SCORE');
    given(branchDecider, [])
      .when({ ...review, organisationId: 'Bad Id' })
      .thenThrows('INVALID_ORGANISATION');
  });

  it('grants 三零社区 status, refuses granting twice or revoking what is not held', () => {
    given(threeZeroDecider, [])
      .when({ kind: 'GrantThreeZeroStatus', grantedBy: '天心区委政法委', note: '零发案、零上访、零事故' })
      .then([granted]);
    given(threeZeroDecider, [granted])
      .when({ kind: 'GrantThreeZeroStatus', grantedBy: '区委', note: '再次' })
      .thenThrows('THREE_ZERO_ALREADY_GRANTED', { state: 'granted' });
    given(threeZeroDecider, [])
      .when({ kind: 'RevokeThreeZeroStatus', reason: '发生安全事故' })
      .thenThrows('THREE_ZERO_NOT_GRANTED', { state: 'none' });
    given(threeZeroDecider, [granted])
      .when({ kind: 'RevokeThreeZeroStatus', reason: '发生安全事故' })
      .then([{ type: 'ThreeZeroStatusRevoked', data: { reason: '发生安全事故' } }]);
  });
});
