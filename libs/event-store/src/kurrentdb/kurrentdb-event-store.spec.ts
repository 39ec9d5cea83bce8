import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import {
  ANY,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendStreamRequest,
  type AppendStreamState,
  type Position,
  type ReadPosition,
  type ReadRevision,
} from '@kurrent/kurrentdb-client';
import { tenantScope, toTenantId, type TenantId } from '@tongxin/tenancy';
import { eventStoreContract } from '../contract/event-store.contract.js';
import type { NewEvent } from '../envelope.js';
import type { ReadAllPage } from '../event-store.port.js';
import { KurrentDbEventStore, type KurrentDbClient } from './kurrentdb-event-store.js';
import { chainStreamName, toStreamName } from './mapping.js';

interface StoredRecord {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly isJson: true;
  readonly created: Date;
  readonly position: Position;
}

interface LiveSubscription {
  readonly prefixes: readonly string[];
  readonly stream: PassThrough;
}

const prefixesOf = (filter: unknown): readonly string[] =>
  (filter as { prefixes?: string[] } | undefined)?.prefixes ?? [''];

/**
 * A stand-in for the parts of KurrentDBClient the adapter uses, modelled on KurrentDB 25.1:
 * multi-stream appends are atomic and report the first stream, in request order, whose expected
 * state fails; every event commits itself at its own log position (commit = prepare); the
 * server adds `$schema.*` keys to the metadata; $all reads include the start position and
 * subscriptions exclude it. It proves the adapter's own logic, not the server's behaviour.
 */
class InMemoryKurrentDb {
  private readonly log: StoredRecord[] = [];
  private readonly streams = new Map<string, StoredRecord[]>();
  private readonly live = new Set<LiveSubscription>();
  private nextPosition = 1000n;
  /** Appends refused for a failed expected state. */
  refusals = 0;

  async multiStreamAppend(
    requests: AppendStreamRequest[],
  ): Promise<{ position: bigint; responses: { streamName: string; revision: bigint }[] }> {
    await Promise.resolve(); // a round trip: other callers run meanwhile
    for (const { streamName, expectedState, events } of requests) {
      const length = this.streams.get(streamName)?.length ?? 0;
      const current = length === 0 ? NO_STREAM : BigInt(length - 1);
      if (!this.satisfies(expectedState, current)) {
        this.refusals += 1;
        throw new WrongExpectedVersionError(undefined, { streamName, expected: expectedState, current });
      }
      if (events.some((e) => Object.values(e.metadata ?? {}).some((value) => typeof value !== 'string')))
        throw new Error('multiStreamAppend requires string metadata values');
    }
    for (const { streamName, events } of requests) {
      const stream = this.streams.get(streamName) ?? [];
      this.streams.set(streamName, stream);
      for (const event of events) {
        this.nextPosition += 157n; // log positions are byte offsets: increasing, not consecutive
        const record: StoredRecord = {
          streamId: streamName,
          id: event.id,
          type: event.type,
          revision: BigInt(stream.length),
          data: JSON.parse(JSON.stringify(event.data)) as unknown,
          metadata: { ...(event.metadata as object), '$schema.data-format': 'Json', '$schema.name': event.type },
          isJson: true,
          created: new Date(),
          position: { commit: this.nextPosition, prepare: this.nextPosition },
        };
        stream.push(record);
        this.log.push(record);
        for (const subscription of this.live)
          if (this.matches(subscription.prefixes, record)) subscription.stream.write({ event: record });
      }
    }
    return {
      position: this.nextPosition,
      responses: requests.map((r) => ({
        streamName: r.streamName,
        revision: BigInt((this.streams.get(r.streamName)?.length ?? 0) - 1),
      })),
    };
  }

  async *readStream(
    streamName: string,
    options: { fromRevision?: ReadRevision; direction?: string; maxCount?: number | bigint } = {},
  ): AsyncGenerator<{ event: StoredRecord }> {
    const stream = this.streams.get(streamName);
    if (!stream) throw new StreamNotFoundError(undefined, streamName);
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const { fromRevision = START } = options;
    const selected =
      options.direction === 'backwards'
        ? stream
            .slice(0, fromRevision === END || fromRevision === START ? stream.length : Number(fromRevision) + 1)
            .reverse()
            .slice(0, maxCount)
        : stream
            .slice(fromRevision === START ? 0 : fromRevision === END ? stream.length : Number(fromRevision))
            .slice(0, maxCount);
    for (const event of selected) yield { event };
  }

  async *readAll(
    options: { fromPosition?: ReadPosition; maxCount?: number | bigint; filter?: unknown } = {},
  ): AsyncGenerator<{ event: StoredRecord; commitPosition: bigint }> {
    const from = this.commitOf(options.fromPosition);
    const selected = this.log
      .filter((r) => r.position.commit >= from && this.matches(prefixesOf(options.filter), r))
      .slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER));
    for (const event of selected) yield { event, commitPosition: event.position.commit };
  }

  subscribeToAll(
    options: { fromPosition?: ReadPosition; filter?: unknown } = {},
    readableOptions: { highWaterMark?: number } = {},
  ): PassThrough & { unsubscribe(): Promise<void> } {
    const from = this.commitOf(options.fromPosition);
    const subscription: LiveSubscription = {
      prefixes: prefixesOf(options.filter),
      stream: new PassThrough({ objectMode: true, ...readableOptions }),
    };
    for (const record of this.log)
      if (record.position.commit > from && this.matches(subscription.prefixes, record))
        subscription.stream.write({ event: record });
    this.live.add(subscription);
    return Object.assign(subscription.stream, {
      unsubscribe: async () => {
        this.live.delete(subscription);
        subscription.stream.end();
      },
    });
  }

  async dispose(): Promise<void> {}

  /** What the client's subscription does when its connection fails: it emits 'error' and does not end. */
  dropSubscriptions(error: Error): void {
    for (const subscription of this.live) subscription.stream.emit('error', error);
  }

  /** Appends straight to a stream, as someone with write access to the database could. */
  forge(streamName: string, record: Omit<StoredRecord, 'streamId' | 'revision' | 'position'>): void {
    const stream = this.streams.get(streamName) ?? [];
    this.streams.set(streamName, stream);
    this.nextPosition += 157n;
    const stored = {
      ...record,
      streamId: streamName,
      revision: BigInt(stream.length),
      position: { commit: this.nextPosition, prepare: this.nextPosition },
    };
    stream.push(stored);
    this.log.push(stored);
  }

  lastRecordOf(streamName: string): StoredRecord {
    return this.streams.get(streamName)?.at(-1) as StoredRecord;
  }

  private satisfies(expected: AppendStreamState, current: bigint | typeof NO_STREAM): boolean {
    if (expected === ANY) return true;
    if (expected === NO_STREAM) return current === NO_STREAM;
    if (expected === STREAM_EXISTS) return current !== NO_STREAM;
    return expected === current;
  }

  private matches(prefixes: readonly string[], record: StoredRecord): boolean {
    return prefixes.some((prefix) => record.streamId.startsWith(prefix));
  }

  private commitOf(position: ReadPosition | undefined): bigint {
    return position === undefined || position === START
      ? 0n
      : position === END
        ? this.nextPosition + 1n
        : position.commit;
  }
}

const actor = { userId: 'u-1', role: 'community-staff' };

function raised(n: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'RequestRaised',
    schemaVersion: 1,
    occurredAt: '2026-11-20T11:00:00.000Z',
    data: { n },
  };
}

function newTenant(): TenantId {
  return toTenantId(`c-${randomUUID().slice(0, 12)}`);
}

function storeOver(server: InMemoryKurrentDb): KurrentDbEventStore {
  return new KurrentDbEventStore(server as unknown as KurrentDbClient);
}

// These run without a server. They check the adapter's own logic against a model of KurrentDB;
// what the real server does is checked only by the contract int-spec, with EVENTSTORE_URL set.
describe('EventStore contract: KurrentDB adapter over an in-memory stand-in for the client (adapter logic only, no server)', () => {
  const store = storeOver(new InMemoryKurrentDb());
  afterAll(() => store.close());
  eventStoreContract({ store: () => store });
});

describe('KurrentDbEventStore over an in-memory stand-in for the client (adapter logic only, no server)', () => {
  let server: InMemoryKurrentDb;
  let store: KurrentDbEventStore;

  beforeEach(() => {
    server = new InMemoryKurrentDb();
    store = storeOver(server);
  });
  afterEach(() => store.close());

  it('serialises writers of one tenant in different processes through the chain revision', async () => {
    const t = newTenant();
    const other = storeOver(server); // a second process: it shares the database, not the in-process queue
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 === 0 ? store : other).append(t, `request-${i}`, 0, [raised(i), raised(i + 100)], { actor }),
      ),
    );
    const page = await store.readAll(tenantScope(t), { limit: 100 });
    expect(page.events.map((e) => e.tenantSequence)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(await store.verifyTenant(t)).toMatchObject({ ok: true, eventCount: 24, lastSequence: 24 });
    expect(server.refusals).toBeGreaterThan(0); // the two processes did collide, and retried
  });

  it('gives up with a coded error when the chain head keeps moving', async () => {
    const t = newTenant();
    server.multiStreamAppend = async () => {
      server.refusals += 1;
      throw new WrongExpectedVersionError(undefined, {
        streamName: chainStreamName(t),
        expected: NO_STREAM,
        current: 0n,
      });
    };
    await expect(store.append(t, 'request-1', 0, [raised(1)], { actor })).rejects.toMatchObject({
      code: 'EVENT_STORE_CONTENDED',
    });
    expect(server.refusals).toBe(10);
  });

  it("treats an 'any' retry with the same event ids as the original call", async () => {
    const t = newTenant();
    const events = [raised(1), raised(2)];
    const first = await store.append(t, 'request-1', 'any', events, { actor });
    const retry = await store.append(t, 'request-1', 'any', events, { actor });
    expect(retry).toMatchObject({ duplicate: true, firstPosition: first.firstPosition, nextExpectedVersion: 2 });
    await expect(store.append(t, 'request-1', 'any', [events[1], raised(3)], { actor })).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await store.readStream(tenantScope(t), t, 'request-1')).toHaveLength(2);
  });

  it('names an event forged into a tenant stream when verifying', async () => {
    const t = newTenant();
    await store.append(t, 'request-1', 0, [raised(1), raised(2)], { actor });
    const original = server.lastRecordOf(toStreamName(t, 'request-1'));
    server.forge(toStreamName(t, 'request-1'), { ...original, id: randomUUID(), data: { n: 'forged' } });
    const result = await store.verifyTenant(t);
    expect(result).toMatchObject({ ok: false, firstBad: { tenantSequence: 2 } });
  });

  it('delivers pages in order, live events included, until stopped', async () => {
    const t = newTenant();
    await store.append(t, 'request-1', 0, [raised(1), raised(2)], { actor });
    const pages: ReadAllPage[] = [];
    let resolveSeen: () => void = () => undefined;
    const seenAll = new Promise<void>((resolve) => (resolveSeen = resolve));
    const subscription = store.subscribe(tenantScope(t), 0, async (page) => {
      pages.push(page);
      if (pages.flatMap((p) => p.events).length === 5) resolveSeen();
    });
    await store.append(t, 'request-2', 0, [raised(3), raised(4), raised(5)], { actor });
    await store.append(newTenant(), 'request-9', 0, [raised(9)], { actor }); // another tenant: not delivered
    await seenAll;
    await subscription.stop();
    await expect(subscription.done).resolves.toBeUndefined();
    const delivered = pages.flatMap((p) => p.events);
    expect(delivered.map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3, 4, 5]);
    expect(pages.every((p) => p.nextPosition === p.events.at(-1)?.globalPosition)).toBe(true);
    expect(pages.length).toBeLessThan(5); // events that arrived together came as one page
  });

  it('ends a subscription whose handler throws, with that error', async () => {
    const t = newTenant();
    await store.append(t, 'request-1', 0, [raised(1)], { actor });
    const subscription = store.subscribe(tenantScope(t), 0, async () => {
      throw new Error('projection failed');
    });
    await expect(subscription.done).rejects.toThrow('projection failed');
  });

  it('ends a subscription whose connection failed, with that error', async () => {
    const subscription = store.subscribe(tenantScope(newTenant()), 0, async () => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    server.dropSubscriptions(new Error('connection lost'));
    await expect(subscription.done).rejects.toThrow('connection lost');
  });

  it('moves a type-filtered reader past the events it skipped', async () => {
    const t = newTenant();
    await store.append(t, 'request-1', 0, [raised(1), raised(2)], { actor });
    const page = await store.readAll(tenantScope(t), { types: ['RequestClosed'] });
    expect(page.events).toEqual([]);
    expect(page.nextPosition).toBe((await store.readStream(tenantScope(t), t, 'request-1'))[1]?.globalPosition);
  });
});
