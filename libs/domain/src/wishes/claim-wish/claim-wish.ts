import type { ActingUser } from '../../requests/index.js';
import { text } from '../../shared/lifecycle.js';
import type { WishEvent } from '../wishes.events.js';
import { need } from '../wishes.rules.js';
import type { WishState } from '../wishes.state.js';

export interface ClaimWish {
  readonly kind: 'ClaimWish';
  readonly claimerName: string;
  readonly by: ActingUser;
}

export function claimWish(command: ClaimWish, state: WishState): WishEvent[] {
  need(state, ['posted'], 'WISH_NOT_OPEN', '认领');
  return [
    {
      type: 'WishClaimed',
      data: { claimedBy: command.by.userId, claimerName: text(command.claimerName, 'claimerName', 1, 50) },
    },
  ];
}
