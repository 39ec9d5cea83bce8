import {
  jsonEvent,
  NO_STREAM,
  START,
  type AppendStreamState,
  type CurrentStreamState,
  type EventData,
  type ReadPosition,
} from '@kurrent/kurrentdb-client';
import type { Actor, CommandFingerprint, EventEnvelope } from '@tongxin/kernel';
import { TenantRequiredError, toTenantId, type TenantId, type TenantScope } from '@tongxin/tenancy';
import { toHashAlgorithm } from '../hashing.js';
import type { ChainHead } from '../verification.js';
import { GlobalPositionError, UnreadableEventError } from './errors.js';

/*
 * Pure mapping between Tongxin's envelope and KurrentDB streams, events and positions.
 *
 * Stream names are `tenant-<tenantId>.<streamId>`. Tenant ids match /^[a-z0-9][a-z0-9_-]{0,63}$/
 * and so never contain a dot, while stream ids may contain dots and dashes: the FIRST dot after
 * `tenant-` therefore ends the tenant id, unambiguously. The same dot makes `tenant-<tenantId>.`
 * a prefix that selects exactly one tenant in $all (`tenant-c-a.` is not a prefix of
 * `tenant-c-ab.x`), and `tenant-` selects every tenant. The `tenant-` namespace belongs to this
 * store: nothing else may write streams named like that into the same database.
 */

export const TENANT_STREAM_PREFIX = 'tenant-';

export function tenantStreamPrefix(tenantId: TenantId): string {
  return `${TENANT_STREAM_PREFIX}${tenantId}.`;
}

export function toStreamName(tenantId: TenantId, streamId: string): string {
  return `${tenantStreamPrefix(tenantId)}${streamId}`;
}

/** The tenant and stream of a stream name; null for streams that are not tenant streams. */
export function parseStreamName(name: string): { tenantId: TenantId; streamId: string } | null {
  if (!name.startsWith(TENANT_STREAM_PREFIX)) return null;
  const rest = name.slice(TENANT_STREAM_PREFIX.length);
  const dot = rest.indexOf('.');
  if (dot < 0 || dot === rest.length - 1) return null;
  try {
    return { tenantId: toTenantId(rest.slice(0, dot)), streamId: rest.slice(dot + 1) };
  } catch (error) {
    if (error instanceof TenantRequiredError) return null;
    throw error;
  }
}

/** The $all stream-name prefixes a scope may read. */
export function streamPrefixesOf(scope: TenantScope): string[] {
  return scope.kind === 'all-tenants' ? [TENANT_STREAM_PREFIX] : scope.tenantIds.map(tenantStreamPrefix);
}

/**
 * One record per append says where the tenant's hash chain stands. Appending it with the
 * revision we hashed against makes concurrent writers of one tenant serialise optimistically.
 * Outside `tenant-`, so tenant reads never see it.
 */
export function chainStreamName(tenantId: TenantId): string {
  return `tongxin-chain-${tenantId}`;
}

/** Written once, atomically with a command's events: a retry finds it and returns the original result. */
export function commandStreamName(tenantId: TenantId, commandId: string): string {
  return `tongxin-command-${tenantId}.${commandId}`;
}

/**
 * Our versions count events (0 = no stream); KurrentDB revisions are 0-based, so version v is
 * revision v - 1. There is deliberately no mapping of 'any' to ANY: the stream version is part
 * of the hashed envelope, so an 'any' write is pinned to the version it was hashed against.
 */
export function toExpectedState(version: number): AppendStreamState {
  return version === 0 ? NO_STREAM : BigInt(version - 1);
}

/** The version of a stream the server reports (deleted streams report negative revisions). */
export function versionOfState(state: CurrentStreamState): number {
  return state === NO_STREAM || state < 0n ? 0 : Number(state) + 1;
}

/** $all commit positions are unsigned 64-bit; a `number` holds them exactly only up to 2^53 - 1. */
export function toGlobalPosition(commitPosition: bigint): number {
  if (commitPosition < 0n || commitPosition > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new GlobalPositionError(String(commitPosition), 'outside 0..2^53-1');
  }
  return Number(commitPosition);
}

/**
 * Where to start reading $all. Every event this adapter writes commits itself, so its commit and
 * prepare positions are both its log position: a global position names it fully. Reads from a
 * position include the event there; callers skip it (fromPosition is exclusive in the port).
 */
export function toReadPosition(globalPosition: number): ReadPosition {
  if (!Number.isSafeInteger(globalPosition) || globalPosition < 0) {
    throw new GlobalPositionError(String(globalPosition), 'must be a non-negative integer');
  }
  if (globalPosition === 0) return START;
  const position = BigInt(globalPosition);
  return { commit: position, prepare: position };
}

/**
 * KurrentDB's multi-stream append takes metadata as string values only, so each envelope field
 * is one string property; the server adds its own `$schema.*` keys, which reading ignores.
 * `$correlationId` and `$causationId` repeat two fields under the names KurrentDB's projections know.
 */
export type EnvelopeMetadata = Readonly<Record<string, string>>;

export function toEventData(envelope: Omit<EventEnvelope, 'globalPosition'>): EventData {
  const metadata: Record<string, string> = {
    tenantId: envelope.tenantId,
    tenantSequence: String(envelope.tenantSequence),
    streamVersion: String(envelope.streamVersion),
    schemaVersion: String(envelope.schemaVersion),
    occurredAt: envelope.occurredAt,
    recordedAt: envelope.recordedAt,
    actor: JSON.stringify({ userId: envelope.actor.userId, role: envelope.actor.role }),
    correlationId: envelope.correlationId,
    $correlationId: envelope.correlationId,
    prevHash: envelope.prevHash,
    hash: envelope.hash,
  };
  if (envelope.commandId !== null) metadata.commandId = envelope.commandId;
  if (envelope.causationId !== null) {
    metadata.causationId = envelope.causationId;
    metadata.$causationId = envelope.causationId;
  }
  return {
    id: envelope.eventId,
    contentType: 'application/json',
    type: envelope.type,
    data: envelope.data as Record<string, unknown>,
    metadata,
  };
}

/** The parts of a client RecordedEvent the mapping reads. */
export interface RecordedEventLike {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: { readonly commit: bigint };
}

/**
 * A recorded event back to the envelope. Null for what is not ours to read: streams outside
 * `tenant-` and server-written `$` events (such as a deletion marker). A tenant-stream event
 * that does not decode, or whose metadata names another tenant, is refused, not skipped:
 * skipping would hide exactly what tamper evidence is for.
 */
export function fromRecordedEvent(recorded: RecordedEventLike): EventEnvelope | null {
  const stream = parseStreamName(recorded.streamId);
  if (!stream || recorded.type.startsWith('$')) return null;
  const unreadable = (detail: string): UnreadableEventError =>
    new UnreadableEventError(recorded.streamId, recorded.id, detail);
  const metadata = recorded.metadata;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata) || metadata instanceof Uint8Array)
    throw unreadable('no JSON metadata');
  const fields = metadata as Record<string, unknown>;
  const text = (key: string): string => {
    const value = fields[key];
    if (typeof value !== 'string') throw unreadable(`metadata ${key} is missing`);
    return value;
  };
  const optionalText = (key: string): string | null => (key in fields ? text(key) : null);
  const count = (key: string): number => {
    const value = text(key);
    if (!/^[1-9][0-9]{0,15}$/.test(value) || !Number.isSafeInteger(Number(value)))
      throw unreadable(`metadata ${key} is not a positive integer`);
    return Number(value);
  };
  if (text('tenantId') !== stream.tenantId)
    throw unreadable(`metadata names tenant ${text('tenantId')}, the stream belongs to ${stream.tenantId}`);
  if (!recorded.position) throw unreadable('the server sent no position');
  return {
    eventId: recorded.id,
    type: recorded.type,
    schemaVersion: count('schemaVersion'),
    tenantId: stream.tenantId,
    tenantSequence: count('tenantSequence'),
    streamId: stream.streamId,
    streamVersion: count('streamVersion'),
    globalPosition: toGlobalPosition(recorded.position.commit),
    occurredAt: text('occurredAt'),
    recordedAt: text('recordedAt'),
    actor: parseActor(text('actor'), unreadable),
    commandId: optionalText('commandId'),
    correlationId: text('correlationId'),
    causationId: optionalText('causationId'),
    data: recorded.data,
    prevHash: text('prevHash'),
    hash: text('hash'),
  };
}

function parseActor(json: string, unreadable: (detail: string) => Error): Actor {
  let actor: unknown;
  try {
    actor = JSON.parse(json);
  } catch {
    throw unreadable('metadata actor is not JSON');
  }
  const { userId, role } = (actor ?? {}) as Partial<Actor>;
  if (typeof userId !== 'string' || typeof role !== 'string') throw unreadable('metadata actor needs userId and role');
  return { userId, role };
}

export const CHAIN_RECORD_TYPE = 'TenantChainAdvanced';

export function toChainRecord(head: ChainHead): EventData {
  return jsonEvent({
    type: CHAIN_RECORD_TYPE,
    data: { algorithm: head.algorithm, lastSequence: head.lastSequence, lastHash: head.lastHash },
  });
}

export function fromChainRecord(
  streamName: string,
  recorded: { readonly id: string; readonly data: unknown },
): ChainHead {
  const { algorithm, lastSequence, lastHash } = (recorded.data ?? {}) as Record<string, unknown>;
  if (!Number.isSafeInteger(lastSequence) || (lastSequence as number) < 1 || typeof lastHash !== 'string') {
    throw new UnreadableEventError(streamName, recorded.id, 'not a chain record');
  }
  return { algorithm: toHashAlgorithm(algorithm), lastSequence: lastSequence as number, lastHash };
}

/** Where a command's events went: enough to read its original result back. */
export interface CommandWrite {
  readonly streamId: string;
  readonly firstVersion: number;
  readonly eventCount: number;
}

export const COMMAND_RECORD_TYPE = 'CommandRecorded';

export function toCommandRecord(
  writes: readonly CommandWrite[],
  fingerprint: CommandFingerprint | null = null,
): EventData {
  return jsonEvent({
    type: COMMAND_RECORD_TYPE,
    data: {
      writes: writes.map(({ streamId, firstVersion, eventCount }) => ({ streamId, firstVersion, eventCount })),
      ...(fingerprint ? { fingerprint: { kind: fingerprint.kind, bodyHash: fingerprint.bodyHash } } : {}),
    },
  });
}

/** The command's fingerprint in its marker record; null for a marker written before fingerprints were kept. */
export function commandFingerprintOf(recorded: { readonly data: unknown }): CommandFingerprint | null {
  const fingerprint = ((recorded.data ?? {}) as { fingerprint?: Partial<CommandFingerprint> }).fingerprint;
  return typeof fingerprint?.kind === 'string' && typeof fingerprint.bodyHash === 'string'
    ? { kind: fingerprint.kind, bodyHash: fingerprint.bodyHash }
    : null;
}

export function fromCommandRecord(
  streamName: string,
  recorded: { readonly id: string; readonly data: unknown },
): CommandWrite[] {
  const writes = ((recorded.data ?? {}) as { writes?: unknown }).writes;
  const valid =
    Array.isArray(writes) &&
    writes.length > 0 &&
    writes.every(
      (w: Partial<CommandWrite>) =>
        typeof w?.streamId === 'string' && Number.isSafeInteger(w.firstVersion) && Number.isSafeInteger(w.eventCount),
    );
  if (!valid) throw new UnreadableEventError(streamName, recorded.id, 'not a command record');
  return writes as CommandWrite[];
}
