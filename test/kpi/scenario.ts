import { randomUUID } from 'node:crypto';

/** A seeded random governance history of several communities, as the raw events to append. */
export interface PlannedEvent {
  readonly eventId: string;
  readonly tenantId: string;
  readonly streamId: string;
  readonly type: string;
  readonly occurredAt: string;
  recordedAt: string;
  readonly data: Record<string, unknown>;
}

/** mulberry32: small, seedable, good enough to draw scenarios. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (t: number) => new Date(t).toISOString();

/** Instants at the edges of Shanghai periods: year, quarter, month and ISO week boundaries, and the millisecond before. */
export const EDGES = [
  '2025-12-28T23:59:00+08:00', // Sunday of 2025-W52
  '2025-12-29T00:00:00+08:00', // Monday: 2026-W01 although still December 2025
  '2025-12-31T23:59:00+08:00',
  '2025-12-31T23:59:59.999+08:00',
  '2026-01-01T00:00:00+08:00', // year, quarter, month
  '2026-01-04T23:59:59.999+08:00',
  '2026-01-05T00:00:00+08:00', // 2026-W02
  '2026-01-31T23:59:00+08:00',
  '2026-02-01T00:00:00+08:00',
].map((e) => Date.parse(e));

export const WINDOW_START = Date.parse('2025-12-20T00:00:00+08:00');
const WINDOW_END = Date.parse('2026-01-25T00:00:00+08:00');

export interface Scenario {
  readonly districtId: string;
  readonly streets: readonly string[];
  readonly communities: readonly string[];
  readonly events: PlannedEvent[];
  /** asOf cut points: before the redistricting and the late onboarding were recorded, and after. */
  readonly cuts: readonly string[];
  /** "Now" of the live figures: after everything. */
  readonly now: string;
  /** What the scenario holds, so the test can say it exercised each case. */
  readonly features: Record<string, number>;
}

export function generateScenario(seed: number): Scenario {
  const r = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const chance = (p: number) => r() < p;
  const oneOf = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const suffix = randomUUID().slice(0, 8);
  const districtId = `d-kc-${suffix}`;
  const streets = [1, 2, 3].map((i) => `s-kc${i}-${suffix}`);
  const communities = [1, 2, 3, 4].map((i) => `c-kc${i}-${suffix}`);
  const events: PlannedEvent[] = [];
  const features: Record<string, number> = {};
  const note = (feature: string) => (features[feature] = (features[feature] ?? 0) + 1);

  const registryAt = WINDOW_START - 30 * DAY;
  const moveRecordedAt = WINDOW_START + 18 * DAY;
  const lateOnboardingAt = WINDOW_START + 15 * DAY;
  const registry = (type: string, data: Record<string, unknown>, at: number) =>
    events.push({
      eventId: randomUUID(),
      tenantId: districtId,
      streamId: 'registry',
      type,
      occurredAt: iso(at),
      recordedAt: iso(at),
      data,
    });
  registry('DistrictRegistered', { districtId, name: '测试区' }, registryAt);
  streets.forEach((streetId, i) =>
    registry('StreetRegistered', { streetId, name: `测试街道${i + 1}` }, registryAt + (i + 1) * MINUTE),
  );
  const placedOn = [streets[0], streets[0], streets[1], streets[2]] as string[];
  communities.forEach((communityId, i) =>
    registry(
      'CommunityOnboarded',
      { communityId, name: `测试社区${i + 1}`, streetId: placedOn[i], onboardedOn: '2025-01-01' },
      i === 3 ? lateOnboardingAt : registryAt + (10 + i) * MINUTE,
    ),
  );
  // 区划调整: the second community moves from the first street to the second, recorded mid-way.
  registry(
    'CommunityMovedToStreet',
    { communityId: communities[1], fromStreetId: streets[0], toStreetId: streets[1], effectiveFrom: '2026-01-10' },
    moveRecordedAt,
  );

  const pick = () =>
    chance(0.35)
      ? oneOf(EDGES.filter((e) => e < WINDOW_END))
      : WINDOW_START + int(0, (WINDOW_END - WINDOW_START) / MINUTE) * MINUTE;
  /** A later instant: minutes to days on, or the next period edge. */
  const after = (t: number, maxMinutes = 3 * 24 * 60) => {
    const edge = EDGES.find((e) => e > t && e - t < 5 * DAY);
    return edge !== undefined && chance(0.25) ? edge : t + int(1, maxMinutes) * MINUTE;
  };

  for (const [ci, tenantId] of communities.entries()) {
    // The late-onboarded community's history is recorded after its onboarding.
    const recordFloor = ci === 3 ? lateOnboardingAt + MINUTE : registryAt + HOUR;
    const record = (streamId: string) => {
      const list: PlannedEvent[] = [];
      const push = (type: string, at: number, data: Record<string, unknown> = {}, correction = false) => {
        const previous = list.at(-1);
        const lag = correction
          ? int(1, 20 * 24 * 60) * MINUTE
          : chance(0.1)
            ? int(1, 15 * 24 * 60) * MINUTE
            : int(0, 48 * 60) * MINUTE;
        const recordedAt = Math.max(at + lag, previous ? Date.parse(previous.recordedAt) + 1000 : 0, recordFloor);
        const event: PlannedEvent = {
          eventId: randomUUID(),
          tenantId,
          streamId,
          type,
          occurredAt: iso(at),
          recordedAt: iso(recordedAt),
          data,
        };
        list.push(event);
        return event;
      };
      const last = () => Date.parse(list.at(-1)?.occurredAt as string);
      /** Voids an earlier event of this record (a correction, recorded late); sometimes voids that void too. */
      const maybeVoid = (p: number, forceCreation = false, forceVoidOfVoid = false) => {
        if (!forceCreation && !forceVoidOfVoid && !chance(p)) return;
        const candidates = list.filter((e) => e.type !== 'EventVoided');
        const target = forceCreation || chance(0.25) ? candidates[0] : oneOf(candidates);
        note(target === list[0] ? 'voided creation' : 'void');
        const v = push('EventVoided', after(last()), { voidedEventId: target.eventId, reason: '登记有误' }, true);
        if (forceVoidOfVoid || chance(0.3)) {
          note('void of a void');
          push('EventVoided', after(last()), { voidedEventId: v.eventId, reason: '作废有误' }, true);
        }
      };
      return { list, push, last, maybeVoid };
    };

    const requests = int(18, 26);
    for (let i = 0; i < requests; i += 1) {
      const { list, push, last, maybeVoid } = record(`request-${randomUUID()}`);
      const raisedAt = pick();
      push('RequestRaised', raisedAt, {
        channel: 'visit',
        category: oneOf(['parking', 'drainage', 'elevator']),
        description: '测试诉求',
      });
      const dispatch = () => {
        const at = last() + int(1, 180) * MINUTE;
        const edge = EDGES.find((e) => e > at);
        const resolveBy = edge !== undefined && chance(0.2) ? edge : at + int(6, 96) * HOUR;
        push('RequestDispatched', at, {
          assignee: { kind: 'party-member', id: 'm-1', name: '李' },
          respondBy: iso(at + int(30, 8 * 60) * MINUTE),
          resolveBy: iso(resolveBy),
        });
      };
      const work = (forceReopen: boolean) => {
        dispatch();
        if (!chance(0.8)) return;
        push('RequestAccepted', after(last(), 10 * 60));
        if (chance(0.75)) {
          push('RequestResolved', after(last()), { note: '已处理' });
          if (chance(0.7) || forceReopen) {
            const rating = forceReopen ? 'unsatisfied' : oneOf(['satisfied', 'basically-satisfied', 'unsatisfied']);
            push('RequestRated', after(last()), { rating, comment: null });
            if (rating === 'unsatisfied' && (forceReopen || chance(0.6))) {
              note('reopened');
              push('RequestReopened', after(last()), { reason: '居民不满意' });
              if (chance(0.8)) work(false);
              return;
            }
          }
          if (chance(0.3)) push('RequestClosed', after(last()));
        } else if (chance(0.4)) {
          note('escalated');
          push('RequestEscalated', after(last()), { departmentId: 'dept-housing', reason: '需部门处理' });
          if (chance(0.7))
            push('RequestEscalationReported', after(last()), {
              outcome: oneOf(['resolved', 'unresolved']),
              note: '部门报到',
            });
        }
      };
      if (chance(0.85) || i < 3) work(ci === 0 && i === 2);
      else if (chance(0.5)) push(oneOf(['RequestRejected', 'RequestWithdrawn']), after(last()), { reason: '重复诉求' });
      if (chance(0.12) || (ci === 0 && i === 3)) {
        note('excluded');
        push('RequestExcludedFromAssessment', after(last()), { reason: '不合理诉求' }, true);
      }
      maybeVoid(0.18, ci === 0 && i === 0, ci === 0 && i === 1);
      events.push(...list);
    }

    for (let i = 0; i < int(3, 6); i += 1) {
      const { list, push, last, maybeVoid } = record(`dispute-${randomUUID()}`);
      push('DisputeRegistered', pick(), { kind: 'noise', summary: '噪音', partiesPii: ['甲', '乙'] });
      for (let s = int(0, 2); s > 0; s -= 1) push('DisputeMediationHeld', after(last()), { venue: '近邻评理室' });
      const closings = chance(0.7) ? (chance(0.25) ? 2 : 1) : 0;
      for (let c = 0; c < closings; c += 1) {
        if (c === 1) note('second closing');
        push(oneOf(['DisputeMediated', 'DisputeMediationFailed', 'DisputeReferred']), after(last()), { note: '结果' });
      }
      maybeVoid(0.2, ci === 1 && i === 0);
      events.push(...list);
    }

    const simple = (kind: string, steps: [type: string, p: number][]) => {
      const { list, push, last, maybeVoid } = record(`${kind}-${randomUUID()}`);
      push(steps[0]?.[0], pick(), { title: '测试' });
      for (const [type, p] of steps.slice(1))
        if (chance(p)) push(type, after(last()), { outcome: oneOf(['granted', 'denied', 'adopted', 'rejected']) });
      maybeVoid(0.1);
      events.push(...list);
    };
    for (let i = 0; i < int(2, 5); i += 1)
      simple('wish', [
        ['WishPosted', 1],
        ['WishClaimed', 0.7],
        ['WishFulfilled', 0.6],
      ]);
    for (let i = 0; i < int(1, 4); i += 1)
      simple('hazard', [
        ['HazardReported', 1],
        ['HazardEliminated', 0.6],
      ]);
    for (let i = 0; i < int(1, 3); i += 1)
      simple('welfare', [
        ['WelfareApplied', 1],
        ['WelfareDecided', 0.7],
      ]);
    for (let i = 0; i < int(0, 2); i += 1) simple('carevisit', [['CareVisitRecorded', 1]]);
    for (let i = 0; i < int(0, 2); i += 1) simple('reemployment', [['ReemploymentRecorded', 1]]);
    for (let i = 0; i < int(0, 2); i += 1) simple('star', [['MonthlyStarAwarded', 1]]);
    for (let i = 0; i < int(0, 2); i += 1) {
      const { list, push, maybeVoid } = record(`studysession-${randomUUID()}`);
      push('StudySessionHeld', pick(), { sessionKind: 'party-lesson', topic: '党课', attendees: int(5, 60) });
      maybeVoid(0.2);
      events.push(...list);
    }
    for (let i = 0; i < int(1, 3); i += 1)
      simple('proposal', [
        ['ProposalRaised', 1],
        ['ConsultationMeetingHeld', 0.6],
        ['ProposalDecided', 0.5],
        ['ProposalImplemented', 0.3],
        ['DisclosurePublished', 0.4],
      ]);

    for (let i = 0; i < int(2, 4); i += 1) {
      const memberId = `m-${randomUUID().slice(0, 8)}`;
      const { list, push, last, maybeVoid } = record(`member-${memberId}`);
      push('PartyMemberRegistered', pick(), { memberId, namePii: '党员', mode: 'resident' });
      for (let k = int(0, 2); k > 0; k -= 1)
        push('PartyMemberReportedIn', after(last()), {
          mode: oneOf(['resident', 'in-service', 'mobile']),
          compoundId: null,
        });
      for (let k = int(0, 2); k > 0; k -= 1) {
        const commitmentId = randomUUID();
        push('CommitmentMade', after(last()), { commitmentId, text: '每月办实事' });
        if (chance(0.5)) push('CommitmentFulfilled', after(last()), { commitmentId, note: '已践行' });
      }
      for (let k = int(0, 3); k > 0; k -= 1)
        push('VolunteerServiceLogged', after(last()), { hours: int(1, 8) / 2, description: '志愿服务' });
      if (chance(0.5)) {
        const postId = `post-${randomUUID().slice(0, 8)}`;
        push('VolunteerPostClaimed', after(last()), { postId, postName: '楼道安全巡查岗', compoundId: null });
        if (chance(0.4)) push('VolunteerPostReleased', after(last()), { postId, reason: '工作调动' });
      }
      if (chance(0.4)) {
        const pairingId = randomUUID();
        push('FamilyPairingStarted', after(last()), {
          pairingId,
          familyPii: '困难家庭',
          circumstancesPii: null,
          compoundId: null,
        });
        if (chance(0.4)) push('FamilyPairingEnded', after(last()), { pairingId, note: '已脱困' });
      }
      maybeVoid(0.1);
      events.push(...list);
    }

    const { list, push } = record('structure');
    const compounds = [1, 2, 3].map((k) => `cp-${k}`);
    for (const compoundId of compounds) push('CompoundRegistered', pick(), { compoundId, name: `小区${compoundId}` });
    for (const compoundId of compounds.filter(() => chance(0.6)))
      push('PartyOrganisationRegistered', pick(), {
        organisationId: `po-${compoundId}`,
        level: 'compound-branch',
        compoundId,
        name: '小区党支部',
      });
    events.push(...list);
  }
  for (const e of events) if (EDGES.includes(Date.parse(e.occurredAt))) note('at a period edge');
  const lastRecorded = Math.max(...events.map((e) => Date.parse(e.recordedAt)));
  return {
    districtId,
    streets,
    communities,
    events,
    cuts: [iso(WINDOW_START + 12 * DAY + 7 * MINUTE), iso(WINDOW_START + 25 * DAY + 3 * MINUTE)],
    now: iso(lastRecorded + DAY),
    features,
  };
}
