import canonicalize from 'canonicalize';
import { InvalidEventError } from './errors.js';
import type { AppendMetadata, NewEvent, StreamWrite } from './envelope.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STREAM_ID = /^[A-Za-z0-9][A-Za-z0-9:_.-]{0,199}$/;

/** An event normalised to exactly what will be stored, so the hash written is the hash re-read. */
export interface NormalisedEvent extends NewEvent {
  readonly occurredAt: string;
  /** RFC 8785 canonical JSON of data: hashed, and stored as is. */
  readonly canonicalData: string;
}

function canonicalDataOf(data: unknown): string {
  let json: string | undefined;
  try {
    json = canonicalize(data);
  } catch (error) {
    throw new InvalidEventError('data', `is not JSON: ${(error as Error).message}`);
  }
  // PostgreSQL's jsonb cannot store NUL characters.
  if (json === undefined || json.includes('\\u0000'))
    throw new InvalidEventError('data', 'contains a NUL character or no value');
  return json;
}

/** Checks a batch before anything is written: a bad append changes nothing. */
export function normaliseWrites(writes: readonly StreamWrite[], metadata: AppendMetadata): NormalisedEvent[][] {
  if (writes.length === 0) throw new InvalidEventError('writes', 'must not be empty');
  if (!metadata?.actor?.userId || !metadata.actor.role)
    throw new InvalidEventError('metadata.actor', 'needs userId and role');
  const seenEventIds = new Set<string>();
  const seenStreams = new Set<string>();
  return writes.map((write) => {
    if (!STREAM_ID.test(write.streamId ?? ''))
      throw new InvalidEventError('streamId', `"${write.streamId}" is not a valid stream id`);
    if (seenStreams.has(write.streamId))
      throw new InvalidEventError('streamId', `${write.streamId} appears twice in one batch`);
    seenStreams.add(write.streamId);
    const expected = write.expectedVersion;
    if (expected !== 'any' && !(Number.isInteger(expected) && expected >= 0)) {
      throw new InvalidEventError('expectedVersion', 'must be a non-negative integer or "any"');
    }
    if (write.events.length === 0) throw new InvalidEventError('events', `no events for ${write.streamId}`);
    return write.events.map((event) => {
      if (!UUID.test(event.eventId ?? '')) throw new InvalidEventError('eventId', `"${event.eventId}" is not a UUID`);
      const eventId = event.eventId.toLowerCase();
      if (seenEventIds.has(eventId)) throw new InvalidEventError('eventId', `${eventId} appears twice in one batch`);
      seenEventIds.add(eventId);
      if (typeof event.type !== 'string' || !/^[A-Z][A-Za-z0-9]{1,99}$/.test(event.type)) {
        throw new InvalidEventError('type', `"${event.type}" must be a PascalCase past-tense name`);
      }
      if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1)
        throw new InvalidEventError('schemaVersion', 'must be an integer ≥ 1');
      const occurredAt = new Date(event.occurredAt);
      if (typeof event.occurredAt !== 'string' || Number.isNaN(occurredAt.getTime())) {
        throw new InvalidEventError('occurredAt', `"${event.occurredAt}" is not an ISO-8601 time`);
      }
      if (event.data === undefined || event.data === null || typeof event.data !== 'object') {
        throw new InvalidEventError('data', 'must be a JSON object');
      }
      return {
        eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        occurredAt: occurredAt.toISOString(),
        data: event.data,
        canonicalData: canonicalDataOf(event.data),
      };
    });
  });
}
