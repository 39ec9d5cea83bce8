import type { WishEvent } from './wishes.events.js';

export type WishStatus = 'posted' | 'claimed' | 'fulfilled';

export const WISH_STATUS_LABELS: Record<WishStatus | 'none', string> = {
  none: '不存在',
  posted: '待认领',
  claimed: '已认领',
  fulfilled: '已实现',
};

export interface WishState {
  readonly status: WishStatus | 'none';
  readonly claimedBy: string | null;
}

export const initialWishState: WishState = { status: 'none', claimedBy: null };

export function evolveWish(state: WishState, event: WishEvent): WishState {
  switch (event.type) {
    case 'WishPosted':
      return { status: 'posted', claimedBy: null };
    case 'WishClaimed':
      return { status: 'claimed', claimedBy: event.data.claimedBy };
    case 'WishFulfilled':
      return { ...state, status: 'fulfilled' };
  }
}
