import { CORRECTABLE_FIELDS } from '../correctable-fields.js';
import { correctionsByEvent, decideCorrection, effectiveEvents, type CorrectEvent } from './corrections.js';
import type { RecordedFact } from './voids.js';

type Fact = RecordedFact & { readonly occurredAt: string };
const service: Fact = {
  eventId: 'e1',
  type: 'VolunteerServiceLogged',
  occurredAt: '2026-03-01T01:00:00.000Z',
  data: { hours: 2, description: '门岗值守' },
};
const registered: Fact = {
  eventId: 'e0',
  type: 'PartyMemberRegistered',
  occurredAt: '2026-02-01T01:00:00.000Z',
  data: { memberId: 'm1', namePii: '李建国', mode: 'resident' },
};
const correction = (id: string, target: string, values: Record<string, unknown>): Fact => ({
  eventId: id,
  type: 'EventCorrected',
  occurredAt: '2026-03-05T01:00:00.000Z',
  data: { correctedEventId: target, reason: '录入错误', values },
});
const voidOf = (id: string, target: string): Fact => ({
  eventId: id,
  type: 'EventVoided',
  occurredAt: '2026-03-06T01:00:00.000Z',
  data: { voidedEventId: target, reason: '录入错误' },
});
const correct = (eventId: string, values: Record<string, unknown>, reason = '时长登记错误'): CorrectEvent => ({
  kind: 'CorrectEvent',
  eventId,
  reason,
  values,
  now: '2026-11-24T12:00:00.000Z',
  onboardedOn: '2020-01-01',
});

describe('corrections (EventCorrected)', () => {
  const history = [registered, service];

  it('corrects the fields the event type allows, normalised like the original, with a reason', () => {
    expect(
      decideCorrection(
        correct('e1', { hours: 3, description: ' 门岗值守（晚七点） ', occurredAt: '2026-03-02T09:00:00+08:00' }),
        history,
        CORRECTABLE_FIELDS,
      ),
    ).toEqual([
      {
        type: 'EventCorrected',
        data: {
          correctedEventId: 'e1',
          reason: '时长登记错误',
          values: { hours: 3, description: '门岗值守（晚七点）', occurredAt: '2026-03-02T01:00:00.000Z' },
        },
      },
    ]);
  });

  it('never corrects identity fields or fields the type does not have, naming what can be corrected', () => {
    expect(() => decideCorrection(correct('e0', { memberId: 'm2' }), history, CORRECTABLE_FIELDS)).toThrow(
      expect.objectContaining({
        code: 'FIELD_NOT_CORRECTABLE',
        kind: 'invalid',
        details: expect.objectContaining({ field: 'values.memberId', allowed: ['occurredAt', 'namePii'] }),
      }),
    );
    expect(() => decideCorrection(correct('e1', { colour: 'red' }), history, CORRECTABLE_FIELDS)).toThrow(
      expect.objectContaining({ code: 'FIELD_NOT_CORRECTABLE' }),
    );
  });

  it('checks replacement values: out of range, wrong type, occurredAt in the future or before onboarding', () => {
    expect(() => decideCorrection(correct('e1', { hours: 30 }), history, CORRECTABLE_FIELDS)).toThrow(
      expect.objectContaining({ code: 'INVALID_CORRECTION', details: { field: 'values.hours' } }),
    );
    expect(() => decideCorrection(correct('e1', { hours: '3' }), history, CORRECTABLE_FIELDS)).toThrow(
      expect.objectContaining({ code: 'INVALID_CORRECTION' }),
    );
    expect(() =>
      decideCorrection(correct('e1', { occurredAt: '2026-11-25T12:00:00Z' }), history, CORRECTABLE_FIELDS),
    ).toThrow(expect.objectContaining({ code: 'OCCURRED_IN_FUTURE' }));
    expect(() =>
      decideCorrection(correct('e1', { occurredAt: '2019-06-01T00:00:00Z' }), history, CORRECTABLE_FIELDS),
    ).toThrow(expect.objectContaining({ code: 'OCCURRED_BEFORE_ONBOARDING' }));
    expect(() => decideCorrection(correct('e1', {}), history, CORRECTABLE_FIELDS)).toThrow(
      expect.objectContaining({ code: 'CORRECTION_EMPTY' }),
    );
    expect(() => decideCorrection(correct('e1', { hours: 3 }, ' '), history, CORRECTABLE_FIELDS)).toThrow(
      expect.objectContaining({ code: 'REASON_REQUIRED' }),
    );
  });

  it('refuses an event of another record or tenant, a void, a correction and a voided event', () => {
    const voided = [...history, voidOf('v1', 'e1'), correction('c1', 'e0', { namePii: '李建军' })];
    expect(() => decideCorrection(correct('elsewhere', { hours: 3 }), voided, CORRECTABLE_FIELDS)).toThrow(
      expect.objectContaining({ code: 'EVENT_NOT_FOUND' }),
    );
    expect(() => decideCorrection(correct('v1', { reason: '改' }), voided, CORRECTABLE_FIELDS)).toThrow(
      expect.objectContaining({ code: 'CANNOT_CORRECT_A_VOID', kind: 'conflict' }),
    );
    expect(() => decideCorrection(correct('c1', { namePii: '李' }), voided, CORRECTABLE_FIELDS)).toThrow(
      expect.objectContaining({ code: 'CANNOT_CORRECT_A_CORRECTION', kind: 'conflict' }),
    );
    expect(() => decideCorrection(correct('e1', { hours: 3 }), voided, CORRECTABLE_FIELDS)).toThrow(
      expect.objectContaining({
        code: 'EVENT_VOIDED',
        kind: 'conflict',
        details: expect.objectContaining({ state: 'voided' }),
      }),
    );
  });

  it('corrects a score only where the review was scored, not graded', () => {
    const graded: Fact = {
      eventId: 'r1',
      type: 'BranchSecretaryReviewed',
      occurredAt: '2026-01-05T00:00:00Z',
      data: {
        organisationId: 'b1',
        year: 2025,
        reviewKind: 'mass',
        secretaryPii: '王',
        score: null,
        grade: 'good',
        comment: '群众认可',
      },
    };
    expect(() => decideCorrection(correct('r1', { score: 90 }), [graded], CORRECTABLE_FIELDS)).toThrow(
      expect.objectContaining({ code: 'FIELD_NOT_CORRECTABLE' }),
    );
    expect(
      decideCorrection(correct('r1', { grade: 'excellent' }), [graded], CORRECTABLE_FIELDS)[0].data.values,
    ).toEqual({ grade: 'excellent' });
  });

  it('applies corrections in effect: later ones win field by field, a voided correction is ignored, corrections leave the history', () => {
    const h = [
      ...history,
      correction('c1', 'e1', { hours: 3, occurredAt: '2026-04-01T00:00:00.000Z' }),
      correction('c2', 'e1', { hours: 4 }),
    ];
    expect(effectiveEvents(h)).toEqual([
      registered,
      { ...service, occurredAt: '2026-04-01T00:00:00.000Z', data: { hours: 4, description: '门岗值守' } },
    ]);
    expect(effectiveEvents([...h, voidOf('v2', 'c2')])[1]).toEqual({
      ...service,
      occurredAt: '2026-04-01T00:00:00.000Z',
      data: { hours: 3, description: '门岗值守' },
    });
    expect(effectiveEvents([...h, voidOf('v1', 'e1')])).toEqual([registered]);
    expect([...correctionsByEvent([...h, voidOf('v2', 'c2')])]).toEqual([['e1', ['c1']]]);
  });
});
