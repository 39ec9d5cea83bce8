import type { WelfareEvent } from './welfare.events.js';

export type WelfareStatus = 'applied' | 'granted' | 'refused';

export const WELFARE_STATUS_LABELS: Record<WelfareStatus | 'none', string> = {
  none: '不存在',
  applied: '审核中',
  granted: '已批准',
  refused: '未批准',
};

export interface WelfareState {
  readonly status: WelfareStatus | 'none';
}

export const initialWelfareState: WelfareState = { status: 'none' };

export function evolveWelfare(_state: WelfareState, event: WelfareEvent): WelfareState {
  return { status: event.type === 'WelfareApplied' ? 'applied' : event.data.outcome };
}

export interface CareVisitState {
  readonly recorded: boolean;
}

export const initialCareVisitState: CareVisitState = { recorded: false };

export function evolveCareVisit(): CareVisitState {
  return { recorded: true };
}

export interface ReemploymentState {
  readonly recorded: boolean;
}

export const initialReemploymentState: ReemploymentState = { recorded: false };

export function evolveReemployment(): ReemploymentState {
  return { recorded: true };
}
