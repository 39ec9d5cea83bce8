import { given } from '../shared/given.js';
import { memberDecider, type MemberEvent } from './members.js';

const registered: MemberEvent = { type: 'PartyMemberRegistered', data: { memberId: 'm1', namePii: '李建国', mode: 'in-service' } };
const committed: MemberEvent = { type: 'CommitmentMade', data: { commitmentId: 'k1', text: '每月为小区办 1–2 件实事' } };

describe('party members (党员报到、双诺三评、志愿服务)', () => {
  it('registers a member, who reports in with a management mode', () => {
    given(memberDecider, []).when({ kind: 'RegisterPartyMember', memberId: 'm1', name: '李建国', mode: 'in-service' }).then([registered]);
    given(memberDecider, [registered]).when({ kind: 'ReportIn', compoundId: 'jiahe', mode: 'in-service' }).then([{ type: 'PartyMemberReportedIn', data: { compoundId: 'jiahe', mode: 'in-service' } }]);
    given(memberDecider, []).when({ kind: 'ReportIn', mode: 'mobile' }).thenThrows('MEMBER_NOT_FOUND');
    given(memberDecider, [registered]).when({ kind: 'ReportIn', mode: 'retired' as never }).thenThrows('INVALID_MODE');
  });
  it('fulfils only an open commitment, once', () => {
    given(memberDecider, [registered, committed]).when({ kind: 'FulfilCommitment', commitmentId: 'k1', note: '已修好楼道灯' }).then([{ type: 'CommitmentFulfilled', data: { commitmentId: 'k1', note: '已修好楼道灯' } }]);
    given(memberDecider, [registered, committed, { type: 'CommitmentFulfilled', data: { commitmentId: 'k1', note: '已完成' } }])
      .when({ kind: 'FulfilCommitment', commitmentId: 'k1', note: '再次' })
      .thenThrows('COMMITMENT_NOT_OPEN', { state: 'fulfilled' });
  });
  it('logs volunteer service with plausible hours', () => {
    given(memberDecider, [registered]).when({ kind: 'LogVolunteerService', hours: 2.5, description: '门岗值守' }).then([{ type: 'VolunteerServiceLogged', data: { hours: 2.5, description: '门岗值守' } }]);
    given(memberDecider, [registered]).when({ kind: 'LogVolunteerService', hours: 30, description: '门岗值守' }).thenThrows('INVALID_HOURS');
  });
});
