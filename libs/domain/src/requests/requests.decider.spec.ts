import { given } from '../shared/given.js';
import { requestDecider } from './requests.decider.js';
import type { RequestEvent } from './requests.events.js';

const staff = { userId: 'staff-1', role: 'community-staff' };
const resident = { userId: 'resident-9', role: 'resident' };
const member = { userId: 'member-3', role: 'party-member' };
const otherMember = { userId: 'member-4', role: 'party-member' };

const raised: RequestEvent = {
  type: 'RequestRaised',
  data: {
    requestId: 'r1',
    channel: 'door-duty',
    category: 'street-lights',
    description: '3栋路灯不亮',
    compoundId: 'minxing',
    gridId: null,
    location: '3栋',
    raisedBy: 'resident-9',
    residentContactPii: { name: '王阿姨', phone: '13800000000' },
  },
};
const dispatched: RequestEvent = {
  type: 'RequestDispatched',
  data: {
    assignee: { kind: 'party-member', id: 'member-3', name: '李党员' },
    respondBy: '2026-03-01T04:00:00.000Z',
    resolveBy: '2026-03-03T10:00:00.000Z',
  },
};
const accepted: RequestEvent = { type: 'RequestAccepted', data: { acceptedBy: 'member-3' } };
const resolved: RequestEvent = { type: 'RequestResolved', data: { note: '已更换灯泡' } };
const unsatisfied: RequestEvent = { type: 'RequestRated', data: { rating: 'unsatisfied', comment: '又坏了' } };
const satisfied: RequestEvent = { type: 'RequestRated', data: { rating: 'satisfied', comment: null } };
const escalated: RequestEvent = {
  type: 'RequestEscalated',
  data: { departmentId: 'dept-housing', reason: '需住建部门维修' },
};

const request = (history: RequestEvent[]) => given(requestDecider, history);

describe('requests: raise (群众点单)', () => {
  it("records a resident's request with who raised it and the contact in a PII field", () => {
    request([])
      .when({
        kind: 'RaiseRequest',
        requestId: 'r1',
        channel: 'door-duty',
        category: 'street-lights',
        description: ' 3栋路灯不亮 ',
        compoundId: 'minxing',
        location: '3栋',
        residentContact: { name: '王阿姨', phone: '13800000000' },
        by: resident,
      })
      .then([raised]);
  });
  it('does not attribute a request recorded by staff to a resident', () => {
    const [event] = requestDecider.decide(
      {
        kind: 'RaiseRequest',
        requestId: 'r2',
        channel: 'hotline',
        category: 'elevator',
        description: '电梯故障',
        by: staff,
      },
      requestDecider.initialState,
    );
    expect(event?.data).toMatchObject({ raisedBy: null, residentContactPii: null, gridId: null });
  });
  it('refuses a category outside the managed list and a second raise', () => {
    request([])
      .when({
        kind: 'RaiseRequest',
        requestId: 'r1',
        channel: 'inbox',
        category: 'ufo' as never,
        description: '不明飞行物',
        by: staff,
      })
      .thenThrows('INVALID_CATEGORY', { field: 'category' });
    request([raised])
      .when({
        kind: 'RaiseRequest',
        requestId: 'r1',
        channel: 'inbox',
        category: 'parking',
        description: '停车难',
        by: staff,
      })
      .thenThrows('REQUEST_ALREADY_RAISED');
  });
});

describe('requests: dispatch, accept, resolve (社区下单、党员接单、办结)', () => {
  const dispatch = {
    kind: 'DispatchRequest' as const,
    assignee: { kind: 'party-member' as const, id: 'member-3', name: '李党员' },
    respondBy: '2026-03-01T04:00:00Z',
    resolveBy: '2026-03-03T10:00:00Z',
    at: '2026-03-01T02:00:00Z',
  };
  it('dispatches with deadlines after the dispatch', () => {
    request([raised]).when(dispatch).then([dispatched]);
    request([raised])
      .when({ ...dispatch, respondBy: '2026-03-01T01:00:00Z' })
      .thenThrows('INVALID_DEADLINES');
    request([raised])
      .when({ ...dispatch, resolveBy: '2026-03-01T03:00:00Z' })
      .thenThrows('INVALID_DEADLINES');
  });
  it('lets the assignee or staff accept, and no other party member', () => {
    request([raised, dispatched]).when({ kind: 'AcceptRequest', by: member }).then([accepted]);
    request([raised, dispatched])
      .when({ kind: 'AcceptRequest', by: staff })
      .then([{ type: 'RequestAccepted', data: { acceptedBy: 'staff-1' } }]);
    request([raised, dispatched]).when({ kind: 'AcceptRequest', by: otherMember }).thenThrows('NOT_THE_ASSIGNEE');
  });
  it('refuses to accept an undispatched request, naming the current state', () => {
    request([raised])
      .when({ kind: 'AcceptRequest', by: member })
      .thenThrows('REQUEST_NOT_DISPATCHED', { state: 'raised' });
  });
  it('resolves only an accepted request', () => {
    request([raised, dispatched, accepted])
      .when({ kind: 'ResolveRequest', note: '已更换灯泡', by: member })
      .then([resolved]);
    request([raised, dispatched])
      .when({ kind: 'ResolveRequest', note: '已更换灯泡', by: member })
      .thenThrows('REQUEST_NOT_ACCEPTED', { state: 'dispatched' });
  });
  it('answers a command on a request that does not exist with REQUEST_NOT_FOUND', () => {
    request([]).when({ kind: 'AcceptRequest', by: member }).thenThrows('REQUEST_NOT_FOUND');
  });
});

describe('requests: rate and reopen (民评)', () => {
  it('lets the requester or staff rate a resolved request, and nobody else', () => {
    request([raised, dispatched, accepted, resolved])
      .when({ kind: 'RateRequest', rating: 'unsatisfied', comment: '又坏了', by: resident })
      .then([unsatisfied]);
    request([raised, dispatched, accepted, resolved])
      .when({ kind: 'RateRequest', rating: 'satisfied', by: staff })
      .then([satisfied]);
    request([raised, dispatched, accepted, resolved])
      .when({ kind: 'RateRequest', rating: 'satisfied', by: { userId: 'resident-10', role: 'resident' } })
      .thenThrows('NOT_THE_REQUESTER');
    request([raised, dispatched, accepted])
      .when({ kind: 'RateRequest', rating: 'satisfied', by: resident })
      .thenThrows('REQUEST_NOT_RESOLVED', { state: 'accepted' });
  });
  it('reopens after an unsatisfied rating only, and the reopened request must be dispatched again', () => {
    request([raised, dispatched, accepted, resolved, unsatisfied])
      .when({ kind: 'ReopenRequest', reason: '居民不满意' })
      .then([{ type: 'RequestReopened', data: { reason: '居民不满意' } }]);
    request([raised, dispatched, accepted, resolved, satisfied])
      .when({ kind: 'ReopenRequest', reason: '居民不满意' })
      .thenThrows('REQUEST_NOT_REOPENABLE');
    const reopened: RequestEvent = { type: 'RequestReopened', data: { reason: '居民不满意' } };
    request([raised, dispatched, accepted, resolved, unsatisfied, reopened])
      .when({ kind: 'AcceptRequest', by: member })
      .thenThrows('REQUEST_NOT_DISPATCHED', { state: 'reopened' });
  });
});

describe('requests: escalate (吹哨报到), reject, withdraw, close, exclude (核减)', () => {
  it('escalates to a department, which alone reports back', () => {
    request([raised, dispatched])
      .when({ kind: 'EscalateRequest', departmentId: 'dept-housing', reason: '需住建部门维修' })
      .then([escalated]);
    request([raised, dispatched, escalated])
      .when({ kind: 'ReportEscalation', departmentId: 'dept-water', report: '已处理', outcome: 'resolved' })
      .thenThrows('NOT_THE_DEPARTMENT');
    request([raised, dispatched, escalated])
      .when({ kind: 'ReportEscalation', departmentId: 'dept-housing', report: '已维修', outcome: 'resolved' })
      .then([
        {
          type: 'RequestEscalationReported',
          data: { departmentId: 'dept-housing', report: '已维修', outcome: 'resolved' },
        },
      ]);
    request([raised, dispatched])
      .when({ kind: 'ReportEscalation', departmentId: 'dept-housing', report: '已维修', outcome: 'resolved' })
      .thenThrows('REQUEST_NOT_ESCALATED');
  });
  it('rejects a duplicate only with the request it duplicates', () => {
    request([raised])
      .when({ kind: 'RejectRequest', reason: 'duplicate', note: '重复诉求' })
      .thenThrows('DUPLICATE_OF_REQUIRED');
    request([raised])
      .when({ kind: 'RejectRequest', reason: 'duplicate', duplicateOf: 'r1', note: '重复诉求' })
      .thenThrows('DUPLICATE_OF_ITSELF');
    request([raised])
      .when({ kind: 'RejectRequest', reason: 'duplicate', duplicateOf: 'r0', note: '重复诉求' })
      .then([{ type: 'RequestRejected', data: { reason: 'duplicate', duplicateOf: 'r0', note: '重复诉求' } }]);
    request([raised, dispatched, accepted, resolved])
      .when({ kind: 'RejectRequest', reason: 'invalid', note: '无效' })
      .thenThrows('REQUEST_NOT_REJECTABLE', { state: 'resolved' });
  });
  it('lets the requester withdraw an open request, but not someone else', () => {
    request([raised, dispatched])
      .when({ kind: 'WithdrawRequest', by: resident })
      .then([{ type: 'RequestWithdrawn', data: { reason: null } }]);
    request([raised, dispatched])
      .when({ kind: 'WithdrawRequest', by: { userId: 'resident-10', role: 'resident' } })
      .thenThrows('NOT_THE_REQUESTER');
    request([raised, dispatched, accepted, resolved])
      .when({ kind: 'WithdrawRequest', by: resident })
      .thenThrows('REQUEST_NOT_WITHDRAWABLE');
  });
  it('closes a resolved or rated request only', () => {
    request([raised, dispatched, accepted, resolved, satisfied])
      .when({ kind: 'CloseRequest' })
      .then([{ type: 'RequestClosed', data: {} }]);
    request([raised, dispatched])
      .when({ kind: 'CloseRequest' })
      .thenThrows('REQUEST_NOT_CLOSABLE', { state: 'dispatched' });
  });
  it('excludes from assessment once, with a reason', () => {
    request([raised, dispatched])
      .when({ kind: 'ExcludeRequest', reason: '诉求不合理，经核实核减' })
      .then([{ type: 'RequestExcludedFromAssessment', data: { reason: '诉求不合理，经核实核减' } }]);
    request([raised, { type: 'RequestExcludedFromAssessment', data: { reason: '诉求不合理' } }])
      .when({ kind: 'ExcludeRequest', reason: '再次核减理由' })
      .thenThrows('REQUEST_ALREADY_EXCLUDED');
    request([raised]).when({ kind: 'ExcludeRequest', reason: '短' }).thenThrows('INVALID_TEXT', { field: 'reason' });
  });
});

describe('requests: SLA clocks (逾期)', () => {
  const respondBy = '2026-03-01T04:00:00.000Z';
  const resolveBy = '2026-03-03T10:00:00.000Z';
  it('marks a response overdue only while the dispatch in force is untaken past its deadline', () => {
    request([raised, dispatched])
      .when({ kind: 'MarkOverdue', clock: 'response', deadline: respondBy, at: '2026-03-01T04:00:01.000Z' })
      .then([{ type: 'RequestResponseOverdue', data: { respondBy } }]);
    request([raised, dispatched])
      .when({ kind: 'MarkOverdue', clock: 'response', deadline: respondBy, at: '2026-03-01T03:00:00.000Z' })
      .thenThrows('NOT_OVERDUE');
    request([raised, dispatched, accepted])
      .when({ kind: 'MarkOverdue', clock: 'response', deadline: respondBy, at: '2026-03-02T00:00:00.000Z' })
      .thenThrows('NOT_OVERDUE');
  });
  it('marks a resolution overdue until resolved, and ignores the clock of an earlier dispatch', () => {
    request([raised, dispatched, accepted])
      .when({ kind: 'MarkOverdue', clock: 'resolution', deadline: resolveBy, at: '2026-03-04T00:00:00.000Z' })
      .then([{ type: 'RequestOverdue', data: { resolveBy } }]);
    request([raised, dispatched, accepted, resolved])
      .when({ kind: 'MarkOverdue', clock: 'resolution', deadline: resolveBy, at: '2026-03-04T00:00:00.000Z' })
      .thenThrows('NOT_OVERDUE');
    request([raised, dispatched, accepted])
      .when({
        kind: 'MarkOverdue',
        clock: 'resolution',
        deadline: '2026-03-02T00:00:00.000Z',
        at: '2026-03-04T00:00:00.000Z',
      })
      .thenThrows('NOT_OVERDUE');
  });
});
