import { requireState } from '../shared/lifecycle.js';
import { DISPUTE_STATUS_LABELS, type DisputeState, type DisputeStatus } from './disputes.state.js';

export const need = (state: DisputeState, allowed: DisputeStatus[], code: string, what: string) =>
  requireState(state.status, allowed, code, DISPUTE_STATUS_LABELS, what, 'DISPUTE_NOT_FOUND');
