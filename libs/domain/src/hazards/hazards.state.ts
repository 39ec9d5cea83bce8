import type { HazardEvent } from './hazards.events.js';

export type HazardStatus = 'reported' | 'eliminated';

export const HAZARD_STATUS_LABELS: Record<HazardStatus | 'none', string> = {
  none: '不存在',
  reported: '待整改',
  eliminated: '已消除',
};

export interface HazardState {
  readonly status: HazardStatus | 'none';
}

export const initialHazardState: HazardState = { status: 'none' };

export function evolveHazard(_state: HazardState, event: HazardEvent): HazardState {
  return { status: event.type === 'HazardReported' ? 'reported' : 'eliminated' };
}
