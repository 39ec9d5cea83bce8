import type { EventEnvelope } from './envelope.js';
import { computeEventHash, GENESIS_HASH, type HashAlgorithm } from './hashing.js';

export type ChainProblem = 'modified' | 'missing' | 'inserted' | 'reordered';

/** What the chain's head record says: the last sequence and hash written at append time. */
export interface ChainHead {
  readonly algorithm: HashAlgorithm;
  readonly lastSequence: number;
  readonly lastHash: string;
}

export type VerificationResult =
  | {
      readonly ok: true;
      readonly eventCount: number;
      readonly lastSequence: number;
      readonly lastHash: string;
      readonly algorithm: HashAlgorithm;
    }
  | {
      readonly ok: false;
      readonly eventCount: number;
      readonly algorithm: HashAlgorithm;
      readonly firstBad: {
        readonly problem: ChainProblem;
        readonly tenantSequence: number;
        readonly globalPosition: number | null;
        readonly eventId: string | null;
        readonly detail: string;
      };
    };

type Bad = Extract<VerificationResult, { ok: false }>['firstBad'];

/**
 * Walks a tenant's events in tenant-sequence order and names the first one that is wrong.
 * Constant memory apart from a two-event look-ahead, so it scales to any history length.
 */
export class ChainVerifier {
  private expectedSequence = 1;
  private expectedPrevHash = GENESIS_HASH;
  private lastPosition = 0;
  private lastGood: EventEnvelope | null = null;
  private count = 0;
  private pending: EventEnvelope[] = [];
  private failure: Bad | null = null;

  /**
   * `head` is the chain head recorded at append time (null: the tenant has none). An offline
   * check of an exported file has no head to compare with: pass `compareHead: false`, and anchor
   * the file with a signed checkpoint instead.
   */
  constructor(
    private readonly head: ChainHead | null,
    private readonly algorithm: HashAlgorithm,
    private readonly compareHead = true,
  ) {}

  get failed(): boolean {
    return this.failure !== null;
  }

  /** Feed events in tenant-sequence order. Returns false once a problem is found (stop feeding). */
  push(event: EventEnvelope): boolean {
    if (this.failure) return false;
    this.pending.push(event);
    // Classifying a broken link needs the next two events, so keep a short window.
    while (this.pending.length > 2 && !this.failure) this.check(this.pending.shift() as EventEnvelope, this.pending);
    return !this.failure;
  }

  finish(): VerificationResult {
    while (this.pending.length > 0 && !this.failure) this.check(this.pending.shift() as EventEnvelope, this.pending);
    if (!this.failure && this.compareHead) this.checkHead();
    if (this.failure) return { ok: false, eventCount: this.count, algorithm: this.algorithm, firstBad: this.failure };
    return {
      ok: true,
      eventCount: this.count,
      lastSequence: this.expectedSequence - 1,
      lastHash: this.expectedPrevHash,
      algorithm: this.algorithm,
    };
  }

  private check(event: EventEnvelope, lookahead: readonly EventEnvelope[]): void {
    this.count += 1;
    if (event.tenantSequence > this.expectedSequence) {
      this.fail(
        'missing',
        this.expectedSequence,
        null,
        `sequence jumps from ${this.expectedSequence - 1} to ${event.tenantSequence}`,
      );
      return;
    }
    const intact = computeEventHash(event, this.algorithm) === event.hash;
    const linked = event.prevHash === this.expectedPrevHash;
    if (!intact || !linked) {
      // It links to the same predecessor as the last accepted event: that one was slipped in
      // by someone who could compute a valid hash, and this is the original it displaced.
      if (this.lastGood && event.prevHash === this.lastGood.prevHash) {
        const forged = this.lastGood;
        this.fail(
          'inserted',
          forged.tenantSequence,
          forged,
          `event ${event.eventId} originally followed the event before this one`,
        );
        return;
      }
      this.fail(
        this.classify(event, lookahead),
        event.tenantSequence,
        event,
        intact ? 'prevHash does not match the previous event' : 'content does not match its hash',
      );
      return;
    }
    if (event.globalPosition <= this.lastPosition) {
      this.fail(
        'reordered',
        event.tenantSequence,
        event,
        `global position ${event.globalPosition} is not after ${this.lastPosition}`,
      );
      return;
    }
    this.expectedSequence = event.tenantSequence + 1;
    this.expectedPrevHash = event.hash;
    this.lastPosition = event.globalPosition;
    this.lastGood = event;
  }

  private classify(event: EventEnvelope, lookahead: readonly EventEnvelope[]): ChainProblem {
    // It points at an event that now comes after it: two events swapped places.
    if (lookahead.some((later) => later.hash === event.prevHash)) return 'reordered';
    // The next event links to the last good one: this one was slipped in between.
    if (lookahead[0]?.prevHash === this.expectedPrevHash) return 'inserted';
    return 'modified';
  }

  private checkHead(): void {
    if (!this.head) {
      if (this.count > 0) this.fail('inserted', 1, null, 'events exist but the tenant has no chain head');
      return;
    }
    const last = this.expectedSequence - 1;
    if (last < this.head.lastSequence) {
      this.fail('missing', last + 1, null, `the chain head records ${this.head.lastSequence} events, found ${last}`);
    } else if (last > this.head.lastSequence) {
      this.fail(
        'inserted',
        this.head.lastSequence + 1,
        null,
        `found ${last} events, the chain head records ${this.head.lastSequence}`,
      );
    } else if (this.expectedPrevHash !== this.head.lastHash) {
      this.fail('modified', last, null, 'the last hash differs from the chain head');
    }
  }

  private fail(problem: ChainProblem, tenantSequence: number, event: EventEnvelope | null, detail: string): void {
    this.failure = {
      problem,
      tenantSequence,
      globalPosition: event?.globalPosition ?? null,
      eventId: event?.eventId ?? null,
      detail,
    };
  }
}

export function verifyChain(
  events: Iterable<EventEnvelope>,
  head: ChainHead | null,
  algorithm: HashAlgorithm,
): VerificationResult {
  const verifier = new ChainVerifier(head, algorithm);
  for (const event of events) if (!verifier.push(event)) break;
  return verifier.finish();
}
