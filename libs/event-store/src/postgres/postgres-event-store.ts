import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { systemClock, type Clock } from '@tongxin/kernel';
import { assertScope, scopeAllows, tenantScope, TenantRequiredError, toTenantId, type TenantId, type TenantScope } from '@tongxin/tenancy';
import type { AppendMetadata, AppendResult, EventEnvelope, ExpectedVersion, NewEvent, StreamWrite } from '../envelope.js';
import { IdempotencyKeyReusedError, StreamVersionConflictError } from '../errors.js';
import type { EventStore, ReadAllOptions, ReadAllPage, Subscription, SubscriptionHandler } from '../event-store.port.js';
import { computeEventHash, toHashAlgorithm, type HashAlgorithm } from '../hashing.js';
import { normaliseWrites } from '../validation.js';
import { ChainVerifier, type VerificationResult } from '../verification.js';
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

interface PrepareResult {
  readonly existingPositions?: readonly number[];
  readonly conflict?: { streamId: string; expectedVersion: number; actualVersion: number };
  readonly versions?: readonly number[];
  readonly algorithm?: string;
  readonly lastSequence?: number;
  readonly lastHash?: string;
  readonly firstPosition?: number;
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
  occurred_at: Date;
  recorded_at: Date;
  actor: EventEnvelope['actor'];
  command_id: string | null;
  correlation_id: string;
  causation_id: string | null;
  data: unknown;
  prev_hash: string;
  hash: string;
}

const EVENT_COLUMNS = `global_position, tenant_id, tenant_sequence, stream_id, stream_version, event_id, event_type,
  schema_version, occurred_at, recorded_at, actor, command_id, correlation_id, causation_id, data, prev_hash, hash`;

// Only transactions older than every running one are visible: see tongxin_reserve_positions.
const VISIBLE = 'transaction_id < pg_snapshot_xmin(pg_current_snapshot())';

const INSERT_EVENTS = `
with inserted as (
  insert into events (${EVENT_COLUMNS})
  select * from jsonb_to_recordset($1::jsonb) as e(
    global_position bigint, tenant_id text, tenant_sequence bigint, stream_id text, stream_version integer,
    event_id uuid, event_type text, schema_version integer, occurred_at timestamptz, recorded_at timestamptz,
    actor jsonb, command_id text, correlation_id text, causation_id text, data jsonb, prev_hash text, hash text)
  returning 1
)
insert into tenant_chains (tenant_id, hash_algorithm, last_sequence, last_hash, last_position)
select $2, $3, $4, $5, $6 where (select count(*) from inserted) > 0
on conflict (tenant_id) do update set
  last_sequence = excluded.last_sequence, last_hash = excluded.last_hash, last_position = excluded.last_position`;

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
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
    actor: row.actor,
    commandId: row.command_id,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    data: row.data,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function envelopeToRow(event: EventEnvelope): Record<string, unknown> {
  return {
    global_position: event.globalPosition,
    tenant_id: event.tenantId,
    tenant_sequence: event.tenantSequence,
    stream_id: event.streamId,
    stream_version: event.streamVersion,
    event_id: event.eventId,
    event_type: event.type,
    schema_version: event.schemaVersion,
    occurred_at: event.occurredAt,
    recorded_at: event.recordedAt,
    actor: event.actor,
    command_id: event.commandId,
    correlation_id: event.correlationId,
    causation_id: event.causationId,
    data: event.data,
    prev_hash: event.prevHash,
    hash: event.hash,
  };
}

function toResult(tenantId: TenantId, streamId: string, events: readonly EventEnvelope[], duplicate: boolean): AppendResult {
  const first = events[0] as EventEnvelope;
  const last = events[events.length - 1] as EventEnvelope;
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
  private listener: Promise<pg.PoolClient> | null = null;
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
    return result as AppendResult;
  }

  async appendBatch(tenantIdInput: TenantId, writes: readonly StreamWrite[], metadata: AppendMetadata): Promise<AppendResult[]> {
    const tenantId = toTenantId(tenantIdInput);
    const normalised = normaliseWrites(writes, metadata);
    const eventIds = normalised.flat().map((e) => e.eventId);
    const commandId = metadata.commandId ?? null;
    const client = await this.pool.connect();
    let inTransaction = false;
    try {
      await client.query('begin');
      inTransaction = true;
      const prepared = (
        await client.query<{ p: PrepareResult }>('select tongxin_prepare_append($1, $2, $3, $4, $5, $6, $7) as p', [
          tenantId,
          writes.map((w) => w.streamId),
          writes.map((w) => (w.expectedVersion === 'any' ? -1 : w.expectedVersion)),
          eventIds,
          commandId,
          eventIds.length,
          this.defaultAlgorithm,
        ])
      ).rows[0]?.p as PrepareResult;

      if (prepared.existingPositions) {
        // Read inside the transaction: its row-level-security scope is this tenant.
        const original = await this.originalResult(client, tenantId, prepared.existingPositions, eventIds, commandId);
        await client.query('rollback');
        inTransaction = false;
        return original;
      }
      if (prepared.conflict) {
        const { streamId, expectedVersion, actualVersion } = prepared.conflict;
        throw new StreamVersionConflictError(streamId, expectedVersion, actualVersion);
      }

      const algorithm = toHashAlgorithm(prepared.algorithm);
      const recordedAt = this.clock.now().toISOString();
      const correlationId = metadata.correlationId ?? commandId ?? (eventIds[0] as string);
      let sequence = Number(prepared.lastSequence);
      let prevHash = prepared.lastHash as string;
      let position = Number(prepared.firstPosition);
      const stored: EventEnvelope[][] = normalised.map((streamEvents, w) => {
        let version = Number(prepared.versions?.[w]);
        return streamEvents.map((event) => {
          sequence += 1;
          version += 1;
          const fields = {
            eventId: event.eventId,
            type: event.type,
            schemaVersion: event.schemaVersion,
            tenantId,
            tenantSequence: sequence,
            streamId: (writes[w] as StreamWrite).streamId,
            streamVersion: version,
            globalPosition: position++,
            occurredAt: event.occurredAt,
            recordedAt,
            actor: { userId: metadata.actor.userId, role: metadata.actor.role },
            commandId,
            correlationId,
            causationId: metadata.causationId ?? null,
            data: event.data,
            prevHash,
          };
          const envelope: EventEnvelope = { ...fields, hash: computeEventHash(fields, algorithm) };
          prevHash = envelope.hash;
          return envelope;
        });
      });
      const all = stored.flat();
      const last = all[all.length - 1] as EventEnvelope;
      await client.query(INSERT_EVENTS, [
        JSON.stringify(all.map(envelopeToRow)),
        tenantId,
        algorithm,
        last.tenantSequence,
        last.hash,
        last.globalPosition,
      ]);
      await this.options.beforeCommit?.(tenantId, all);
      await client.query('commit');
      inTransaction = false;
      return stored.map((events, w) => toResult(tenantId, (writes[w] as StreamWrite).streamId, events, false));
    } catch (error) {
      if (inTransaction) await client.query('rollback').catch(() => undefined);
      if (isUniqueViolation(error, 'events_event_id_key')) {
        throw new IdempotencyKeyReusedError('an event id is already used by another tenant');
      }
      throw error;
    } finally {
      client.release();
    }
  }

  /** A retry: give back what the first call wrote, provided it really is the same request. */
  private async originalResult(
    client: pg.PoolClient,
    tenantId: TenantId,
    positions: readonly number[],
    eventIds: readonly string[],
    commandId: string | null,
  ): Promise<AppendResult[]> {
    const rows = await client.query<EventRow>(
      `select ${EVENT_COLUMNS} from events where tenant_id = $1 and global_position = any($2::bigint[]) order by global_position`,
      [tenantId, positions],
    );
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

  async readStream(scope: TenantScope, tenantIdInput: TenantId, streamId: string, fromVersion = 1): Promise<EventEnvelope[]> {
    const tenantId = toTenantId(tenantIdInput);
    if (!scopeAllows(assertScope(scope), tenantId)) throw new TenantRequiredError(`tenant ${tenantId} is outside the caller's scope`);
    const result = await inScopedTransaction(this.pool, tenantScope(tenantId), (client) =>
      client.query<EventRow>(
        `select ${EVENT_COLUMNS} from events where tenant_id = $1 and stream_id = $2 and stream_version >= $3 order by stream_version`,
        [tenantId, streamId, fromVersion],
      ),
    );
    return result.rows.map(rowToEnvelope);
  }

  async readAll(scope: TenantScope, options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const checked = assertScope(scope);
    const fromPosition = options.fromPosition ?? 0;
    const params: unknown[] = [fromPosition, Math.min(Math.max(options.limit ?? 1000, 1), 10000)];
    // One tenant's appends are serialised by its lock from position reservation to commit, so
    // its positions become visible in order. Across tenants they do not: hold back rows of
    // transactions that may still have lower positions in flight.
    const singleTenant = checked.kind === 'tenants' && checked.tenantIds.length === 1;
    let where = singleTenant ? 'global_position > $1' : `global_position > $1 and ${VISIBLE}`;
    if (checked.kind === 'tenants') {
      params.push(checked.tenantIds);
      where += ` and tenant_id = any($${params.length}::text[])`;
    }
    if (options.types && options.types.length > 0) {
      params.push(options.types);
      where += ` and event_type = any($${params.length}::text[])`;
    }
    const result = await inScopedTransaction(this.pool, checked, (client) =>
      client.query<EventRow>(`select ${EVENT_COLUMNS} from events where ${where} order by global_position limit $2`, params),
    );
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
    void this.ensureListener().catch(() => undefined); // polling still works without LISTEN
    const run = async (): Promise<void> => {
      let position = fromPosition;
      try {
        while (!stopped) {
          const page = await this.readAll(checked, { fromPosition: position, limit: this.batchSize });
          if (page.events.length > 0) {
            await handler(page);
            position = page.nextPosition;
            continue;
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, this.pollIntervalMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
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
            `select ${EVENT_COLUMNS} from events where tenant_id = $1 and tenant_sequence > $2 order by tenant_sequence limit $3`,
            [tenantId, after, pageSize],
          )
        ).rows;
        for (const row of rows) if (!verifier.push(rowToEnvelope(row))) break;
        if (rows.length < pageSize || verifier.failed) break;
        after = Number((rows[rows.length - 1] as EventRow).tenant_sequence);
      }
      return verifier.finish();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    const listener = this.listener;
    this.listener = null;
    if (listener) {
      const client = await listener.catch(() => null);
      if (client) {
        await client.query('unlisten *').catch(() => undefined);
        client.release();
      }
    }
  }

  private ensureListener(): Promise<pg.PoolClient> {
    if (!this.listener) {
      this.listener = this.pool.connect().then(async (client) => {
        client.on('notification', () => this.notifications.emit('events'));
        await client.query('listen tongxin_events');
        return client;
      });
      this.listener.catch(() => {
        this.listener = null;
      });
    }
    return this.listener;
  }
}
