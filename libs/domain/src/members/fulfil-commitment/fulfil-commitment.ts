import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { MemberEvent } from '../members.events.js';
import { requireMember } from '../members.rules.js';
import type { MemberState } from '../members.state.js';

export interface FulfilCommitment {
  readonly kind: 'FulfilCommitment';
  readonly commitmentId: string;
  readonly note: string;
}

export function fulfilCommitment(command: FulfilCommitment, state: MemberState): MemberEvent[] {
  requireMember(state);
  if (!state.openCommitments.has(command.commitmentId)) {
    throw new DomainError(
      'COMMITMENT_NOT_OPEN',
      'conflict',
      '没有待兑现的该项承诺',
      'No open commitment with that id',
      { state: state.fulfilledCommitments.has(command.commitmentId) ? 'fulfilled' : 'none' },
    );
  }
  return [
    {
      type: 'CommitmentFulfilled',
      data: { commitmentId: command.commitmentId, note: text(command.note, 'note') },
    },
  ];
}
