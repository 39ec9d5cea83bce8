import type { DomainEvent } from '../shared/decider.js';

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

export const worksStream = (id: string): string => `works-${id}`;
