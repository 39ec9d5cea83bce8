import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { requireNew, text } from '../shared/lifecycle.js';

/** Kinds of public works with the unit their quantity is counted in (domain.md §3). */
export const WORKS_KINDS = {
  'street-lamps': { label: '安装路灯', unit: '盏' },
  pipes: { label: '修复雨污管道', unit: '米' },
  road: { label: '道路硬化', unit: '平方米' },
  rubbish: { label: '清运垃圾', unit: '吨' },
  'parking-spaces': { label: '划定停车位', unit: '个' },
  elevators: { label: '加装或改造电梯', unit: '部' },
  'drain-covers': { label: '更换排水盖板', unit: '米' },
} as const;
export type WorksKind = keyof typeof WORKS_KINDS;

export type WorksCompleted = DomainEvent<
  'WorksCompleted',
  {
    readonly worksId: string;
    readonly kind: WorksKind;
    readonly quantity: number;
    readonly unit: string;
    readonly description: string;
    readonly amountSpentYuan: number | null;
    /** The proposal (四民/五议) whose decision these works carry out, so proposal -> decision -> works -> disclosure can be followed. */
    readonly proposalId?: string | null;
  }
>;

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

/** Works carry out a proposal only once it was adopted (民决), or while it is being implemented or evaluated. */
const CARRIES_OUT = ['adopted', 'implemented', 'evaluated'];

/** 实事工程: works completed, with quantity and unit. */
export const worksDecider: Decider<RecordWorks, { readonly recorded: boolean }, WorksCompleted> = {
  initialState: { recorded: false },
  evolve: () => ({ recorded: true }),
  decide(command, state) {
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
  },
};

export const worksStream = (id: string): string => `works-${id}`;
