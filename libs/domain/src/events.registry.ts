/**
 * Every event type the domain emits, with its current schema version. Replay consults this
 * map (and, when a schema changes, the upcasters registered here); an unknown type is refused.
 */
export interface EventTypeDefinition {
  readonly context: string;
  readonly schemaVersion: number;
  readonly label: string;
}

export const EVENT_TYPES = {
  DistrictRegistered: { context: 'registry', schemaVersion: 1, label: '区登记' },
  StreetRegistered: { context: 'registry', schemaVersion: 1, label: '街道登记' },
  CommunityOnboarded: { context: 'registry', schemaVersion: 1, label: '社区入驻' },
  CommunityRenamed: { context: 'registry', schemaVersion: 1, label: '社区更名' },
  CommunityMovedToStreet: { context: 'registry', schemaVersion: 1, label: '社区划转街道' },
  CommunityOffboarded: { context: 'registry', schemaVersion: 1, label: '社区注销' },
  HistoryRead: { context: 'audit', schemaVersion: 1, label: '审计查阅历史' },
} as const satisfies Record<string, EventTypeDefinition>;

export type EventType = keyof typeof EVENT_TYPES;

export function isKnownEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_TYPES, type);
}
