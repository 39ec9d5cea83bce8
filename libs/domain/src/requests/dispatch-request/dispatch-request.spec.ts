import { fold } from '../../shared/decider.js';
import { given } from '../../shared/given.js';
import { PUBLISH_2026 } from '../../calendar/calendar-2026.fixture.js';
import { holidayCalendarDecider, workingCalendarOf } from '../../calendar/index.js';
import { requestDecider } from '../requests.decider.js';
import type { RequestEvent } from '../requests.events.js';

const calendar = workingCalendarOf(
  fold(holidayCalendarDecider, holidayCalendarDecider.decide(PUBLISH_2026, holidayCalendarDecider.initialState)),
);
const raised: RequestEvent = {
  type: 'RequestRaised',
  data: {
    requestId: 'r1',
    channel: 'visit',
    category: 'drainage',
    description: '下水道堵塞',
    compoundId: null,
    gridId: null,
    location: null,
    raisedBy: null,
    residentContactPii: null,
  },
};
const assignee = { kind: 'party-member' as const, id: 'member-3', name: '李党员' };

describe('requests: dispatch with deadlines in working time', () => {
  it('converts working hours and days on the calendar and records the basis and the calendar version', () => {
    given(requestDecider, [raised])
      .when({
        kind: 'DispatchRequest',
        assignee,
        respondWithinWorkingHours: 4,
        resolveWithinWorkingDays: 3,
        at: '2026-09-30T08:00:00.000Z',
        calendar,
      })
      .then([
        {
          type: 'RequestDispatched',
          data: {
            assignee,
            respondBy: '2026-10-08T03:00:00.000Z', // 16:00-18:00 on 30 September, 09:00-11:00 after the holiday week
            resolveBy: '2026-10-10T10:00:00.000Z',
            workingTime: {
              respondWithinWorkingHours: 4,
              resolveWithinWorkingDays: 3,
              workingHours: '09:00-18:00',
              timeZone: 'Asia/Shanghai',
              calendars: [{ year: 2026, version: 1 }],
            },
          },
        },
      ]);
  });

  it('mixes a fixed response time with a resolution in working days', () => {
    const [event] = requestDecider.decide(
      {
        kind: 'DispatchRequest',
        assignee,
        respondBy: '2026-02-13T09:00:00Z',
        resolveWithinWorkingDays: 1,
        at: '2026-02-13T08:00:00Z',
        calendar,
      },
      fold(requestDecider, [raised]),
    );
    expect(event?.data).toMatchObject({
      respondBy: '2026-02-13T09:00:00.000Z',
      resolveBy: '2026-02-14T10:00:00.000Z',
      workingTime: { respondWithinWorkingHours: null, resolveWithinWorkingDays: 1 },
    });
  });

  it('needs one term of each pair and a calendar for working time', () => {
    given(requestDecider, [raised])
      .when({ kind: 'DispatchRequest', assignee, resolveWithinWorkingDays: 3, at: '2026-09-30T08:00:00Z', calendar })
      .thenThrows('INVALID_DEADLINES', { field: 'respondBy' });
    given(requestDecider, [raised])
      .when({
        kind: 'DispatchRequest',
        assignee,
        respondBy: '2026-10-08T03:00:00Z',
        respondWithinWorkingHours: 2,
        resolveWithinWorkingDays: 3,
        at: '2026-09-30T08:00:00Z',
        calendar,
      })
      .thenThrows('INVALID_DEADLINES', { field: 'respondBy' });
    given(requestDecider, [raised])
      .when({
        kind: 'DispatchRequest',
        assignee,
        respondWithinWorkingHours: 2,
        resolveWithinWorkingDays: 3,
        at: '2026-09-30T08:00:00Z',
      })
      .thenThrows('HOLIDAY_CALENDAR_UNAVAILABLE');
  });
});
