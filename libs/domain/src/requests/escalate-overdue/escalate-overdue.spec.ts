import { given } from '../../shared/given.js';
import { requestDecider } from '../requests.decider.js';
import type { RequestEvent } from '../requests.events.js';

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
const dispatched: RequestEvent = {
  type: 'RequestDispatched',
  data: {
    assignee: { kind: 'party-member', id: 'm1', name: '李' },
    respondBy: '2026-03-01T04:00:00.000Z',
    resolveBy: '2026-03-03T10:00:00.000Z',
  },
};
const accepted: RequestEvent = { type: 'RequestAccepted', data: { acceptedBy: 'm1' } };
const escalate = {
  kind: 'EscalateOverdue' as const,
  streetId: 's-yongan',
  deadline: '2026-03-03T10:00:00.000Z',
  graceHours: 24,
  at: '2026-03-04T10:00:00.000Z',
};
const request = (history: RequestEvent[]) => given(requestDecider, history);

describe('requests: automatic escalation to the street office after the grace', () => {
  it('escalates an accepted request still unresolved when the grace runs out', () => {
    request([raised, dispatched, accepted])
      .when(escalate)
      .then([
        {
          type: 'RequestEscalated',
          data: {
            departmentId: 's-yongan',
            reason: '超过办结时限 24 小时仍未办结，自动上报街道',
            level: 'street-office',
            overdueSince: '2026-03-03T10:00:00.000Z',
            graceHours: 24,
          },
        },
      ]);
  });
  it('waits for the grace to run out', () => {
    request([raised, dispatched])
      .when({ ...escalate, at: '2026-03-04T09:59:59.000Z' })
      .thenThrows('NOT_OVERDUE');
  });
  it('leaves resolved, re-dispatched and already escalated requests alone (so a second firing records nothing)', () => {
    request([raised, dispatched, accepted, { type: 'RequestResolved', data: { note: '已疏通' } }])
      .when(escalate)
      .thenThrows('NOT_OVERDUE');
    request([
      raised,
      dispatched,
      {
        type: 'RequestDispatched',
        data: { ...(dispatched.data as object), resolveBy: '2026-03-09T10:00:00.000Z' } as never,
      },
    ])
      .when(escalate)
      .thenThrows('NOT_OVERDUE');
    const [first] = requestDecider.decide(
      escalate,
      [raised, dispatched].reduce((state, event) => requestDecider.evolve(state, event), requestDecider.initialState),
    );
    request([raised, dispatched, first]).when(escalate).thenThrows('NOT_OVERDUE');
  });
  it('lets the street office it went to report back, and no one else', () => {
    const [up] = requestDecider.decide(
      escalate,
      [raised, dispatched, accepted].reduce(
        (state, event) => requestDecider.evolve(state, event),
        requestDecider.initialState,
      ),
    );
    request([raised, dispatched, accepted, up])
      .when({ kind: 'ReportEscalation', departmentId: 's-yongan', report: '街道协调物业已疏通', outcome: 'resolved' })
      .then([
        {
          type: 'RequestEscalationReported',
          data: { departmentId: 's-yongan', report: '街道协调物业已疏通', outcome: 'resolved' },
        },
      ]);
    request([raised, dispatched, accepted, up])
      .when({ kind: 'ReportEscalation', departmentId: 's-other', report: '不是本街道', outcome: 'returned' })
      .thenThrows('NOT_THE_DEPARTMENT');
  });
});
