import { given } from '../shared/given.js';
import { welfareDecider, type WelfareEvent } from './index.js';

const applied: WelfareEvent = {
  type: 'WelfareApplied',
  data: { applicationId: 'a1', kind: 'dibao', applicantPii: '陈某', circumstancesPii: '独居老人，无固定收入' },
};

describe('welfare (低保等救助)', () => {
  it('records an application and one decision', () => {
    given(welfareDecider, [])
      .when({
        kind: 'ApplyForWelfare',
        applicationId: 'a1',
        welfareKind: 'dibao',
        applicant: '陈某',
        circumstances: '独居老人，无固定收入',
      })
      .then([applied]);
    given(welfareDecider, [applied])
      .when({ kind: 'DecideWelfare', outcome: 'granted', note: '符合低保条件' })
      .then([{ type: 'WelfareDecided', data: { outcome: 'granted', note: '符合低保条件' } }]);
    given(welfareDecider, [applied, { type: 'WelfareDecided', data: { outcome: 'refused', note: '不符合' } }])
      .when({ kind: 'DecideWelfare', outcome: 'granted', note: '改判' })
      .thenThrows('WELFARE_ALREADY_DECIDED', { state: 'refused' });
    given(welfareDecider, [])
      .when({ kind: 'DecideWelfare', outcome: 'granted', note: '批准' })
      .thenThrows('WELFARE_NOT_FOUND');
  });
});
