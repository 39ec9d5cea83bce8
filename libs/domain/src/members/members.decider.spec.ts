import { given } from '../shared/given.js';
import { memberDecider, type MemberEvent } from './index.js';

const registered: MemberEvent = {
  type: 'PartyMemberRegistered',
  data: { memberId: 'm1', namePii: '李建国', mode: 'in-service' },
};
const committed: MemberEvent = {
  type: 'CommitmentMade',
  data: { commitmentId: 'k1', text: '每月为小区办 1–2 件实事' },
};

describe('party members (党员报到、双诺三评、志愿服务)', () => {
  it('registers a member, who reports in with a management mode', () => {
    given(memberDecider, [])
      .when({ kind: 'RegisterPartyMember', memberId: 'm1', name: '李建国', mode: 'in-service' })
      .then([registered]);
    given(memberDecider, [registered])
      .when({ kind: 'ReportIn', compoundId: 'jiahe', mode: 'in-service' })
      .then([{ type: 'PartyMemberReportedIn', data: { compoundId: 'jiahe', mode: 'in-service' } }]);
    given(memberDecider, []).when({ kind: 'ReportIn', mode: 'mobile' }).thenThrows('MEMBER_NOT_FOUND');
    given(memberDecider, [registered])
      .when({ kind: 'ReportIn', mode: 'retired' as never })
      .thenThrows('INVALID_MODE');
  });
  it('fulfils only an open commitment, once', () => {
    given(memberDecider, [registered, committed])
      .when({ kind: 'FulfilCommitment', commitmentId: 'k1', note: '已修好楼道灯' })
      .then([{ type: 'CommitmentFulfilled', data: { commitmentId: 'k1', note: '已修好楼道灯' } }]);
    given(memberDecider, [
      registered,
      committed,
      { type: 'CommitmentFulfilled', data: { commitmentId: 'k1', note: '已完成' } },
    ])
      .when({ kind: 'FulfilCommitment', commitmentId: 'k1', note: '再次' })
      .thenThrows('COMMITMENT_NOT_OPEN', { state: 'fulfilled' });
  });
  it('logs volunteer service with plausible hours', () => {
    given(memberDecider, [registered])
      .when({ kind: 'LogVolunteerService', hours: 2.5, description: '门岗值守' })
      .then([{ type: 'VolunteerServiceLogged', data: { hours: 2.5, description: '门岗值守' } }]);
    given(memberDecider, [registered])
      .when({ kind: 'LogVolunteerService', hours: 30, description: '门岗值守' })
      .thenThrows('INVALID_HOURS');
  });
});

describe('volunteer posts (志愿服务岗位认领) and pairing with families in difficulty (结对帮扶)', () => {
  const claimed: MemberEvent = {
    type: 'VolunteerPostClaimed',
    data: { postId: 'hygiene-3', postName: '3栋环境卫生监督岗', compoundId: 'jiahe' },
  };
  const paired: MemberEvent = {
    type: 'FamilyPairingStarted',
    data: {
      pairingId: 'p1',
      familyPii: '王某一家（低保户）',
      circumstancesPii: '子女残疾，收入微薄',
      compoundId: 'jiahe',
    },
  };

  it('claims a post in a compound and releases only a post it holds', () => {
    given(memberDecider, [registered])
      .when({ kind: 'ClaimVolunteerPost', postId: 'hygiene-3', postName: '3栋环境卫生监督岗', compoundId: 'jiahe' })
      .then([claimed]);
    given(memberDecider, [])
      .when({ kind: 'ClaimVolunteerPost', postId: 'hygiene-3', postName: '3栋环境卫生监督岗' })
      .thenThrows('MEMBER_NOT_FOUND');
    given(memberDecider, [registered, claimed])
      .when({ kind: 'ClaimVolunteerPost', postId: 'hygiene-3', postName: '3栋环境卫生监督岗' })
      .thenThrows('POST_ALREADY_CLAIMED');
    given(memberDecider, [registered])
      .when({ kind: 'ReleaseVolunteerPost', postId: 'hygiene-3', reason: '工作调动' })
      .thenThrows('POST_NOT_CLAIMED');
    given(memberDecider, [registered, claimed])
      .when({ kind: 'ReleaseVolunteerPost', postId: 'hygiene-3', reason: '工作调动' })
      .then([{ type: 'VolunteerPostReleased', data: { postId: 'hygiene-3', reason: '工作调动' } }]);
    given(memberDecider, [
      registered,
      claimed,
      { type: 'VolunteerPostReleased', data: { postId: 'hygiene-3', reason: '调动' } },
    ])
      .when({ kind: 'ClaimVolunteerPost', postId: 'hygiene-3', postName: '3栋环境卫生监督岗', compoundId: 'jiahe' })
      .then([claimed]);
  });

  it('starts a pairing with a family (personal data) and ends only an active one', () => {
    given(memberDecider, [registered])
      .when({
        kind: 'StartFamilyPairing',
        pairingId: 'p1',
        family: '王某一家（低保户）',
        circumstances: '子女残疾，收入微薄',
        compoundId: 'jiahe',
      })
      .then([paired]);
    given(memberDecider, [registered, paired])
      .when({ kind: 'StartFamilyPairing', pairingId: 'p1', family: '王某一家', circumstances: '困难' })
      .thenThrows('PAIRING_EXISTS');
    given(memberDecider, [registered, paired])
      .when({ kind: 'EndFamilyPairing', pairingId: 'p1', outcome: '家庭已脱困' })
      .then([{ type: 'FamilyPairingEnded', data: { pairingId: 'p1', outcome: '家庭已脱困' } }]);
    given(memberDecider, [
      registered,
      paired,
      { type: 'FamilyPairingEnded', data: { pairingId: 'p1', outcome: '已脱困' } },
    ])
      .when({ kind: 'EndFamilyPairing', pairingId: 'p1', outcome: '再次' })
      .thenThrows('PAIRING_NOT_ACTIVE', { state: 'ended' });
  });
});
