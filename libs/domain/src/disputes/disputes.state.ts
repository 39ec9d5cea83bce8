import type { DisputeEvent } from './disputes.events.js';

export type DisputeStatus = 'registered' | 'in-mediation' | 'mediated' | 'failed' | 'referred';

export const DISPUTE_STATUS_LABELS: Record<DisputeStatus | 'none', string> = {
  none: '不存在',
  registered: '已登记',
  'in-mediation': '调解中',
  mediated: '调解成功',
  failed: '调解未成',
  referred: '已移交',
};

export interface DisputeState {
  readonly status: DisputeStatus | 'none';
  readonly sessions: number;
}

export const initialDisputeState: DisputeState = { status: 'none', sessions: 0 };

export function evolveDispute(state: DisputeState, event: DisputeEvent): DisputeState {
  switch (event.type) {
    case 'DisputeRegistered':
      return { status: 'registered', sessions: 0 };
    case 'DisputeMediationHeld':
      return { status: 'in-mediation', sessions: state.sessions + 1 };
    case 'DisputeMediated':
      return { ...state, status: 'mediated' };
    case 'DisputeMediationFailed':
      return { ...state, status: 'failed' };
    case 'DisputeReferred':
      return { ...state, status: 'referred' };
  }
}
