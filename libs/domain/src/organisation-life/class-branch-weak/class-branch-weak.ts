import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { BranchEvent } from '../organisation-life.events.js';
import type { BranchState } from '../organisation-life.state.js';

export interface ClassBranchWeak {
  readonly kind: 'ClassBranchWeak';
  readonly organisationId: string;
  readonly reason: string;
}

export function classBranchWeak(command: ClassBranchWeak, state: BranchState): BranchEvent[] {
  if (state.status === 'weak')
    throw new DomainError(
      'BRANCH_ALREADY_WEAK',
      'conflict',
      '该党支部已被列为软弱涣散，须先整顿转化',
      'The branch is already classed weak and lax',
      { state: state.status },
    );
  return [
    {
      type: 'BranchClassedWeak',
      data: { organisationId: command.organisationId, reason: text(command.reason, 'reason') },
    },
  ];
}
