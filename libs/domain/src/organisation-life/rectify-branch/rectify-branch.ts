import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { BranchEvent } from '../organisation-life.events.js';
import { BRANCH_STATUS_LABELS, type BranchState } from '../organisation-life.state.js';

export interface RectifyBranch {
  readonly kind: 'RectifyBranch';
  readonly organisationId: string;
  readonly measures: string;
}

export function rectifyBranch(command: RectifyBranch, state: BranchState): BranchEvent[] {
  if (state.status !== 'weak') {
    throw new DomainError(
      'BRANCH_NOT_WEAK',
      'conflict',
      `当前状态为「${BRANCH_STATUS_LABELS[state.status]}」，未被列为软弱涣散，不能整顿转化`,
      `Cannot rectify: the branch is ${state.status}, not classed weak and lax`,
      { state: state.status },
    );
  }
  return [
    {
      type: 'BranchRectified',
      data: { organisationId: command.organisationId, measures: text(command.measures, 'measures') },
    },
  ];
}
