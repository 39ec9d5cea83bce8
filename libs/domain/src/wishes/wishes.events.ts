import type { DomainEvent } from '../shared/decider.js';

export type WishPosted = DomainEvent<
  'WishPosted',
  { readonly wishId: string; readonly description: string; readonly beneficiaryPii: string | null }
>;

export type WishClaimed = DomainEvent<'WishClaimed', { readonly claimedBy: string; readonly claimerName: string }>;

export type WishFulfilled = DomainEvent<'WishFulfilled', { readonly note: string }>;

export type WishEvent = WishPosted | WishClaimed | WishFulfilled;

export const wishStream = (id: string): string => `wish-${id}`;
