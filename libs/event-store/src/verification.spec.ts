import type { TenantId } from '@tongxin/tenancy';
import type { EventEnvelope } from './envelope.js';
import { computeEventHash, GENESIS_HASH } from './hashing.js';
import { verifyChain } from './verification.js';

/** A well-formed chain of n events, built the way the store builds it. */
function chain(n: number): EventEnvelope[] {
  const out: EventEnvelope[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= n; i += 1) {
    const fields = {
      eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      type: 'WishPosted',
      schemaVersion: 1,
      tenantId: 'nanmen' as TenantId,
      tenantSequence: i,
      streamId: `wish-${i}`,
      streamVersion: 1,
      globalPosition: i * 10,
      occurredAt: '2026-05-01T00:00:00.000Z',
      recordedAt: '2026-05-01T00:00:00.000Z',
      actor: { userId: 'u', role: 'party-member' },
      commandId: null,
      correlationId: `c-${i}`,
      causationId: null,
      data: { wish: `微心愿 ${i}` },
      prevHash,
    };
    const event = { ...fields, hash: computeEventHash(fields, 'sha256') };
    out.push(event);
    prevHash = event.hash;
  }
  return out;
}

const headOf = (events: EventEnvelope[]) => ({
  algorithm: 'sha256' as const,
  lastSequence: events.length,
  lastHash: events[events.length - 1]?.hash ?? GENESIS_HASH,
});

describe('chain verification', () => {
  it('accepts an intact chain', () => {
    const events = chain(5);
    expect(verifyChain(events, headOf(events), 'sha256')).toEqual({
      ok: true,
      eventCount: 5,
      lastSequence: 5,
      lastHash: events[4]?.hash,
      algorithm: 'sha256',
    });
  });

  it('accepts an empty tenant with no head', () => {
    expect(verifyChain([], null, 'sha256')).toMatchObject({ ok: true, eventCount: 0 });
  });

  it('names a modified event', () => {
    const events = chain(5);
    const head = headOf(events);
    events[2] = { ...events[2], data: { wish: '改过的' } };
    expect(verifyChain(events, head, 'sha256')).toMatchObject({
      ok: false,
      firstBad: { problem: 'modified', tenantSequence: 3 },
    });
  });

  it('names a gap as missing', () => {
    const events = chain(5);
    const head = headOf(events);
    expect(verifyChain([...events.slice(0, 2), ...events.slice(3)], head, 'sha256')).toMatchObject({
      ok: false,
      firstBad: { problem: 'missing', tenantSequence: 3 },
    });
  });

  it('names a swapped pair as reordered', () => {
    const events = chain(5);
    const head = headOf(events);
    const [a, b] = [events[2], events[3]];
    const swapped = [
      events[0],
      events[1],
      { ...b, tenantSequence: 3 },
      { ...a, tenantSequence: 4 },
      events[4],
    ] as EventEnvelope[];
    expect(verifyChain(swapped, head, 'sha256')).toMatchObject({
      ok: false,
      firstBad: { problem: 'reordered', tenantSequence: 3 },
    });
  });

  it('names events beyond the recorded head as inserted and a short chain as missing its tail', () => {
    const events = chain(5);
    expect(verifyChain(events, { ...headOf(events), lastSequence: 4 }, 'sha256')).toMatchObject({
      ok: false,
      firstBad: { problem: 'inserted', tenantSequence: 5 },
    });
    expect(verifyChain(events.slice(0, 4), headOf(events), 'sha256')).toMatchObject({
      ok: false,
      firstBad: { problem: 'missing', tenantSequence: 5 },
    });
  });

  it('refuses a chain verified with the wrong algorithm', () => {
    const events = chain(2);
    expect(verifyChain(events, headOf(events), 'sm3')).toMatchObject({
      ok: false,
      firstBad: { problem: 'modified', tenantSequence: 1 },
    });
  });
});
