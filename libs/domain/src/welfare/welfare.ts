import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { requireNew, requireState, text } from '../shared/lifecycle.js';

/** Assistance a community handles for people in difficulty; these records carry sensitive personal data. */
export const WELFARE_KINDS = {
  dibao: '最低生活保障（低保）',
  'medical-aid': '医疗救助',
  'temporary-aid': '临时救助',
  'low-rent-housing': '廉租房',
} as const;
export type WelfareKind = keyof typeof WELFARE_KINDS;

export type WelfareApplied = DomainEvent<
  'WelfareApplied',
  {
    readonly applicationId: string;
    readonly kind: WelfareKind;
    readonly applicantPii: string;
    readonly circumstancesPii: string;
  }
>;
export type WelfareDecided = DomainEvent<
  'WelfareDecided',
  { readonly outcome: 'granted' | 'refused'; readonly note: string }
>;
export type WelfareEvent = WelfareApplied | WelfareDecided;

export type WelfareStatus = 'applied' | 'granted' | 'refused';
export const WELFARE_STATUS_LABELS: Record<WelfareStatus | 'none', string> = {
  none: '不存在',
  applied: '审核中',
  granted: '已批准',
  refused: '未批准',
};

export type WelfareCommand =
  | {
      readonly kind: 'ApplyForWelfare';
      readonly applicationId: string;
      readonly welfareKind: WelfareKind;
      readonly applicant: string;
      readonly circumstances: string;
    }
  | { readonly kind: 'DecideWelfare'; readonly outcome: 'granted' | 'refused'; readonly note: string };

/** 低保、医疗救助、临时救助、廉租房: an application and its decision. */
export const welfareDecider: Decider<WelfareCommand, { readonly status: WelfareStatus | 'none' }, WelfareEvent> = {
  initialState: { status: 'none' },
  evolve: (_state, event) => ({ status: event.type === 'WelfareApplied' ? 'applied' : event.data.outcome }),
  decide(command, state) {
    switch (command.kind) {
      case 'ApplyForWelfare':
        requireNew(state.status, 'WELFARE_ALREADY_APPLIED');
        if (!Object.hasOwn(WELFARE_KINDS, command.welfareKind))
          throw new DomainError('INVALID_WELFARE_KIND', 'invalid', '救助类型无效', 'Unknown welfare kind', {
            field: 'kind',
          });
        return [
          {
            type: 'WelfareApplied',
            data: {
              applicationId: command.applicationId,
              kind: command.welfareKind,
              applicantPii: text(command.applicant, 'applicant', 1, 50),
              circumstancesPii: text(command.circumstances, 'circumstances'),
            },
          },
        ];
      case 'DecideWelfare':
        requireState(
          state.status,
          ['applied'],
          'WELFARE_ALREADY_DECIDED',
          WELFARE_STATUS_LABELS,
          '审批',
          'WELFARE_NOT_FOUND',
        );
        return [{ type: 'WelfareDecided', data: { outcome: command.outcome, note: text(command.note, 'note') } }];
    }
  },
};

export const welfareStream = (id: string): string => `welfare-${id}`;
