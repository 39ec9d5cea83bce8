import { type ActingUser, forbidden, isStaff } from '../../requests/index.js';
import { text } from '../../shared/lifecycle.js';
import type { WishEvent } from '../wishes.events.js';
import { need } from '../wishes.rules.js';
import type { WishState } from '../wishes.state.js';

export interface FulfilWish {
  readonly kind: 'FulfilWish';
  readonly note: string;
  readonly by: ActingUser;
}

export function fulfilWish(command: FulfilWish, state: WishState): WishEvent[] {
  need(state, ['claimed'], 'WISH_NOT_CLAIMED', '记录实现');
  if (!isStaff(command.by) && state.claimedBy !== command.by.userId)
    throw forbidden(
      'NOT_THE_CLAIMER',
      '只有认领人或社区工作人员可以记录实现',
      'Only the member who claimed the wish, or staff, may fulfil it',
    );
  return [{ type: 'WishFulfilled', data: { note: text(command.note, 'note') } }];
}
