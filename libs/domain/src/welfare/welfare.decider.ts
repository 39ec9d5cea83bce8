import type { Decider } from '../shared/decider.js';
import { applyForWelfare, type ApplyForWelfare } from './apply-for-welfare/apply-for-welfare.js';
import { decideWelfare, type DecideWelfare } from './decide-welfare/decide-welfare.js';
import { recordCareVisit, type RecordCareVisit } from './record-care-visit/record-care-visit.js';
import { recordReemployment, type RecordReemployment } from './record-reemployment/record-reemployment.js';
import type { CareVisitRecorded, ReemploymentRecorded, WelfareEvent } from './welfare.events.js';
import {
  type CareVisitState,
  evolveCareVisit,
  evolveReemployment,
  evolveWelfare,
  initialCareVisitState,
  initialReemploymentState,
  initialWelfareState,
  type ReemploymentState,
  type WelfareState,
} from './welfare.state.js';

export type WelfareCommand = ApplyForWelfare | DecideWelfare;

/** 低保、医疗救助、临时救助、廉租房: an application and its decision. */
export const welfareDecider: Decider<WelfareCommand, WelfareState, WelfareEvent> = {
  initialState: initialWelfareState,
  evolve: evolveWelfare,
  decide(command, state) {
    switch (command.kind) {
      case 'ApplyForWelfare':
        return applyForWelfare(command, state);
      case 'DecideWelfare':
        return decideWelfare(command, state);
    }
  },
};

/** A care visit: one fact, recorded once. */
export const careVisitDecider: Decider<RecordCareVisit, CareVisitState, CareVisitRecorded> = {
  initialState: initialCareVisitState,
  evolve: evolveCareVisit,
  decide: (command, state) => recordCareVisit(command, state),
};

export const reemploymentDecider: Decider<RecordReemployment, ReemploymentState, ReemploymentRecorded> = {
  initialState: initialReemploymentState,
  evolve: evolveReemployment,
  decide: (command, state) => recordReemployment(command, state),
};
