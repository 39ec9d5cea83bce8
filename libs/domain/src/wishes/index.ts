export * from './wishes.events.js';
export * from './wishes.state.js';
export * from './wishes.decider.js';
export type { PostWish } from './post-wish/post-wish.js';
export type { ClaimWish } from './claim-wish/claim-wish.js';
export type { FulfilWish } from './fulfil-wish/fulfil-wish.js';
