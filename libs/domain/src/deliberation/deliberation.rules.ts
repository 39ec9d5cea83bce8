import { DomainError } from '../shared/domain-error.js';
import { requireState } from '../shared/lifecycle.js';
import { PROPOSAL_STATUS_LABELS, type ProposalState, type ProposalStatus } from './deliberation.state.js';

export const need = (state: ProposalState, allowed: ProposalStatus[], code: string, what: string) =>
  requireState(state.status, allowed, code, PROPOSAL_STATUS_LABELS, what, 'PROPOSAL_NOT_FOUND');

export const count = (value: number, field: string) => {
  if (!Number.isInteger(value) || value < 0)
    throw new DomainError(
      'INVALID_COUNT',
      'invalid',
      `${field} 应为非负整数`,
      `${field} must be a non-negative integer`,
      { field },
    );
  return value;
};
