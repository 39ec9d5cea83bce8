import { ANY, NO_STREAM, type AppendStreamState, type EventData } from '@kurrent/kurrentdb-client';
import type { Actor, EventEnvelope, ExpectedVersion, TenantId } from '@tongxin/kernel';
import { toTenantId } from '@tongxin/tenancy';

/**
 * Pure mapping between Tongxin's envelope and KurrentDB streams and events.
 *
 * Stream names are `tenant-<tenantId>.<streamId>`: tenant ids never contain a dot, so the first
 * dot ends the tenant unambiguously, and the prefix `tenant-<tenantId>.` selects exactly one
 * tenant in $all (no `tenant-ab` when asking for `tenant-a`).
 */
const TENANT_PREFIX = 'tenant-';

export function tenantStreamPrefix(tenantId: TenantId): string {
  return `${TENANT_PREFIX}${tenantId}.`;
}

export function toStreamName(tenantId: TenantId, streamId: string): string {
  return `${tenantStreamPrefix(tenantId)}${streamId}`;
}

export function parseStreamName(name: string): { tenantId: TenantId; streamId: string } | null {
  if (!name.startsWith(TENANT_PREFIX)) return null;
  const rest = name.slice(TENANT_PREFIX.length);
  const dot = rest.indexOf('.');
  if (dot <= 0 || dot === rest.length - 1) return null;
  try {
    return { tenantId: toTenantId(rest.slice(0, dot)), streamId: rest.slice(dot + 1) };
  } catch {
    return null;
  }
}

/** One event per append records where the tenant's hash chain stands; appending to it with an expected revision serialises a tenant's writers. */
export function chainStreamName(tenantId: TenantId): string {
  return `tongxin-chain.${tenantId}`;
}

/** A command's marker stream: written once with the command's events, so a retry finds the original result. */
export function commandStreamName(tenantId: TenantId, commandId: string): string {
  return `tongxin-command.${tenantId}.${commandId}`;
}

/** Our versions count events (0 = no stream); KurrentDB revisions are 0-based. */
export function toStreamState(expected: ExpectedVersion): AppendStreamState {
  if (expected === 'any') return ANY;
  return expected === 0 ? NO_STREAM : BigInt(expected - 1);
}

export function versionOfRevision(revision: bigint): number {
  return Number(revision) + 1;
}

/** multiStreamAppend accepts only string metadata values, so the envelope travels as one JSON string. */
export interface EnvelopeMetadata {
  readonly tongxin: string;
  readonly $correlationId: string;
  readonly $causationId?: string;
}

interface StoredEnvelopeFields {
  readonly tenantId: string;
  readonly tenantSequence: number;
  readonly streamVersion: number;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly commandId: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly prevHash: string;
  readonly hash: string;
}

export function toEventData(envelope: Omit<EventEnvelope, 'globalPosition'>): EventData {
  const fields: StoredEnvelopeFields = {
    tenantId: envelope.tenantId,
    tenantSequence: envelope.tenantSequence,
    streamVersion: envelope.streamVersion,
    schemaVersion: envelope.schemaVersion,
    occurredAt: envelope.occurredAt,
    recordedAt: envelope.recordedAt,
    actor: envelope.actor,
    commandId: envelope.commandId,
    correlationId: envelope.correlationId,
    causationId: envelope.causationId,
    prevHash: envelope.prevHash,
    hash: envelope.hash,
  };
  const metadata: EnvelopeMetadata = {
    tongxin: JSON.stringify(fields),
    $correlationId: envelope.correlationId,
    ...(envelope.causationId ? { $causationId: envelope.causationId } : {}),
  };
  return { id: envelope.eventId, contentType: 'application/json', type: envelope.type, data: envelope.data as Record<string, unknown>, metadata: { ...metadata } } as EventData;
}

/** A recorded KurrentDB event back to the envelope; null for events that are not Tongxin's. */
export function fromRecorded(recorded: { streamId: string; id: string; type: string; data: unknown; metadata: unknown; commitPosition?: bigint }): EventEnvelope | null {
  const stream = parseStreamName(recorded.streamId);
  const metadata = recorded.metadata as Partial<EnvelopeMetadata> | undefined;
  if (!stream || typeof metadata?.tongxin !== 'string') return null;
  const fields = JSON.parse(metadata.tongxin) as StoredEnvelopeFields;
  if (fields.tenantId !== stream.tenantId) return null; // a stream name and its envelope must agree
  return {
    eventId: recorded.id,
    type: recorded.type,
    schemaVersion: fields.schemaVersion,
    tenantId: stream.tenantId,
    tenantSequence: fields.tenantSequence,
    streamId: stream.streamId,
    streamVersion: fields.streamVersion,
    globalPosition: recorded.commitPosition === undefined ? 0 : toGlobalPosition(recorded.commitPosition),
    occurredAt: fields.occurredAt,
    recordedAt: fields.recordedAt,
    actor: fields.actor,
    commandId: fields.commandId,
    correlationId: fields.correlationId,
    causationId: fields.causationId,
    data: recorded.data,
    prevHash: fields.prevHash,
    hash: fields.hash,
  };
}

/** $all commit positions are 64-bit; JavaScript numbers hold them exactly up to 2^53. */
export function toGlobalPosition(commitPosition: bigint): number {
  if (commitPosition > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`commit position ${commitPosition} exceeds 2^53`);
  return Number(commitPosition);
}
