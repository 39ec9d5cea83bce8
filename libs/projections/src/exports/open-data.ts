import { EVENT_TYPES, isKnownEventType } from '@tongxin/domain';

/**
 * Open data (开放数据): the community's events without personal data. Whole contexts about
 * people are left out (welfare, party members, audit reads, staff), every `…Pii` field is
 * dropped, and so is every field naming a person (user ids, names of claimers and mediators,
 * the assignee's id and name). The envelope's actor is never written.
 */
const CLOSED_CONTEXTS = new Set(['welfare', 'members', 'audit']);
const CLOSED_TYPES = new Set(['StaffAssigned']);
const PERSONAL_KEYS = new Set([
  'raisedBy',
  'acceptedBy',
  'claimedBy',
  'claimerName',
  'mediator',
  'staffId',
  'memberId',
  'by',
  'createdBy',
  'userId',
  'actor',
]);

export interface OpenDataSource {
  readonly type: string;
  readonly schemaVersion: number;
  readonly tenantSequence: number;
  readonly streamId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: unknown;
}

function scrub(value: unknown, key: string | null): unknown {
  if (Array.isArray(value)) return value.map((v) => scrub(v, null));
  if (value === null || typeof value !== 'object') return value;
  // An assignee is a person or a team: keep only what kind it is.
  if (key === 'assignee') return { kind: (value as { kind?: unknown }).kind ?? null };
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !k.endsWith('Pii') && !PERSONAL_KEYS.has(k))
      .map(([k, v]) => [k, scrub(v, k)]),
  );
}

/** The open-data line of an event, or null when the event is about people and stays out. */
export function openDataEvent(event: OpenDataSource): Record<string, unknown> | null {
  if (!isKnownEventType(event.type)) return null;
  const definition = EVENT_TYPES[event.type];
  if (CLOSED_CONTEXTS.has(definition.context) || CLOSED_TYPES.has(event.type)) return null;
  return {
    sequence: event.tenantSequence,
    type: event.type,
    label: definition.label,
    context: definition.context,
    schemaVersion: event.schemaVersion,
    record: event.streamId,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    data: scrub(event.data, null),
  };
}
