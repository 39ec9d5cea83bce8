import {
  BACKWARDS,
  END,
  KurrentDBClient,
  NO_STREAM,
  StreamNotFoundError,
  streamNameFilter,
  TransactionMaxSizeExceededError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendStreamRequest,
  type AppendStreamState,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@kurrent/kurrentdb-client';
import { systemClock, type Actor, type Clock } from '@tongxin/kernel';
import {
  assertScope,
  scopeAllows,
  TenantRequiredError,
  toTenantId,
  type TenantId,
  type TenantScope,
} from '@tongxin/tenancy';
import type {
  AppendMetadata,
  AppendResult,
  EventEnvelope,
  ExpectedVersion,
  NewEvent,
  StreamWrite,
} from '../envelope.js';
import { IdempotencyKeyReusedError, StreamVersionConflictError } from '../errors.js';
import { commandDifferences, type StoredCommand } from '../idempotency.js';
import type {
  EventStore,
  ReadAllOptions,
  ReadAllPage,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port.js';
import { computeEventHash, GENESIS_HASH, type HashAlgorithm } from '../hashing.js';
import { TenantQueue } from '../tenant-queue.js';
import { normaliseWrites, type NormalisedEvent } from '../validation.js';
import { ChainVerifier, type ChainHead, type VerificationResult } from '../verification.js';
import { AppendContentionError, AppendTooLargeError } from './errors.js';
import {
  chainStreamName,
  commandStreamName,
  fromChainRecord,
  commandFingerprintOf,
  fromCommandRecord,
  fromRecordedEvent,
  streamPrefixesOf,
  tenantStreamPrefix,
  toChainRecord,
  toCommandRecord,
  toEventData,
  toExpectedState,
  toReadPosition,
  toStreamName,
  versionOfState,
} from './mapping.js';

/** The part of the client this store uses; tests pass a stand-in. */
export type KurrentDbClient = Pick<
  KurrentDBClient,
  'multiStreamAppend' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'
>;

/** The stream version a write appends after; for 'any', whether the stream's tail already holds any of its events. */
interface Placement {
  readonly version: number;
  readonly overlapsTail: boolean;
}

/** Where a tenant's chain stands, and the chain stream state an append must find to extend it. */
interface ChainTip {
  readonly head: ChainHead | null;
  readonly expectedState: AppendStreamState;
}

// Each retry re-reads the chain head another writer just moved; losing ten rounds in a row means overload.
const MAX_APPEND_ATTEMPTS = 10;
const DEFAULT_READ_LIMIT = 1000;
const MAX_READ_LIMIT = 10_000;

function toResult(
  tenantId: TenantId,
  streamId: string,
  events: readonly EventEnvelope[],
  duplicate: boolean,
): AppendResult {
  return {
    tenantId,
    streamId,
    nextExpectedVersion: events.at(-1)?.streamVersion ?? 0,
    firstPosition: events[0]?.globalPosition ?? 0,
    lastPosition: events.at(-1)?.globalPosition ?? 0,
    duplicate,
    events,
  };
}

/** What every event of one append shares. */
interface AppendContext {
  readonly tenantId: TenantId;
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly commandId: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
}

/** The envelopes of one append, hashed in tenant-sequence order onto the chain head, and the head they leave. */
function chainEnvelopes(
  context: AppendContext,
  writes: readonly StreamWrite[],
  normalised: readonly NormalisedEvent[][],
  versionsBefore: readonly number[],
  head: ChainHead,
): { envelopes: Omit<EventEnvelope, 'globalPosition'>[][]; head: ChainHead } {
  let sequence = head.lastSequence;
  let prevHash = head.lastHash;
  const envelopes = normalised.map((events, w) => {
    const streamId = writes[w].streamId;
    let streamVersion = versionsBefore[w];
    return events.map((event) => {
      const fields = {
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        tenantId: context.tenantId,
        tenantSequence: (sequence += 1),
        streamId,
        streamVersion: (streamVersion += 1),
        occurredAt: event.occurredAt,
        recordedAt: context.recordedAt,
        actor: context.actor,
        commandId: context.commandId,
        correlationId: context.correlationId,
        causationId: context.causationId,
        // Stored exactly as hashed, so what readers parse back re-hashes to the same value.
        data: JSON.parse(event.canonicalData) as unknown,
        prevHash,
      };
      prevHash = computeEventHash(fields, head.algorithm, event.canonicalData);
      return { ...fields, hash: prevHash };
    });
  });
  return { envelopes, head: { algorithm: head.algorithm, lastSequence: sequence, lastHash: prevHash } };
}

/** How the events stored where a write would go relate to the write's own events. */
function overlap(stored: readonly EventEnvelope[], events: readonly NormalisedEvent[]): 'same' | 'none' | 'some' {
  const ids = new Set(events.map((e) => e.eventId));
  const shared = stored.filter((e) => ids.has(e.eventId)).length;
  if (shared === 0) return 'none';
  return shared === events.length &&
    stored.length === events.length &&
    stored.every((e, i) => e.eventId === events[i]?.eventId)
    ? 'same'
    : 'some';
}

/**
 * Pulls what a subscription has buffered, up to `max` events, as one batch; waits when nothing
 * is buffered. The client's subscription reports failures by emitting 'error' without ending
 * the stream, so an error listener is what ends the wait.
 */
async function* batchesOf(source: AllStreamSubscription, max: number): AsyncGenerator<AllStreamResolvedEvent[]> {
  // An object, not a local: the error listener sets it while the loop below waits.
  const seen: { failure: Error | null } = { failure: null };
  let wake: () => void = () => undefined;
  const onError = (error: Error): void => {
    seen.failure ??= error;
    wake();
  };
  const onSignal = (): void => wake();
  source.on('error', onError).on('readable', onSignal).on('end', onSignal).on('close', onSignal);
  try {
    for (;;) {
      if (seen.failure) throw seen.failure;
      const batch: AllStreamResolvedEvent[] = [];
      while (batch.length < max) {
        const item = source.read() as AllStreamResolvedEvent | null;
        if (item === null) break;
        batch.push(item);
      }
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (source.readableEnded || source.destroyed) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    source.off('readable', onSignal).off('end', onSignal).off('close', onSignal).off('error', onError);
    source.on('error', () => undefined); // a late error of an abandoned subscription must not crash the process
  }
}

/**
 * The EventStore port over KurrentDB (the successor of EventStoreDB), for KurrentDB 25.1 or later.
 *
 * Every append, appendBatch included, is ONE atomic multi-stream append (KurrentDB 25.1+): the
 * events of each stream with its expected revision, then the tenant's chain record with the
 * revision the hashes were computed against, then, with a command id, the command's marker
 * stream, which must not exist yet. So a batch over several streams is all or nothing, as the
 * port requires, and a chain record never exists without its events or the other way round.
 * Older servers have no multi-stream append and are not supported.
 *
 * Global positions are $all commit positions: every event written here commits itself, so each
 * has its own, increasing in log order. $all only shows what is committed, in log order, so a
 * reader never passes an event that commits later.
 *
 * Idempotency: a command id is found through its marker stream. KurrentDB's own event-id
 * deduplication never applies here (the chain record of a retry is new, so the retry is never
 * "all streams idempotent"), so event ids are checked by this adapter, where the first attempt
 * would have put them: at the expected version for a numeric expected version, at the end of
 * the stream for 'any'. KurrentDB has no index by event id, so an id reused anywhere else in
 * the database is not refused, unlike the PostgreSQL adapter's unique key.
 *
 * UNVERIFIED against a real server (none can run where this was written): the contract suite
 * runs only when EVENTSTORE_URL is set.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly client: KurrentDbClient;
  private readonly ownsClient: boolean;
  private readonly tenantQueue = new TenantQueue();
  private readonly subscriptions = new Set<Subscription>();

  /**
   * @param connection a connection string (kurrentdb://…), for a client this store creates and
   *   disposes on close; or a client the caller owns and disposes.
   * @param defaultAlgorithm for new tenant chains; an existing chain keeps the one it was started with.
   * @param batchSize most events per subscription page.
   */
  constructor(
    connection: string | KurrentDbClient,
    private readonly clock: Clock = systemClock,
    private readonly defaultAlgorithm: HashAlgorithm = 'sha256',
    private readonly batchSize = 1000,
  ) {
    this.ownsClient = typeof connection === 'string';
    this.client = typeof connection === 'string' ? KurrentDBClient.connectionString(connection) : connection;
  }

  async append(
    tenantId: TenantId,
    streamId: string,
    expectedVersion: ExpectedVersion,
    events: readonly NewEvent[],
    metadata: AppendMetadata,
  ): Promise<AppendResult> {
    const [result] = await this.appendBatch(tenantId, [{ streamId, expectedVersion, events }], metadata);
    return result;
  }

  async appendBatch(
    tenantIdInput: TenantId,
    writes: readonly StreamWrite[],
    metadata: AppendMetadata,
  ): Promise<AppendResult[]> {
    const tenantId = toTenantId(tenantIdInput);
    const normalised = normaliseWrites(writes, metadata);
    // Writers of one tenant in this process would only beat each other's chain revision; queue
    // them, so that retries are left for writers in other processes.
    return this.tenantQueue.run(tenantId, () => this.appendInOrder(tenantId, writes, normalised, metadata));
  }

  private async appendInOrder(
    tenantId: TenantId,
    writes: readonly StreamWrite[],
    normalised: NormalisedEvent[][],
    metadata: AppendMetadata,
  ): Promise<AppendResult[]> {
    const commandId = metadata.commandId ?? null;
    if (commandId !== null) {
      const earlier = await this.retryOf(tenantId, commandId, writes, metadata);
      if (earlier) return earlier;
    }
    const context: AppendContext = {
      tenantId,
      recordedAt: this.clock.now().toISOString(),
      actor: { userId: metadata.actor.userId, role: metadata.actor.role },
      commandId,
      correlationId: metadata.correlationId ?? commandId ?? normalised[0]?.[0]?.eventId,
      causationId: metadata.causationId ?? null,
    };
    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt += 1) {
      const placements = await Promise.all(writes.map((write, w) => this.placement(tenantId, write, normalised[w])));
      if (placements.some((placement) => placement.overlapsTail)) {
        const earlier = await this.storedCopies(tenantId, writes, normalised);
        if (earlier) return earlier;
      }
      const versionsBefore = placements.map((placement) => placement.version);
      const tip = await this.chainTip(tenantId);
      const { envelopes, head } = chainEnvelopes(
        context,
        writes,
        normalised,
        versionsBefore,
        tip.head ?? { algorithm: this.defaultAlgorithm, lastSequence: 0, lastHash: GENESIS_HASH },
      );
      // Event streams come first: the server reports the first stream that fails its check, and a
      // stale stream version must win over a moved chain head, which would only mean "try again".
      const requests: AppendStreamRequest[] = envelopes.map((events, w) => ({
        streamName: toStreamName(tenantId, writes[w].streamId),
        events: events.map(toEventData),
        expectedState: toExpectedState(versionsBefore[w]),
      }));
      requests.push({
        streamName: chainStreamName(tenantId),
        events: [toChainRecord(head)],
        expectedState: tip.expectedState,
      });
      if (commandId !== null) {
        const placed = writes.map((write, w) => ({
          streamId: write.streamId,
          firstVersion: versionsBefore[w] + 1,
          eventCount: write.events.length,
        }));
        requests.push({
          streamName: commandStreamName(tenantId, commandId),
          events: [toCommandRecord(placed, metadata.fingerprint ?? null)],
          expectedState: NO_STREAM,
        });
      }
      try {
        await this.client.multiStreamAppend(requests);
      } catch (error) {
        const outcome = await this.afterRefusal(error, context, writes, normalised, metadata);
        if (outcome === 'retry') continue;
        return outcome;
      }
      // Positions are assigned by the server, and the response carries one for the whole append.
      return Promise.all(
        writes.map(async (write, w) => {
          const streamName = toStreamName(tenantId, write.streamId);
          const stored = await this.readEnvelopes(streamName, {
            fromRevision: BigInt(versionsBefore[w]),
            maxCount: write.events.length,
            requiresLeader: true,
          });
          return toResult(tenantId, write.streamId, stored, false);
        }),
      );
    }
    throw new AppendContentionError(tenantId, MAX_APPEND_ATTEMPTS);
  }

  /** What a refused append means: try again, a retry of a stored request (its result), or an error to throw. */
  private async afterRefusal(
    error: unknown,
    context: AppendContext,
    writes: readonly StreamWrite[],
    normalised: readonly NormalisedEvent[][],
    metadata: AppendMetadata,
  ): Promise<AppendResult[] | 'retry'> {
    const { tenantId, commandId } = context;
    if (error instanceof TransactionMaxSizeExceededError) throw new AppendTooLargeError(error.maxSize);
    if (!(error instanceof WrongExpectedVersionError)) throw error;
    if (error.streamName === chainStreamName(tenantId)) return 'retry'; // another writer extended the chain first
    if (commandId !== null && error.streamName === commandStreamName(tenantId, commandId)) {
      const earlier = await this.retryOf(tenantId, commandId, writes, metadata);
      if (earlier) return earlier;
      throw error;
    }
    const conflicted = writes.find((write) => toStreamName(tenantId, write.streamId) === error.streamName);
    if (!conflicted) throw error;
    if (conflicted.expectedVersion === 'any') return 'retry'; // the stream moved after we read its version
    // A stale version, or this very request again: a retry after a lost answer.
    const earlier = await this.storedCopies(tenantId, writes, normalised);
    if (earlier) return earlier;
    throw new StreamVersionConflictError(
      conflicted.streamId,
      conflicted.expectedVersion,
      versionOfState(error.actualState),
    );
  }

  /**
   * The version to append after: the expected one, or for 'any' the stream's current one, read
   * from its tail, which also shows whether these events are already there (a retry, or reused ids).
   */
  private async placement(
    tenantId: TenantId,
    write: StreamWrite,
    events: readonly NormalisedEvent[],
  ): Promise<Placement> {
    if (write.expectedVersion !== 'any') return { version: write.expectedVersion, overlapsTail: false };
    const tail = await this.eventsWhereWritten(tenantId, write, events.length);
    return { version: tail.at(-1)?.streamVersion ?? 0, overlapsTail: overlap(tail, events) !== 'none' };
  }

  /** The events stored where this write's events would be: after the expected version, or the stream's tail for 'any'. */
  private async eventsWhereWritten(tenantId: TenantId, write: StreamWrite, count: number): Promise<EventEnvelope[]> {
    const streamName = toStreamName(tenantId, write.streamId);
    if (write.expectedVersion !== 'any')
      return this.readEnvelopes(streamName, {
        fromRevision: BigInt(write.expectedVersion),
        maxCount: count,
        requiresLeader: true,
      });
    return (
      await this.readEnvelopes(streamName, {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: count,
        requiresLeader: true,
      })
    ).reverse();
  }

  /**
   * A retry of a request that was stored: its events, found where it put them. Null when none
   * of them is there; refused when only some are (the ids were reused by another request).
   */
  private async storedCopies(
    tenantId: TenantId,
    writes: readonly StreamWrite[],
    normalised: readonly NormalisedEvent[][],
  ): Promise<AppendResult[] | null> {
    const stored = await Promise.all(
      writes.map((write, w) => this.eventsWhereWritten(tenantId, write, normalised[w].length)),
    );
    const overlaps = stored.map((events, w) => overlap(events, normalised[w]));
    if (overlaps.every((o) => o === 'none')) return null;
    if (!overlaps.every((o) => o === 'same'))
      throw new IdempotencyKeyReusedError('some event ids were already stored by a different request');
    return stored.map((events, w) => toResult(tenantId, writes[w].streamId, events, true));
  }

  /** A command id seen before: its result if this is the same command, else IDEMPOTENCY_KEY_REUSED; null when it never ran. */
  private async retryOf(
    tenantId: TenantId,
    commandId: string,
    writes: readonly StreamWrite[],
    metadata: AppendMetadata,
  ): Promise<AppendResult[] | null> {
    const first = await this.findCommand(tenantId, commandId);
    if (!first) return null;
    const differences = commandDifferences(first, {
      fingerprint: metadata.fingerprint ?? null,
      streamIds: writes.map((w) => w.streamId),
    });
    if (differences.length > 0) throw IdempotencyKeyReusedError.firstUse(first, differences);
    return [...first.results];
  }

  async findCommand(tenantIdInput: TenantId, commandId: string): Promise<StoredCommand | null> {
    const tenantId = toTenantId(tenantIdInput);
    const streamName = commandStreamName(tenantId, commandId);
    const marker = await this.firstRecorded(streamName, { maxCount: 1, requiresLeader: true });
    if (!marker) return null;
    const results = await this.commandResult(tenantId, streamName, marker);
    return {
      commandId,
      fingerprint: commandFingerprintOf(marker),
      streamIds: fromCommandRecord(streamName, marker).map((w) => w.streamId),
      recordedAt: results[0]?.events[0]?.recordedAt ?? marker.created.toISOString(),
      results,
    };
  }

  /** The original result of a command, read through its marker record. */
  private async commandResult(tenantId: TenantId, streamName: string, marker: RecordedEvent): Promise<AppendResult[]> {
    return Promise.all(
      fromCommandRecord(streamName, marker).map(async (write) =>
        toResult(
          tenantId,
          write.streamId,
          await this.readEnvelopes(toStreamName(tenantId, write.streamId), {
            fromRevision: BigInt(write.firstVersion - 1),
            maxCount: write.eventCount,
            requiresLeader: true,
          }),
          true,
        ),
      ),
    );
  }

  private async chainTip(tenantId: TenantId): Promise<ChainTip> {
    const streamName = chainStreamName(tenantId);
    const last = await this.firstRecorded(streamName, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
      requiresLeader: true,
    });
    return last
      ? { head: fromChainRecord(streamName, last), expectedState: last.revision }
      : { head: null, expectedState: NO_STREAM };
  }

  private async firstRecorded(streamName: string, options: ReadStreamOptions): Promise<RecordedEvent | null> {
    try {
      for await (const resolved of this.client.readStream(streamName, options))
        if (resolved.event) return resolved.event;
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return null;
  }

  private async readEnvelopes(streamName: string, options: ReadStreamOptions): Promise<EventEnvelope[]> {
    const envelopes: EventEnvelope[] = [];
    try {
      for await (const resolved of this.client.readStream(streamName, options)) {
        const envelope = resolved.event ? fromRecordedEvent(resolved.event) : null;
        if (envelope) envelopes.push(envelope);
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return envelopes;
  }

  async readStream(
    scope: TenantScope,
    tenantIdInput: TenantId,
    streamId: string,
    fromVersion = 1,
  ): Promise<EventEnvelope[]> {
    const tenantId = toTenantId(tenantIdInput);
    if (!scopeAllows(assertScope(scope), tenantId))
      throw new TenantRequiredError(`tenant ${tenantId} is outside the caller's scope`);
    const fromRevision = Number.isSafeInteger(fromVersion) && fromVersion > 1 ? BigInt(fromVersion - 1) : 0n;
    return this.readEnvelopes(toStreamName(tenantId, streamId), { fromRevision });
  }

  async readAll(scope: TenantScope, options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const checked = assertScope(scope);
    const fromPosition = options.fromPosition ?? 0;
    const limit = Math.min(Math.max(options.limit ?? DEFAULT_READ_LIMIT, 1), MAX_READ_LIMIT);
    const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
    const events: EventEnvelope[] = [];
    let nextPosition = fromPosition;
    // The read includes the event at fromPosition, which the port excludes: one more to fill the page.
    const source = this.client.readAll({
      fromPosition: toReadPosition(fromPosition),
      maxCount: limit + 1,
      filter: streamNameFilter({ prefixes: streamPrefixesOf(checked) }),
    });
    for await (const resolved of source) {
      const envelope = resolved.event ? fromRecordedEvent(resolved.event) : null;
      if (!envelope || envelope.globalPosition <= fromPosition) continue;
      // Past events of other types too, or a page of them only would never move the reader on.
      nextPosition = envelope.globalPosition;
      if (!types || types.has(envelope.type)) events.push(envelope);
      if (events.length >= limit) break;
    }
    return { events, nextPosition };
  }

  /**
   * A catch-up subscription to $all, filtered to the scope's streams: pages are what arrived
   * while the previous page was being handled, in order, one at a time. A dropped connection
   * ends it with an error in `done`; the caller resubscribes from its last position.
   */
  subscribe(scope: TenantScope, fromPosition: number, handler: SubscriptionHandler): Subscription {
    const checked = assertScope(scope);
    const source = this.client.subscribeToAll(
      { fromPosition: toReadPosition(fromPosition), filter: streamNameFilter({ prefixes: streamPrefixesOf(checked) }) },
      { highWaterMark: this.batchSize },
    );
    let stopped = false;
    const deliver = async (): Promise<void> => {
      let position = fromPosition;
      try {
        for await (const batch of batchesOf(source, this.batchSize)) {
          if (stopped) return;
          const events = batch
            .map((resolved) => (resolved.event ? fromRecordedEvent(resolved.event) : null))
            .filter((envelope): envelope is EventEnvelope => envelope !== null && envelope.globalPosition > position);
          if (events.length === 0) continue;
          position = (events.at(-1) as EventEnvelope).globalPosition;
          await handler({ events, nextPosition: position });
        }
      } finally {
        await source.unsubscribe().catch(() => undefined);
        source.destroy();
      }
    };
    const done = deliver();
    const subscription: Subscription = {
      done,
      stop: async () => {
        stopped = true;
        this.subscriptions.delete(subscription);
        source.destroy(); // wakes a delivery loop that waits for events
        await done.catch(() => undefined);
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * Recomputes a tenant's chain and compares it with the last chain record. Events are fed in
   * $all order, which is the tenant's sequence order for everything this adapter wrote (each
   * append extends the chain at the revision before it); anything else is reported as reordered,
   * inserted or missing by the verifier.
   */
  async verifyTenant(tenantIdInput: TenantId): Promise<VerificationResult> {
    const tenantId = toTenantId(tenantIdInput);
    const { head } = await this.chainTip(tenantId);
    const verifier = new ChainVerifier(head, head?.algorithm ?? this.defaultAlgorithm);
    for await (const resolved of this.client.readAll({
      filter: streamNameFilter({ prefixes: [tenantStreamPrefix(tenantId)] }),
      requiresLeader: true,
    })) {
      const envelope = resolved.event ? fromRecordedEvent(resolved.event) : null;
      if (envelope && !verifier.push(envelope)) break;
    }
    return verifier.finish();
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    if (this.ownsClient) await this.client.dispose();
  }
}
