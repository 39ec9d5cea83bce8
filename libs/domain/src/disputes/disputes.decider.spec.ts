import { given } from '../shared/given.js';
import { disputeDecider, type DisputeEvent } from './index.js';

const registered: DisputeEvent = {
  type: 'DisputeRegistered',
  data: { disputeId: 'd1', kind: 'noise', summary: '楼上装修噪音', partiesPii: ['张先生', '李女士'] },
};
const session: DisputeEvent = {
  type: 'DisputeMediationHeld',
  data: { venue: '近邻评理室', mediator: '王书记', notes: null },
};
const dispute = (history: DisputeEvent[]) => given(disputeDecider, history);

describe('disputes (矛盾纠纷)', () => {
  it('registers a dispute between at least two parties', () => {
    dispute([])
      .when({
        kind: 'RegisterDispute',
        disputeId: 'd1',
        disputeKind: 'noise',
        summary: ' 楼上装修噪音 ',
        parties: ['张先生', '李女士'],
      })
      .then([registered]);
    dispute([])
      .when({ kind: 'RegisterDispute', disputeId: 'd1', disputeKind: 'noise', summary: '噪音', parties: ['张先生'] })
      .thenThrows('PARTIES_REQUIRED');
    dispute([registered])
      .when({ kind: 'RegisterDispute', disputeId: 'd1', disputeKind: 'noise', summary: '噪音', parties: ['甲', '乙'] })
      .thenThrows('DISPUTE_ALREADY_REGISTERED');
  });
  it('records an outcome only after a mediation session', () => {
    dispute([registered])
      .when({ kind: 'RecordMediated', agreement: '约定施工时间' })
      .thenThrows('DISPUTE_NOT_IN_MEDIATION', { state: 'registered' });
    dispute([registered, session])
      .when({ kind: 'RecordMediated', agreement: '约定施工时间' })
      .then([{ type: 'DisputeMediated', data: { agreement: '约定施工时间' } }]);
  });
  it('refers a failed mediation on, and closes nothing twice', () => {
    const failed: DisputeEvent = { type: 'DisputeMediationFailed', data: { reason: '双方分歧大' } };
    dispute([registered, session, failed])
      .when({ kind: 'ReferDispute', to: 'people-mediation-committee', note: '移交人民调解委员会' })
      .then([{ type: 'DisputeReferred', data: { to: 'people-mediation-committee', note: '移交人民调解委员会' } }]);
    dispute([registered, session, { type: 'DisputeMediated', data: { agreement: '和解' } }])
      .when({ kind: 'ReferDispute', to: 'court', note: '起诉' })
      .thenThrows('DISPUTE_CLOSED', { state: 'mediated' });
    dispute([])
      .when({ kind: 'HoldMediation', venue: '谈心说事室', mediator: '王书记' })
      .thenThrows('DISPUTE_NOT_FOUND');
  });
});
