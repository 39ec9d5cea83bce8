import { openDataEvent } from './open-data.js';
import { REQUEST_REGISTER_HEADER, requestRegisterRow, shanghaiTime } from './registers.js';

const e = (eventId: string, type: string, occurredAt: string, data: Record<string, unknown> = {}) => ({
  eventId,
  type,
  occurredAt,
  data,
});

describe('register rows', () => {
  it('writes Shanghai wall time with its offset', () => {
    expect(shanghaiTime('2026-10-07T16:30:00.000Z')).toBe('2026-10-08T00:30:00+08:00');
    expect(shanghaiTime(null)).toBeNull();
  });

  it('gives every lifecycle timestamp of a request, with voided events left out', () => {
    const history = [
      e('1', 'RequestRaised', '2026-03-02T01:00:00.000Z', { category: 'drainage', channel: 'hotline' }),
      e('2', 'RequestDispatched', '2026-03-02T02:00:00.000Z', {
        assignee: { kind: 'party-member' },
        respondBy: '2026-03-02T04:00:00.000Z',
        resolveBy: '2026-03-05T10:00:00.000Z',
      }),
      e('3', 'RequestAccepted', '2026-03-02T03:00:00.000Z'),
      e('4', 'RequestResolved', '2026-03-03T07:00:00.000Z'),
      e('5', 'RequestRated', '2026-03-03T12:00:00.000Z', { rating: 'unsatisfied' }),
      e('6', 'EventVoided', '2026-03-03T13:00:00.000Z', { voidedEventId: '5' }),
      e('7', 'RequestRated', '2026-03-03T14:00:00.000Z', { rating: 'basically-satisfied' }),
    ];
    const row = requestRegisterRow('r1', 'rated', history);
    const cell = (label: (typeof REQUEST_REGISTER_HEADER)[number]) => row[REQUEST_REGISTER_HEADER.indexOf(label)];
    expect(row).toHaveLength(REQUEST_REGISTER_HEADER.length);
    expect([
      cell('状态名称'),
      cell('类别名称'),
      cell('渠道'),
      cell('响应时限'),
      cell('首次接单时间（党员接单）'),
      cell('最近评价时间（民评）'),
      cell('评价结果'),
      cell('关闭时间'),
    ]).toEqual([
      '已评价',
      '排水与污水管道',
      '热线',
      '2026-03-02T12:00:00+08:00',
      '2026-03-02T11:00:00+08:00',
      '2026-03-03T22:00:00+08:00',
      '基本满意',
      null,
    ]);
  });
});

describe('open data', () => {
  const envelope = (type: string, data: unknown) => ({
    type,
    schemaVersion: 1,
    tenantSequence: 4,
    streamId: 'x-1',
    occurredAt: 'o',
    recordedAt: 'r',
    data,
  });

  it("drops …Pii fields, people's ids and names, and keeps only the kind of an assignee", () => {
    expect(
      openDataEvent(
        envelope('RequestRaised', { category: 'drainage', raisedBy: 'resident-9', residentContactPii: { name: '王' } }),
      )?.data,
    ).toEqual({ category: 'drainage' });
    expect(
      openDataEvent(
        envelope('RequestDispatched', {
          assignee: { kind: 'party-member', id: 'member-3', name: '李' },
          respondBy: 't',
        }),
      )?.data,
    ).toEqual({ assignee: { kind: 'party-member' }, respondBy: 't' });
    expect(
      openDataEvent(envelope('WishClaimed', { claimerName: '张', by: { userId: 'u', role: 'party-member' } }))?.data,
    ).toEqual({});
  });

  it('leaves out whole contexts about people and unknown types', () => {
    for (const type of ['WelfareApplied', 'PartyMemberRegistered', 'HistoryRead', 'StaffAssigned', 'SomethingNew'])
      expect(openDataEvent(envelope(type, {}))).toBeNull();
    expect(openDataEvent(envelope('HazardReported', { kind: 'fire' }))).toEqual({
      sequence: 4,
      type: 'HazardReported',
      label: '隐患上报',
      context: 'hazards',
      schemaVersion: 1,
      record: 'x-1',
      occurredAt: 'o',
      recordedAt: 'r',
      data: { kind: 'fire' },
    });
  });
});
