import { requireNew, text } from '../../shared/lifecycle.js';
import type { WishEvent } from '../wishes.events.js';
import type { WishState } from '../wishes.state.js';

export interface PostWish {
  readonly kind: 'PostWish';
  readonly wishId: string;
  readonly description: string;
  readonly beneficiary?: string | null;
}

export function postWish(command: PostWish, state: WishState): WishEvent[] {
  requireNew(state.status, 'WISH_ALREADY_POSTED');
  return [
    {
      type: 'WishPosted',
      data: {
        wishId: command.wishId,
        description: text(command.description, 'description'),
        beneficiaryPii: command.beneficiary?.trim() || null,
      },
    },
  ];
}
