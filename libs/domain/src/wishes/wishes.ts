import type { Decider, DomainEvent } from '../shared/decider.js';
import { forbidden, isStaff, type ActingUser } from '../requests/request.rules.js';
import { requireNew, requireState, text } from '../shared/lifecycle.js';

export type WishPosted = DomainEvent<
  'WishPosted',
  { readonly wishId: string; readonly description: string; readonly beneficiaryPii: string | null }
>;
export type WishClaimed = DomainEvent<'WishClaimed', { readonly claimedBy: string; readonly claimerName: string }>;
export type WishFulfilled = DomainEvent<'WishFulfilled', { readonly note: string }>;
export type WishEvent = WishPosted | WishClaimed | WishFulfilled;

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

export type WishCommand =
  | {
      readonly kind: 'PostWish';
      readonly wishId: string;
      readonly description: string;
      readonly beneficiary?: string | null;
    }
  | { readonly kind: 'ClaimWish'; readonly claimerName: string; readonly by: ActingUser }
  | { readonly kind: 'FulfilWish'; readonly note: string; readonly by: ActingUser };

const need = (state: WishState, allowed: WishStatus[], code: string, what: string) =>
  requireState(state.status, allowed, code, WISH_STATUS_LABELS, what, 'WISH_NOT_FOUND');

/** 微心愿: a resident's small wish is posted, claimed (认领) by a party member, fulfilled. */
export const wishDecider: Decider<WishCommand, WishState, WishEvent> = {
  initialState: { status: 'none', claimedBy: null },
  evolve(state, event) {
    switch (event.type) {
      case 'WishPosted':
        return { status: 'posted', claimedBy: null };
      case 'WishClaimed':
        return { status: 'claimed', claimedBy: event.data.claimedBy };
      case 'WishFulfilled':
        return { ...state, status: 'fulfilled' };
    }
  },
  decide(command, state) {
    switch (command.kind) {
      case 'PostWish':
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
      case 'ClaimWish':
        need(state, ['posted'], 'WISH_NOT_OPEN', '认领');
        return [
          {
            type: 'WishClaimed',
            data: { claimedBy: command.by.userId, claimerName: text(command.claimerName, 'claimerName', 1, 50) },
          },
        ];
      case 'FulfilWish':
        need(state, ['claimed'], 'WISH_NOT_CLAIMED', '记录实现');
        if (!isStaff(command.by) && state.claimedBy !== command.by.userId)
          throw forbidden(
            'NOT_THE_CLAIMER',
            '只有认领人或社区工作人员可以记录实现',
            'Only the member who claimed the wish, or staff, may fulfil it',
          );
        return [{ type: 'WishFulfilled', data: { note: text(command.note, 'note') } }];
    }
  },
};

export const wishStream = (id: string): string => `wish-${id}`;
