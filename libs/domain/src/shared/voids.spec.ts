import { decideVoid, withoutVoided, type RecordedFact } from './voids.js';

const raised: RecordedFact = { eventId: 'e1', type: 'RequestRaised', data: {} };
const dispatched: RecordedFact = { eventId: 'e2', type: 'RequestDispatched', data: {} };
const voidOf = (id: string, eventId: string): RecordedFact => ({
  eventId,
  type: 'EventVoided',
  data: { voidedEventId: id, reason: '录入错误' },
});

describe('voids', () => {
  it('removes voided events and the voids from the history', () => {
    expect(withoutVoided([raised, dispatched, voidOf('e2', 'v1')])).toEqual([raised]);
  });

  it('ignores a void of a void: the first void stays in force', () => {
    expect(withoutVoided([raised, dispatched, voidOf('e2', 'v1'), voidOf('v1', 'v2')])).toEqual([raised]);
  });

  it('voids an event of this stream with a reason', () => {
    expect(decideVoid({ kind: 'VoidEvent', eventId: 'e2', reason: ' 派错人 ' }, [raised, dispatched])).toEqual([
      { type: 'EventVoided', data: { voidedEventId: 'e2', reason: '派错人' } },
    ]);
  });

  it("refuses unknown (e.g. another tenant's) events, voids of voids, double voids and missing reasons", () => {
    const history = [raised, dispatched, voidOf('e2', 'v1')];
    expect(() => decideVoid({ kind: 'VoidEvent', eventId: 'elsewhere', reason: '错误' }, history)).toThrow(
      expect.objectContaining({ code: 'EVENT_NOT_FOUND' }),
    );
    expect(() => decideVoid({ kind: 'VoidEvent', eventId: 'v1', reason: '错误' }, history)).toThrow(
      expect.objectContaining({ code: 'CANNOT_VOID_A_VOID' }),
    );
    expect(() => decideVoid({ kind: 'VoidEvent', eventId: 'e2', reason: '错误' }, history)).toThrow(
      expect.objectContaining({ code: 'EVENT_ALREADY_VOIDED' }),
    );
    expect(() => decideVoid({ kind: 'VoidEvent', eventId: 'e1', reason: ' ' }, history)).toThrow(
      expect.objectContaining({ code: 'REASON_REQUIRED' }),
    );
  });
});
