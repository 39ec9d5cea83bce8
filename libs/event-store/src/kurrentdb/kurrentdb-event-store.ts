import { BACKWARDS, END, FORWARDS, jsonEvent, KurrentDBClient, NO_STREAM, START, streamNameFilter, StreamNotFoundError, WrongExpectedVersionError, type AppendStreamState } from '@kurrent/kurrentdb-client';
import { systemClock, type AppendMetadata, type AppendResult, type Clock, type EventEnvelope, type ExpectedVersion, type NewEvent, type StreamWrite, type TenantId } from '@tongxin/kernel';
import { assertScope, scopeAllows, TenantRequiredError, toTenantId, type TenantScope } from '@tongxin/tenancy';
import { StreamVersionConflictError } from '../errors.js';
import type { EventStore, ReadAllOptions, ReadAllPage, Subscription, SubscriptionHandler } from '../event-store.port.js';
import { computeEventHash, GENESIS_HASH, toHashAlgorithm, type HashAlgorithm } from '../hashing.js';
import { normaliseWrites } from '../validation.js';
import { ChainVerifier, type VerificationResult } from '../verification.js';
import { chainStreamName, commandStreamName, fromRecorded, tenantStreamPrefix, toEventData, toStreamName, toStreamState, versionOfRevision } from './mapping.js';

interface ChainHead {
  readonly algorithm: HashAlgorithm;
  readonly lastSequence: number;
  readonly lastHash: string;
  /** Revision of the chain stream, the optimistic lock of the tenant. */
  readonly revision: AppendStreamState;
}

const MAX_CHAIN_ATTEMPTS = 10;

/**
 * The EventStore port over KurrentDB (the maintained successor of EventStoreDB). Every append
 * is one atomic multi-stream append: the events, the tenant's chain record (expected revision =
 * the head we hashed against, so a tenant's writers serialise), and, with a command id, a marker
 * stream that makes retries return the original result. Needs KurrentDB 25.1+ (multi-stream
 * appends). UNVERIFIED here: no server can run on our machines; its contract suite runs when
 * EVENTSTORE_URL is set.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly client: KurrentDBClient;
  private readonly subscriptions = new Set<Subscription>();

  constructor(
    connectionString: string,
    private readonly clock: Clock = systemClock,
    private readonly defaultAlgorithm: HashAlgorithm = 'sha256',
  ) {
    this.client = KurrentDBClient.connectionString`${connectionString}`;
  }

  append(tenantId: TenantId, streamId: string, expectedVersion: ExpectedVersion, events: readonly NewEvent[], metadata: AppendMetadata): Promise<AppendResult> {
    return this.appendBatch(tenantId, [{ streamId, expectedVersion, events }], metadata).then((results) => results[0] as AppendResult);
  }

  async appendBatch(tenantIdInput: TenantId, writes: readonly StreamWrite[], metadata: AppendMetadata): Promise<AppendResult[]> {
    const tenantId = toTenantId(tenantIdInput);
    const normalised = normaliseWrites(writes, metadata);
    const commandId = metadata.commandId ?? null;
    if (commandId) {
      const original = await this.originalResult(tenantId, commandId);
      if (original) return original;
    }
    const versions = await Promise.all(writes.map((w) => (w.expectedVersion === 'any' ? this.currentVersion(tenantId, w.streamId) : Promise.resolve(w.expectedVersion))));
    const recordedAt = this.clock.now().toISOString();
    const correlationId = metadata.correlationId ?? commandId ?? (normalised[0]?.[0]?.eventId as string);
    for (let attempt = 1; ; attempt += 1) {
      const head = await this.chainHead(tenantId);
      let sequence = head.lastSequence;
      let prevHash = head.lastHash;
      const envelopes = normalised.map((events, w) => {
        let version = versions[w] as number;
        return events.map((event) => {
          const fields = {
            eventId: event.eventId, type: event.type, schemaVersion: event.schemaVersion, tenantId, tenantSequence: (sequence += 1),
            streamId: (writes[w] as StreamWrite).streamId, streamVersion: (version += 1), occurredAt: event.occurredAt, recordedAt,
            actor: { userId: metadata.actor.userId, role: metadata.actor.role }, commandId, correlationId,
            causationId: metadata.causationId ?? null, data: event.data, prevHash,
          };
          prevHash = computeEventHash(fields, head.algorithm, event.canonicalData);
          return { ...fields, hash: prevHash };
        });
      });
      const requests = [
        ...envelopes.map((events, w) => ({
          streamName: toStreamName(tenantId, (writes[w] as StreamWrite).streamId),
          events: events.map(toEventData),
          expectedState: toStreamState(versions[w] as number),
        })),
        {
          streamName: chainStreamName(tenantId),
          events: [jsonEvent({ type: 'ChainAdvanced', data: { algorithm: head.algorithm, lastSequence: sequence, lastHash: prevHash } })],
          expectedState: head.revision,
        },
        ...(commandId ? [{ streamName: commandStreamName(tenantId, commandId), events: [jsonEvent({ type: 'CommandRecorded', data: { eventIds: envelopes.flat().map((e) => e.eventId) } })], expectedState: NO_STREAM }] : []),
      ];
      try {
        const result = await this.client.multiStreamAppend(requests as never);
        // One commit position for the whole atomic append; events keep their order within it.
        const position = Number(result.position);
        return envelopes.map((events, w) => {
          const stored = events.map((e) => ({ ...e, globalPosition: position }));
          return { tenantId, streamId: (writes[w] as StreamWrite).streamId, nextExpectedVersion: (versions[w] as number) + events.length, firstPosition: position, lastPosition: position, duplicate: false, events: stored };
        });
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (error.streamName === chainStreamName(tenantId) && attempt < MAX_CHAIN_ATTEMPTS) continue; // another writer moved the chain
        if (commandId && error.streamName === commandStreamName(tenantId, commandId)) {
          const original = await this.originalResult(tenantId, commandId);
          if (original) return original;
        }
        const write = writes.find((w) => toStreamName(tenantId, w.streamId) === error.streamName);
        if (!write) throw error;
        const actual = typeof error.actualState === 'bigint' ? versionOfRevision(error.actualState) : 0;
        throw new StreamVersionConflictError(write.streamId, write.expectedVersion, actual);
      }
    }
  }

  async readStream(scope: TenantScope, tenantIdInput: TenantId, streamId: string, fromVersion = 1): Promise<EventEnvelope[]> {
    const tenantId = toTenantId(tenantIdInput);
    if (!scopeAllows(assertScope(scope), tenantId)) throw new TenantRequiredError(`tenant ${tenantId} is outside the caller's scope`);
    const out: EventEnvelope[] = [];
    try {
      for await (const resolved of this.client.readStream(toStreamName(tenantId, streamId), { fromRevision: BigInt(Math.max(fromVersion, 1) - 1), direction: FORWARDS })) {
        const envelope = resolved.event ? fromRecorded({ ...resolved.event, ...(resolved.commitPosition !== undefined ? { commitPosition: resolved.commitPosition } : {}) }) : null;
        if (envelope) out.push(envelope);
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return out;
  }

  async readAll(scope: TenantScope, options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const checked = assertScope(scope);
    const from = options.fromPosition ?? 0;
    const limit = Math.min(Math.max(options.limit ?? 1000, 1), 10000);
    const prefixes = checked.kind === 'tenants' ? checked.tenantIds.map(tenantStreamPrefix) : ['tenant-'];
    const events: EventEnvelope[] = [];
    const fromPosition = from === 0 ? START : { commit: BigInt(from), prepare: BigInt(from) };
    for await (const resolved of this.client.readAll({ fromPosition, direction: FORWARDS, maxCount: limit + 1, filter: streamNameFilter({ prefixes }) })) {
      if (!resolved.event) continue;
      const envelope = fromRecorded({ ...resolved.event, commitPosition: resolved.event.position.commit });
      if (!envelope || envelope.globalPosition <= from) continue; // positions are exclusive
      if (options.types && !options.types.includes(envelope.type)) continue;
      events.push(envelope);
      if (events.length >= limit) break;
    }
    return { events, nextPosition: events.at(-1)?.globalPosition ?? from };
  }

  subscribe(scope: TenantScope, fromPosition: number, handler: SubscriptionHandler): Subscription {
    const checked = assertScope(scope);
    const prefixes = checked.kind === 'tenants' ? checked.tenantIds.map(tenantStreamPrefix) : ['tenant-'];
    const source = this.client.subscribeToAll({ fromPosition: fromPosition === 0 ? START : { commit: BigInt(fromPosition), prepare: BigInt(fromPosition) }, filter: streamNameFilter({ prefixes }) });
    const done = (async () => {
      for await (const resolved of source) {
        if (!resolved.event) continue;
        const envelope = fromRecorded({ ...resolved.event, commitPosition: resolved.event.position.commit });
        if (envelope && envelope.globalPosition > fromPosition) await handler({ events: [envelope], nextPosition: envelope.globalPosition });
      }
    })();
    const subscription: Subscription = {
      done,
      stop: async () => {
        this.subscriptions.delete(subscription);
        await source.unsubscribe();
        await done.catch(() => undefined);
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Recomputes a tenant's chain from its events in $all and compares it with the last chain record. */
  async verifyTenant(tenantIdInput: TenantId): Promise<VerificationResult> {
    const tenantId = toTenantId(tenantIdInput);
    const head = await this.chainHead(tenantId);
    const events: EventEnvelope[] = [];
    for await (const resolved of this.client.readAll({ fromPosition: START, direction: FORWARDS, filter: streamNameFilter({ prefixes: [tenantStreamPrefix(tenantId)] }) })) {
      const envelope = resolved.event ? fromRecorded({ ...resolved.event, commitPosition: resolved.event.position.commit }) : null;
      if (envelope) events.push(envelope);
    }
    events.sort((a, b) => a.tenantSequence - b.tenantSequence);
    const verifier = new ChainVerifier(head.lastSequence > 0 ? head : null, head.algorithm);
    for (const event of events) if (!verifier.push(event)) break;
    return verifier.finish();
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.client.dispose();
  }

  private async chainHead(tenantId: TenantId): Promise<ChainHead> {
    try {
      for await (const resolved of this.client.readStream(chainStreamName(tenantId), { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
        const data = resolved.event?.data as { algorithm: string; lastSequence: number; lastHash: string } | undefined;
        if (data && resolved.event) return { algorithm: toHashAlgorithm(data.algorithm), lastSequence: data.lastSequence, lastHash: data.lastHash, revision: resolved.event.revision };
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return { algorithm: this.defaultAlgorithm, lastSequence: 0, lastHash: GENESIS_HASH, revision: NO_STREAM };
  }

  private async currentVersion(tenantId: TenantId, streamId: string): Promise<number> {
    const events = await this.readStream({ kind: 'tenants', tenantIds: [tenantId] }, tenantId, streamId);
    return events.at(-1)?.streamVersion ?? 0;
  }

  /** The events a command wrote, read back through its marker stream; null when it never ran. */
  private async originalResult(tenantId: TenantId, commandId: string): Promise<AppendResult[] | null> {
    let eventIds: string[] | null = null;
    try {
      for await (const resolved of this.client.readStream(commandStreamName(tenantId, commandId), { fromRevision: START, maxCount: 1 })) {
        eventIds = (resolved.event?.data as { eventIds: string[] } | undefined)?.eventIds ?? null;
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    if (!eventIds) return null;
    const wanted = new Set(eventIds);
    const found: EventEnvelope[] = [];
    for await (const resolved of this.client.readAll({ fromPosition: START, direction: FORWARDS, filter: streamNameFilter({ prefixes: [tenantStreamPrefix(tenantId)] }) })) {
      const envelope = resolved.event ? fromRecorded({ ...resolved.event, commitPosition: resolved.event.position.commit }) : null;
      if (envelope && wanted.has(envelope.eventId)) found.push(envelope);
    }
    const byStream = new Map<string, EventEnvelope[]>();
    for (const e of found) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e]);
    return [...byStream].map(([streamId, events]) => ({
      tenantId,
      streamId,
      nextExpectedVersion: events.at(-1)?.streamVersion ?? 0,
      firstPosition: events[0]?.globalPosition ?? 0,
      lastPosition: events.at(-1)?.globalPosition ?? 0,
      duplicate: true,
      events,
    }));
  }
}
