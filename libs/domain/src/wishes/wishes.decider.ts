import type { Decider } from '../shared/decider.js';
import { claimWish, type ClaimWish } from './claim-wish/claim-wish.js';
import { fulfilWish, type FulfilWish } from './fulfil-wish/fulfil-wish.js';
import { postWish, type PostWish } from './post-wish/post-wish.js';
import type { WishEvent } from './wishes.events.js';
import { evolveWish, initialWishState, type WishState } from './wishes.state.js';

export type WishCommand = PostWish | ClaimWish | FulfilWish;

/** 微心愿: a resident's small wish is posted, claimed (认领) by a party member, fulfilled. */
export const wishDecider: Decider<WishCommand, WishState, WishEvent> = {
  initialState: initialWishState,
  evolve: evolveWish,
  decide(command, state) {
    switch (command.kind) {
      case 'PostWish':
        return postWish(command, state);
      case 'ClaimWish':
        return claimWish(command, state);
      case 'FulfilWish':
        return fulfilWish(command, state);
    }
  },
};
