import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { text } from '../shared/lifecycle.js';

export type ThreeZeroStatusGranted = DomainEvent<
  'ThreeZeroStatusGranted',
  { readonly grantedBy: string; readonly note: string }
>;
export type ThreeZeroStatusRevoked = DomainEvent<'ThreeZeroStatusRevoked', { readonly reason: string }>;
export type ThreeZeroEvent = ThreeZeroStatusGranted | ThreeZeroStatusRevoked;
export type ThreeZeroStatus = 'granted' | 'revoked';
export const THREE_ZERO_STATUS_LABELS: Record<ThreeZeroStatus | 'none', string> = {
  none: '未创建',
  granted: '三零社区',
  revoked: '已撤销',
};

export type ThreeZeroCommand =
  | { readonly kind: 'GrantThreeZeroStatus'; readonly grantedBy: string; readonly note: string }
  | { readonly kind: 'RevokeThreeZeroStatus'; readonly reason: string };

/** The community's 三零社区 status: granted, possibly revoked, possibly granted again. */
export const threeZeroDecider: Decider<
  ThreeZeroCommand,
  { readonly status: ThreeZeroStatus | 'none'; readonly timesGranted: number },
  ThreeZeroEvent
> = {
  initialState: { status: 'none', timesGranted: 0 },
  evolve: (state, event) =>
    event.type === 'ThreeZeroStatusGranted'
      ? { status: 'granted', timesGranted: state.timesGranted + 1 }
      : { ...state, status: 'revoked' },
  decide(command, state) {
    if (command.kind === 'GrantThreeZeroStatus') {
      if (state.status === 'granted')
        throw new DomainError(
          'THREE_ZERO_ALREADY_GRANTED',
          'conflict',
          '社区已是三零社区',
          'The community already holds 三零社区 status',
          { state: state.status },
        );
      return [
        {
          type: 'ThreeZeroStatusGranted',
          data: { grantedBy: text(command.grantedBy, 'grantedBy', 2, 100), note: text(command.note, 'note') },
        },
      ];
    }
    if (state.status !== 'granted') {
      throw new DomainError(
        'THREE_ZERO_NOT_GRANTED',
        'conflict',
        `当前状态为「${THREE_ZERO_STATUS_LABELS[state.status]}」，不能撤销`,
        `Cannot revoke: the status is ${state.status}`,
        { state: state.status },
      );
    }
    return [{ type: 'ThreeZeroStatusRevoked', data: { reason: text(command.reason, 'reason') } }];
  },
};

/** One stream per community holds its 三零社区 status. */
export const THREE_ZERO_RECORD_ID = 'community';
export const threeZeroStream = (): string => `threezero-${THREE_ZERO_RECORD_ID}`;
