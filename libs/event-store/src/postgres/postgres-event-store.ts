import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { systemClock, type Clock } from '@tongxin/kernel';
import {
  assertScope,
  scopeAllows,
  tenantScope,
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
import { computeEventHash, toHashAlgorithm, type HashAlgorithm } from '../hashing.js';
import { TenantQueue } from '../tenant-queue.js';
import { normaliseWrites } from '../validation.js';
import { ChainVerifier, type VerificationResult } from '../verification.js';
import { checkOut, isConnectionError } from './connection.js';
import { EVENT_ROW_SELECT } from './migrations.js';
import { inScopedTransaction } from './scoped-transaction.js';

export interface PostgresEventStoreOptions {
  readonly pool: pg.Pool;
  readonly clock?: Clock;
  /** Algorithm for new tenant chains; an existing chain keeps the one it was started with. */
  readonly hashAlgorithm?: HashAlgorithm;
  readonly pollIntervalMs?: number;
  readonly subscriptionBatchSize?: number;
  /** Test seam for crash and rollback tests: runs inside the append transaction, before commit. */
  readonly beforeCommit?: (tenantId: TenantId, events: readonly EventEnvelope[]) => Promise<void> | void;
}

/** What tongxin_append answers: done, a version conflict, or a newer chain head. */
interface AppendAnswer {
  readonly firstPosition?: number;
  readonly conflict?: { streamId: string; expectedVersion: number; actualVersion: number };
  readonly head?: ChainHeadRecord;
}

interface ChainHeadRecord {
  readonly algorithm: string;
  readonly lastSequence: number;
  readonly lastHash: string;
}

interface EventRow {
  global_position: string;
  tenant_id: string;
  tenant_sequence: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  event_type: string;
  schema_version: number;
  occurred_at: string;
  recorded_at: string;
  actor: EventEnvelope['actor'];
  command_id: string | null;
  correlation_id: string;
  causation_id: string | null;
  data: unknown;
  prev_hash: string;
  hash: string;
}

const APPEND = `select tongxin_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22) as answer`;

export function rowToEnvelope(row: EventRow): EventEnvelope {
  return {
    eventId: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    tenantId: row.tenant_id as TenantId,
    tenantSequence: Number(row.tenant_sequence),
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: Number(row.global_position),
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    actor: row.actor,
    commandId: row.command_id,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    data: row.data,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

// Another process may move a tenant's head between our read and our append; it rarely happens twice.
const MAX_APPEND_ATTEMPTS = 10;
const HEAD_CACHE_SIZE = 10_000;

function toResult(
  tenantId: TenantId,
  streamId: string,
  events: readonly EventEnvelope[],
  duplicate: boolean,
): AppendResult {
  const first = events[0];
  const last = events[events.length - 1];
  return {
    tenantId,
    streamId,
    nextExpectedVersion: last.streamVersion,
    firstPosition: first.globalPosition,
    lastPosition: last.globalPosition,
    duplicate,
    events,
  };
}

/**
 * A PostgreSQL array literal of values validated to hold no quote, backslash or brace (ids,
 * PascalCase types, hex hashes, ISO times, integers): quoting each is enough, and it spares the
 * driver escaping every element of a large batch.
 */
function arrayLiteral(values: readonly (string | number)[]): string {
  return `{${values.map((v) => `"${v}"`).join(',')}}`;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e?.code === '23505' && e.constraint === constraint;
}

/** The default event store: PostgreSQL with per-tenant hash chains and a gap-free global order. */
export class PostgresEventStore implements EventStore {
  private readonly pool: pg.Pool;
  private readonly clock: Clock;
  private readonly defaultAlgorithm: HashAlgorithm;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly notifications = new EventEmitter();
  /** The LISTEN connection, or the attempt to open it; null while none is wanted or a retry waits. */
  private listener: Promise<pg.PoolClient | null> | null = null;
  private listenerRetry: NodeJS.Timeout | null = null;
  private listenerFailures = 0;
  private readonly releasedListeners = new WeakSet<pg.PoolClient>();
  /** Set by close(): no new LISTEN connection after it (a late subscriber would leak one). */
  private closed = false;
  private readonly tenantQueue = new TenantQueue();
  private notifying: Promise<void> | null = null;
  private notifyAgain = false;
  /** Last known chain head per tenant, most recently used last. */
  private readonly heads = new Map<TenantId, ChainHeadRecord>();
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly options: PostgresEventStoreOptions) {
    this.pool = options.pool;
    this.clock = options.clock ?? systemClock;
    this.defaultAlgorithm = options.hashAlgorithm ?? 'sha256';
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.batchSize = options.subscriptionBatchSize ?? 1000;
    this.notifications.setMaxListeners(0);
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
    // Appends to one tenant are serialised by the database anyway; queueing them here keeps the
    // cached chain head right, so each append is a single round trip.
    return this.tenantQueue.run(tenantId, () => this.appendInOrder(tenantId, writes, metadata));
  }

  private async appendInOrder(
    tenantId: TenantId,
    writes: readonly StreamWrite[],
    metadata: AppendMetadata,
  ): Promise<AppendResult[]> {
    const normalised = normaliseWrites(writes, metadata);
    const expected = await this.numericVersions(tenantId, writes);
    const commandId = metadata.commandId ?? null;
    const eventIds = normalised.flat().map((e) => e.eventId);
    const correlationId = metadata.correlationId ?? commandId ?? eventIds[0];
    const actor = { userId: metadata.actor.userId, role: metadata.actor.role };
    const recordedAt = this.clock.now().toISOString();
    let head = this.heads.get(tenantId) ?? null;
    for (let attempt = 1; ; attempt += 1) {
      head ??= await this.loadHead(tenantId);
      // Hash against the head we believe in; the database checks it under the tenant lock.
      const algorithm = toHashAlgorithm(head.algorithm);
      let sequence = head.lastSequence;
      let prevHash = head.lastHash;
      const built = normalised.map((streamEvents, w) => {
        let version = expected[w];
        return streamEvents.map((event) => {
          const fields = {
            eventId: event.eventId,
            type: event.type,
            schemaVersion: event.schemaVersion,
            tenantId,
            tenantSequence: (sequence += 1),
            streamId: writes[w].streamId,
            streamVersion: (version += 1),
            occurredAt: event.occurredAt,
            recordedAt,
            actor,
            commandId,
            correlationId,
            causationId: metadata.causationId ?? null,
            data: event.data,
            prevHash,
          };
          prevHash = computeEventHash(fields, algorithm, event.canonicalData);
          return { fields, hash: prevHash, canonicalData: event.canonicalData };
        });
      });
      const flat = built.flat();
      const params = [
        tenantId,
        algorithm,
        head.lastSequence,
        head.lastHash,
        writes.map((w) => w.streamId),
        expected,
        commandId,
        actor,
        correlationId,
        metadata.causationId ?? null,
        recordedAt,
        arrayLiteral(flat.map((e) => e.fields.streamId)),
        arrayLiteral(flat.map((e) => e.fields.streamVersion)),
        arrayLiteral(flat.map((e) => e.fields.eventId)),
        arrayLiteral(flat.map((e) => e.fields.type)),
        arrayLiteral(flat.map((e) => e.fields.schemaVersion)),
        arrayLiteral(flat.map((e) => e.fields.occurredAt)),
        `[${flat.map((e) => e.canonicalData).join(',')}]`,
        arrayLiteral(flat.map((e) => e.fields.prevHash)),
        arrayLiteral(flat.map((e) => e.hash)),
        commandId !== null ? (metadata.fingerprint?.kind ?? null) : null,
        commandId !== null ? (metadata.fingerprint?.bodyHash ?? null) : null,
      ];
      let answer: AppendAnswer;
      try {
        answer = await this.callAppend(tenantId, params, (firstPosition) =>
          flat.map((e, i) => ({ ...e.fields, globalPosition: firstPosition + i, hash: e.hash })),
        );
      } catch (error) {
        // A retry of a stored command or of stored events: answer with what was stored first.
        if (!isUniqueViolation(error, 'events_event_id_key') && !isUniqueViolation(error, 'tongxin_commands_pkey'))
          throw error;
        const earlier = await this.retryOf(tenantId, writes, eventIds, commandId, metadata);
        if (earlier) return earlier;
        throw new IdempotencyKeyReusedError('an event id is already used by another tenant');
      }
      if (answer.head) {
        // Another writer moved the chain: re-hash against the head the database holds.
        this.heads.delete(tenantId);
        if (attempt >= MAX_APPEND_ATTEMPTS)
          throw new Error(`chain head of ${tenantId} kept moving; gave up after ${attempt} attempts`);
        head = {
          algorithm: answer.head.algorithm,
          lastSequence: Number(answer.head.lastSequence),
          lastHash: answer.head.lastHash,
        };
        continue;
      }
      if (answer.conflict) {
        // The versions moved: perhaps because this very command already ran (a retry).
        const earlier = await this.retryOf(tenantId, writes, eventIds, commandId, metadata);
        if (earlier) return earlier;
        const { streamId, expectedVersion, actualVersion } = answer.conflict;
        throw new StreamVersionConflictError(
          streamId,
          writes.find((w) => w.streamId === streamId)?.expectedVersion ?? expectedVersion,
          actualVersion,
        );
      }
      const first = Number(answer.firstPosition);
      this.wakeSubscribers();
      const last = flat[flat.length - 1];
      this.rememberHead(tenantId, { algorithm, lastSequence: last.fields.tenantSequence, lastHash: last.hash });
      let index = 0;
      return built.map((streamEvents, w) =>
        toResult(
          tenantId,
          writes[w].streamId,
          streamEvents.map((e) => ({ ...e.fields, globalPosition: first + index++, hash: e.hash })),
          false,
        ),
      );
    }
  }

  /**
   * Wakes subscribers (the projector) after a commit. Not inside the append: a transaction that
   * notifies takes a database-wide lock through its commit, which would serialise all appends.
   * Coalesced: at most one notification in flight, one more if appends came meanwhile. If the
   * process dies first, subscribers still poll.
   */
  private wakeSubscribers(): void {
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = this.pool
      .query("select pg_notify('tongxin_events', '')")
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.notifying = null;
        if (this.notifyAgain) {
          this.notifyAgain = false;
          this.wakeSubscribers();
        }
      });
  }

  /** One round trip in autocommit; with the test seam, an explicit transaction around it. */
  private async callAppend(
    tenantId: TenantId,
    params: unknown[],
    envelopes: (firstPosition: number) => EventEnvelope[],
  ): Promise<AppendAnswer> {
    if (!this.options.beforeCommit) {
      return (await this.pool.query<{ answer: AppendAnswer }>(APPEND, params)).rows[0]?.answer;
    }
    const checkedOut = await checkOut(this.pool);
    const client = checkedOut.client;
    try {
      await client.query('begin');
      const answer = (await client.query<{ answer: AppendAnswer }>(APPEND, params)).rows[0]?.answer;
      if (answer.firstPosition !== undefined)
        await this.options.beforeCommit(tenantId, envelopes(Number(answer.firstPosition)));
      await client.query('commit');
      return answer;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      this.heads.delete(tenantId);
      throw error;
    } finally {
      checkedOut.release();
    }
  }

  /** Callers that pass 'any' get the stream's current version (one read, then the usual check). */
  private async numericVersions(tenantId: TenantId, writes: readonly StreamWrite[]): Promise<number[]> {
    return Promise.all(
      writes.map(async (w) =>
        w.expectedVersion === 'any'
          ? ((await this.readStream(tenantScope(tenantId), tenantId, w.streamId)).at(-1)?.streamVersion ?? 0)
          : w.expectedVersion,
      ),
    );
  }

  private async loadHead(tenantId: TenantId): Promise<ChainHeadRecord> {
    const row = (
      await this.pool.query<{ head: ChainHeadRecord }>('select tongxin_chain_head($1, $2) as head', [
        tenantId,
        this.defaultAlgorithm,
      ])
    ).rows[0]?.head;
    return { algorithm: row.algorithm, lastSequence: Number(row.lastSequence), lastHash: row.lastHash };
  }

  /** A bounded cache of chain heads: a writer that appends to a tenant again needs no extra read. */
  private rememberHead(tenantId: TenantId, head: ChainHeadRecord): void {
    this.heads.delete(tenantId);
    this.heads.set(tenantId, head);
    if (this.heads.size > HEAD_CACHE_SIZE) this.heads.delete(this.heads.keys().next().value as TenantId);
  }

  /**
   * A refused append that may be a retry: with a command id, what the ledger holds under it —
   * its result if this is the same command (kind, target streams, body), else IDEMPOTENCY_KEY_REUSED
   * naming the first use; otherwise the events stored under these event ids.
   */
  private async retryOf(
    tenantId: TenantId,
    writes: readonly StreamWrite[],
    eventIds: readonly string[],
    commandId: string | null,
    metadata: AppendMetadata,
  ): Promise<AppendResult[] | null> {
    const first = commandId !== null ? await this.findCommand(tenantId, commandId) : null;
    if (!first) return this.earlierResult(tenantId, eventIds, commandId);
    const differences = commandDifferences(first, {
      fingerprint: metadata.fingerprint ?? null,
      streamIds: writes.map((w) => w.streamId),
    });
    if (differences.length > 0) throw IdempotencyKeyReusedError.firstUse(first, differences);
    return [...first.results];
  }

  async findCommand(tenantIdInput: TenantId, commandId: string): Promise<StoredCommand | null> {
    const tenantId = toTenantId(tenantIdInput);
    return inScopedTransaction(this.pool, tenantScope(tenantId), async (client) => {
      const ledger = await client.query<{
        command_kind: string | null;
        stream_ids: string[] | null;
        body_hash: string | null;
      }>('select command_kind, stream_ids, body_hash from tongxin_commands where tenant_id = $1 and command_id = $2', [
        tenantId,
        commandId,
      ]);
      const row = ledger.rows[0];
      if (!row) return null;
      const stored = await client.query<EventRow>(
        `select ${EVENT_ROW_SELECT} from events e where e.tenant_id = $1 and e.command_id = $2 order by e.global_position`,
        [tenantId, commandId],
      );
      const byStream = new Map<string, EventEnvelope[]>();
      for (const event of stored.rows.map(rowToEnvelope))
        byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
      const results = [...byStream].map(([streamId, events]) => toResult(tenantId, streamId, events, true));
      return {
        commandId,
        fingerprint:
          row.command_kind !== null && row.body_hash !== null
            ? { kind: row.command_kind, bodyHash: row.body_hash }
            : null,
        streamIds: row.stream_ids ?? [...byStream.keys()],
        recordedAt: results[0]?.events[0]?.recordedAt ?? '',
        results,
      };
    });
  }

  /**
   * A retry: the events the first attempt stored (by event id or command id), provided it really
   * is the same request; null when nothing of it was stored.
   */
  private async earlierResult(
    tenantId: TenantId,
    eventIds: readonly string[],
    commandId: string | null,
  ): Promise<AppendResult[] | null> {
    const rows = await inScopedTransaction(this.pool, tenantScope(tenantId), (client) =>
      client.query<EventRow>(
        `select ${EVENT_ROW_SELECT} from events e where e.tenant_id = $1 and (e.event_id = any($2::uuid[]) or ($3::text is not null and e.command_id = $3))
         order by e.global_position`,
        [tenantId, eventIds, commandId],
      ),
    );
    if (rows.rows.length === 0) return null;
    const events = rows.rows.map(rowToEnvelope);
    const sameCommand = commandId !== null && events.every((e) => e.commandId === commandId);
    const storedIds = new Set(events.map((e) => e.eventId));
    const sameEvents = storedIds.size === eventIds.length && eventIds.every((id) => storedIds.has(id));
    if (!sameCommand && !sameEvents) {
      throw new IdempotencyKeyReusedError('some event ids were already stored by a different command');
    }
    const byStream = new Map<string, EventEnvelope[]>();
    for (const event of events) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
    return [...byStream].map(([streamId, streamEvents]) => toResult(tenantId, streamId, streamEvents, true));
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
    const result = await this.pool.query<EventRow>('select * from tongxin_read_stream($1, $2, $3)', [
      tenantId,
      streamId,
      fromVersion,
    ]);
    return result.rows.map(rowToEnvelope);
  }

  async readAll(scope: TenantScope, options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const checked = assertScope(scope);
    const fromPosition = options.fromPosition ?? 0;
    const limit = Math.min(Math.max(options.limit ?? 1000, 1), 10000);
    const tenants = checked.kind === 'tenants' ? checked.tenantIds : [];
    const types = options.types && options.types.length > 0 ? options.types : null;
    const result = await this.pool.query<EventRow>('select * from tongxin_read_all($1, $2, $3, $4, $5)', [
      tenants,
      checked.kind === 'all-tenants',
      fromPosition,
      limit,
      types,
    ]);
    const events = result.rows.map(rowToEnvelope);
    const last = events[events.length - 1];
    return { events, nextPosition: last ? last.globalPosition : fromPosition };
  }

  subscribe(scope: TenantScope, fromPosition: number, handler: SubscriptionHandler): Subscription {
    const checked = assertScope(scope);
    let stopped = false;
    let wake: () => void = () => undefined;
    const onNotify = (): void => wake();
    this.notifications.on('events', onNotify);
    this.ensureListener(); // polling still works without LISTEN
    // Also ends at once when stop() came while a read was in flight (stop's wake() found no pause).
    const pause = (ms: number): Promise<void> =>
      new Promise<void>((resolve) => {
        if (stopped) return resolve();
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    const run = async (): Promise<void> => {
      let position = fromPosition;
      let failures = 0;
      try {
        while (!stopped) {
          let page: ReadAllPage;
          try {
            page = await this.readAll(checked, { fromPosition: position, limit: this.batchSize });
            failures = 0;
          } catch (error) {
            // The database is away (restart, failover, terminated backend): poll again with backoff.
            if (!isConnectionError(error)) throw error;
            failures += 1;
            await pause(backoff(failures, this.pollIntervalMs, MAX_POLL_BACKOFF_MS));
            continue;
          }
          if (page.events.length > 0) {
            await handler(page);
            position = page.nextPosition;
            continue;
          }
          await pause(this.pollIntervalMs);
        }
      } finally {
        this.notifications.off('events', onNotify);
      }
    };
    const done = run();
    const subscription: Subscription = {
      done,
      stop: async () => {
        stopped = true;
        wake();
        this.subscriptions.delete(subscription);
        await done.catch(() => undefined);
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Recomputes a tenant's chain and compares it with the head recorded at append time. */
  async verifyTenant(tenantIdInput: TenantId, pageSize = 5000): Promise<VerificationResult> {
    const tenantId = toTenantId(tenantIdInput);
    return inScopedTransaction(this.pool, tenantScope(tenantId), async (client) => {
      const head = (
        await client.query<{ hash_algorithm: string; last_sequence: string; last_hash: string }>(
          'select hash_algorithm, last_sequence, last_hash from tenant_chains where tenant_id = $1',
          [tenantId],
        )
      ).rows[0];
      const algorithm = toHashAlgorithm(head?.hash_algorithm ?? this.defaultAlgorithm);
      const verifier = new ChainVerifier(
        head ? { algorithm, lastSequence: Number(head.last_sequence), lastHash: head.last_hash } : null,
        algorithm,
      );
      let after = 0;
      for (;;) {
        const rows = (
          await client.query<EventRow>(
            `select ${EVENT_ROW_SELECT} from events e where e.tenant_id = $1 and e.tenant_sequence > $2 order by e.tenant_sequence limit $3`,
            [tenantId, after, pageSize],
          )
        ).rows;
        for (const row of rows) if (!verifier.push(rowToEnvelope(row))) break;
        if (rows.length < pageSize || verifier.failed) break;
        after = Number(rows[rows.length - 1].tenant_sequence);
      }
      return verifier.finish();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.notifyAgain = false;
    await this.notifying;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (this.listenerRetry) clearTimeout(this.listenerRetry);
    this.listenerRetry = null;
    const listener = this.listener;
    this.listener = null;
    const client = await listener;
    if (client) {
      await client.query('unlisten *').catch(() => undefined);
      this.releaseListener(client);
    }
  }

  /** Opens the LISTEN connection unless it is open, being opened, or waiting for its next attempt. */
  private ensureListener(): void {
    if (this.closed || this.listener || this.listenerRetry) return;
    this.listener = this.openListener();
  }

  private async openListener(): Promise<pg.PoolClient | null> {
    let client: pg.PoolClient | null = null;
    try {
      client = await this.pool.connect();
      const listening = client;
      // A terminated backend or a restart ends this connection: open another, with backoff.
      listening.on('error', (error: Error) => this.listenerLost(listening, error));
      listening.on('notification', () => this.notifications.emit('events'));
      await listening.query('listen tongxin_events');
      if (this.closed || this.releasedListeners.has(listening)) {
        this.releaseListener(listening);
        return null;
      }
      // Subscribers polled meanwhile; wake them now in case events came while nobody listened.
      if (this.listenerFailures > 0) this.notifications.emit('events');
      this.listenerFailures = 0;
      return listening;
    } catch (error) {
      if (client) this.releaseListener(client, error as Error);
      this.listener = null;
      this.retryListener();
      return null;
    }
  }

  private listenerLost(client: pg.PoolClient, error: Error): void {
    if (this.releasedListeners.has(client)) return;
    this.releaseListener(client, error);
    this.listener = null;
    this.retryListener();
  }

  private releaseListener(client: pg.PoolClient, error?: Error): void {
    if (this.releasedListeners.has(client)) return;
    this.releasedListeners.add(client);
    client.release(error ?? undefined);
  }

  private retryListener(): void {
    if (this.closed || this.listenerRetry || this.subscriptions.size === 0) return;
    this.listenerFailures += 1;
    const delay = backoff(this.listenerFailures, 100, MAX_LISTEN_BACKOFF_MS);
    this.listenerRetry = setTimeout(() => {
      this.listenerRetry = null;
      this.ensureListener();
    }, delay);
    this.listenerRetry.unref();
  }
}

const MAX_POLL_BACKOFF_MS = 1000;
const MAX_LISTEN_BACKOFF_MS = 5000;

/** Exponential backoff with jitter: base·2^(n-1), at most `max`, between 50% and 100% of that. */
function backoff(failures: number, base: number, max: number): number {
  const ceiling = Math.min(max, base * 2 ** Math.min(failures - 1, 20));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
