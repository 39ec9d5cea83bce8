import type { Decider } from '../shared/decider.js';
import { eliminateHazard, type EliminateHazard } from './eliminate-hazard/eliminate-hazard.js';
import type { HazardEvent } from './hazards.events.js';
import { evolveHazard, type HazardState, initialHazardState } from './hazards.state.js';
import { reportHazard, type ReportHazard } from './report-hazard/report-hazard.js';

export type HazardCommand = ReportHazard | EliminateHazard;

/** 安全隐患: reported, then eliminated. */
export const hazardDecider: Decider<HazardCommand, HazardState, HazardEvent> = {
  initialState: initialHazardState,
  evolve: evolveHazard,
  decide(command, state) {
    switch (command.kind) {
      case 'ReportHazard':
        return reportHazard(command, state);
      case 'EliminateHazard':
        return eliminateHazard(command, state);
    }
  },
};
