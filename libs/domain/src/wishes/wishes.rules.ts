import { requireState } from '../shared/lifecycle.js';
import { WISH_STATUS_LABELS, type WishState, type WishStatus } from './wishes.state.js';

export const need = (state: WishState, allowed: WishStatus[], code: string, what: string) =>
  requireState(state.status, allowed, code, WISH_STATUS_LABELS, what, 'WISH_NOT_FOUND');
