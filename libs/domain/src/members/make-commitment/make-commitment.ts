import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { MemberEvent } from '../members.events.js';
import { requireMember } from '../members.rules.js';
import type { MemberState } from '../members.state.js';

export interface MakeCommitment {
  readonly kind: 'MakeCommitment';
  readonly commitmentId: string;
  readonly text: string;
}

export function makeCommitment(command: MakeCommitment, state: MemberState): MemberEvent[] {
  requireMember(state);
  if (state.openCommitments.has(command.commitmentId) || state.fulfilledCommitments.has(command.commitmentId)) {
    throw new DomainError('COMMITMENT_EXISTS', 'conflict', '该承诺已存在', 'The commitment already exists');
  }
  return [{ type: 'CommitmentMade', data: { commitmentId: command.commitmentId, text: text(command.text, 'text') } }];
}
