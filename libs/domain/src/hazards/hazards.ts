import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { requireNew, requireState, text } from '../shared/lifecycle.js';

export const HAZARD_KINDS = {
  fire: '消防隐患',
  electrical: '用电隐患',
  structural: '房屋结构隐患',
  gas: '燃气隐患',
  traffic: '交通隐患',
  other: '其他',
} as const;
export type HazardKind = keyof typeof HAZARD_KINDS;

export type HazardReported = DomainEvent<
  'HazardReported',
  { readonly hazardId: string; readonly kind: HazardKind; readonly location: string; readonly description: string }
>;
export type HazardEliminated = DomainEvent<'HazardEliminated', { readonly measures: string }>;
export type HazardEvent = HazardReported | HazardEliminated;

export type HazardStatus = 'reported' | 'eliminated';
export const HAZARD_STATUS_LABELS: Record<HazardStatus | 'none', string> = {
  none: '不存在',
  reported: '待整改',
  eliminated: '已消除',
};
export interface HazardState {
  readonly status: HazardStatus | 'none';
}

export type HazardCommand =
  | {
      readonly kind: 'ReportHazard';
      readonly hazardId: string;
      readonly hazardKind: HazardKind;
      readonly location: string;
      readonly description: string;
    }
  | { readonly kind: 'EliminateHazard'; readonly measures: string };

/** 安全隐患: reported, then eliminated. */
export const hazardDecider: Decider<HazardCommand, HazardState, HazardEvent> = {
  initialState: { status: 'none' },
  evolve: (_state, event) => ({ status: event.type === 'HazardReported' ? 'reported' : 'eliminated' }),
  decide(command, state) {
    switch (command.kind) {
      case 'ReportHazard':
        requireNew(state.status, 'HAZARD_ALREADY_REPORTED');
        if (!Object.hasOwn(HAZARD_KINDS, command.hazardKind))
          throw new DomainError('INVALID_HAZARD_KIND', 'invalid', '隐患类型无效', 'Unknown hazard kind', {
            field: 'kind',
          });
        return [
          {
            type: 'HazardReported',
            data: {
              hazardId: command.hazardId,
              kind: command.hazardKind,
              location: text(command.location, 'location', 1, 100),
              description: text(command.description, 'description'),
            },
          },
        ];
      case 'EliminateHazard':
        requireState(
          state.status,
          ['reported'],
          'HAZARD_NOT_OPEN',
          HAZARD_STATUS_LABELS,
          '记录消除',
          'HAZARD_NOT_FOUND',
        );
        return [{ type: 'HazardEliminated', data: { measures: text(command.measures, 'measures') } }];
    }
  },
};

export const hazardStream = (id: string): string => `hazard-${id}`;
