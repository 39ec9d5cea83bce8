import { DomainError } from '../../shared/domain-error.js';
import {
  addWorkingDays,
  addWorkingHours,
  WORKING_HOURS,
  type CalendarUse,
  type WorkingCalendar,
} from '../../calendar/index.js';
import { requireStatus } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import { ASSIGNEE_KINDS, type Assignee, type RequestEvent, type WorkingTimeBasis } from '../requests.events.js';

/**
 * Deadlines are given as times (respondBy / resolveBy) or in working time
 * (respondWithinWorkingHours / resolveWithinWorkingDays), converted with the holiday calendar
 * as published; one of each pair.
 */
export interface DispatchRequest {
  readonly kind: 'DispatchRequest';
  readonly assignee: Assignee;
  readonly respondBy?: string;
  readonly resolveBy?: string;
  readonly respondWithinWorkingHours?: number;
  readonly resolveWithinWorkingDays?: number;
  /** When the dispatch happens (the event's occurredAt): deadlines must lie after it. */
  readonly at: string;
  /** The holiday calendar as published, supplied by the handler when a deadline is in working time. */
  readonly calendar?: WorkingCalendar;
}

const deadlines = (zh: string, en: string, field: string) =>
  new DomainError('INVALID_DEADLINES', 'invalid', zh, en, { field });

export const usesWorkingTime = (
  command: Pick<DispatchRequest, 'respondWithinWorkingHours' | 'resolveWithinWorkingDays'>,
): boolean => command.respondWithinWorkingHours !== undefined || command.resolveWithinWorkingDays !== undefined;

function merge(a: readonly CalendarUse[], b: readonly CalendarUse[]): CalendarUse[] {
  const years = new Map([...a, ...b].map((u) => [u.year, u.version]));
  return [...years].sort(([x], [y]) => x - y).map(([year, version]) => ({ year, version }));
}

export function dispatchRequest(command: DispatchRequest, state: RequestState): RequestEvent[] {
  requireStatus(state, ['raised', 'dispatched', 'reopened'], 'REQUEST_NOT_DISPATCHABLE', '派单');
  if (!ASSIGNEE_KINDS.includes(command.assignee.kind))
    throw new DomainError('INVALID_ASSIGNEE', 'invalid', '承办方类型无效', 'Unknown assignee kind', {
      field: 'assignee.kind',
    });
  if ((command.respondBy === undefined) === (command.respondWithinWorkingHours === undefined)) {
    throw deadlines(
      '请给出响应时限 respondBy 或 respondWithinWorkingHours（二选一）',
      'Give respondBy or respondWithinWorkingHours (one of them)',
      'respondBy',
    );
  }
  if ((command.resolveBy === undefined) === (command.resolveWithinWorkingDays === undefined)) {
    throw deadlines(
      '请给出办结时限 resolveBy 或 resolveWithinWorkingDays（二选一）',
      'Give resolveBy or resolveWithinWorkingDays (one of them)',
      'resolveBy',
    );
  }
  const start = new Date(command.at);
  let basis: WorkingTimeBasis | null = null;
  let respondBy = command.respondBy === undefined ? Number.NaN : Date.parse(command.respondBy);
  let resolveBy = command.resolveBy === undefined ? Number.NaN : Date.parse(command.resolveBy);
  if (usesWorkingTime(command)) {
    const calendar = command.calendar;
    if (!calendar)
      throw new DomainError(
        'HOLIDAY_CALENDAR_UNAVAILABLE',
        'conflict',
        '未能读取节假日日历，无法按工作时间计算时限',
        'No holiday calendar to count working time with',
      );
    const respond =
      command.respondWithinWorkingHours === undefined
        ? null
        : addWorkingHours(calendar, start, command.respondWithinWorkingHours);
    const resolve =
      command.resolveWithinWorkingDays === undefined
        ? null
        : addWorkingDays(calendar, start, command.resolveWithinWorkingDays);
    if (respond) respondBy = Date.parse(respond.deadline);
    if (resolve) resolveBy = Date.parse(resolve.deadline);
    basis = {
      respondWithinWorkingHours: command.respondWithinWorkingHours ?? null,
      resolveWithinWorkingDays: command.resolveWithinWorkingDays ?? null,
      workingHours: `${WORKING_HOURS.from}-${WORKING_HOURS.to}`,
      timeZone: WORKING_HOURS.timeZone,
      calendars: merge(respond?.calendars ?? [], resolve?.calendars ?? []),
    };
  }
  if (!(respondBy > start.getTime()) || !(resolveBy >= respondBy)) {
    throw deadlines(
      '响应时限须晚于派单时间，办结时限不得早于响应时限',
      'respondBy must be after the dispatch and resolveBy not before respondBy',
      'respondBy',
    );
  }
  const data = {
    assignee: command.assignee,
    respondBy: new Date(respondBy).toISOString(),
    resolveBy: new Date(resolveBy).toISOString(),
  };
  return [{ type: 'RequestDispatched', data: basis ? { ...data, workingTime: basis } : data }];
}
