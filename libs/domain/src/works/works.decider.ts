import type { Decider } from '../shared/decider.js';
import { recordWorks, type RecordWorks } from './record-works/record-works.js';
import type { WorksCompleted } from './works.events.js';
import { evolveWorks, initialWorksState, type WorksState } from './works.state.js';

/** 实事工程: works completed, with quantity and unit. */
export const worksDecider: Decider<RecordWorks, WorksState, WorksCompleted> = {
  initialState: initialWorksState,
  evolve: evolveWorks,
  decide: (command, state) => recordWorks(command, state),
};
