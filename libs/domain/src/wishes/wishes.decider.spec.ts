import { given } from '../shared/given.js';
import { wishDecider, type WishEvent } from './index.js';

const posted: WishEvent = {
  type: 'WishPosted',
  data: { wishId: 'w1', description: '想要一台收音机', beneficiaryPii: '独居老人陈奶奶' },
};
const member = { userId: 'member-3', role: 'party-member' };
const claimed: WishEvent = { type: 'WishClaimed', data: { claimedBy: 'member-3', claimerName: '李建国' } };

describe('micro-wishes (微心愿)', () => {
  it('is posted, claimed by a party member, fulfilled by that member', () => {
    given(wishDecider, [])
      .when({ kind: 'PostWish', wishId: 'w1', description: '想要一台收音机', beneficiary: '独居老人陈奶奶' })
      .then([posted]);
    given(wishDecider, [posted]).when({ kind: 'ClaimWish', claimerName: '李建国', by: member }).then([claimed]);
    given(wishDecider, [posted, claimed])
      .when({ kind: 'FulfilWish', note: '已送达', by: member })
      .then([{ type: 'WishFulfilled', data: { note: '已送达' } }]);
  });
  it('refuses a second claim and a fulfilment by another member', () => {
    given(wishDecider, [posted, claimed])
      .when({ kind: 'ClaimWish', claimerName: '王', by: { userId: 'member-4', role: 'party-member' } })
      .thenThrows('WISH_NOT_OPEN', { state: 'claimed' });
    given(wishDecider, [posted, claimed])
      .when({ kind: 'FulfilWish', note: '已送达', by: { userId: 'member-4', role: 'party-member' } })
      .thenThrows('NOT_THE_CLAIMER');
    given(wishDecider, [posted])
      .when({ kind: 'FulfilWish', note: '已送达', by: member })
      .thenThrows('WISH_NOT_CLAIMED');
  });
});
