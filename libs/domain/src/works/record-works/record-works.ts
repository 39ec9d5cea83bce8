import { DomainError } from '../../shared/domain-error.js';
import { requireNew, text } from '../../shared/lifecycle.js';
import { WORKS_KINDS, type WorksCompleted, type WorksKind } from '../works.events.js';
import type { WorksState } from '../works.state.js';

/** Works carry out a proposal only once it was adopted (民决), or while it is being implemented or evaluated. */
const CARRIES_OUT = ['adopted', 'implemented', 'evaluated'];

export interface RecordWorks {
  readonly kind: 'RecordWorks';
  readonly worksId: string;
  readonly worksKind: WorksKind;
  readonly quantity: number;
  readonly description: string;
  readonly amountSpentYuan?: number | null;
  readonly proposalId?: string | null;
  /** The linked proposal's status now, supplied by the command handler from the proposal's own history. */
  readonly proposalStatus?: string;
}

export function recordWorks(command: RecordWorks, state: WorksState): WorksCompleted[] {
  requireNew(state.recorded ? 'recorded' : 'none', 'WORKS_ALREADY_RECORDED');
  const kind = WORKS_KINDS[command.worksKind];
  if (!kind)
    throw new DomainError('INVALID_WORKS_KIND', 'invalid', '工程类型无效', 'Unknown works kind', { field: 'kind' });
  if (!(command.quantity > 0))
    throw new DomainError('INVALID_QUANTITY', 'invalid', '数量须大于 0', 'quantity must be positive', {
      field: 'quantity',
    });
  if (command.proposalId) {
    if (!command.proposalStatus || command.proposalStatus === 'none')
      throw new DomainError(
        'PROPOSAL_NOT_FOUND',
        'not-found',
        '关联的议题不存在',
        `No proposal ${command.proposalId}`,
        { field: 'proposalId' },
      );
    if (!CARRIES_OUT.includes(command.proposalStatus)) {
      throw new DomainError(
        'PROPOSAL_NOT_ADOPTED',
        'conflict',
        '议题尚未表决通过，不能关联实事工程',
        'The proposal was not adopted: works cannot carry it out',
        { field: 'proposalId', state: command.proposalStatus },
      );
    }
  }
  return [
    {
      type: 'WorksCompleted',
      data: {
        worksId: command.worksId,
        kind: command.worksKind,
        quantity: command.quantity,
        unit: kind.unit,
        description: text(command.description, 'description'),
        amountSpentYuan: command.amountSpentYuan ?? null,
        proposalId: command.proposalId ?? null,
      },
    },
  ];
}
