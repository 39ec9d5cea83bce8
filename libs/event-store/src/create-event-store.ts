import type pg from 'pg';
import type { Environment } from '@tongxin/config';
import { systemClock, type Clock } from '@tongxin/kernel';
import type { EventStore } from './event-store.port.js';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

/** What the event store is built from: the validated configuration (libs/config). */
export type EventStoreSettings = Pick<
  Environment,
  'EVENT_STORE' | 'EVENTSTORE_URL' | 'HASH_ALGORITHM' | 'PROJECTOR_POLL_INTERVAL_MS'
>;

/**
 * The one place an event store is built, for every app (api, projector, worker) and operator
 * command (cli): the configured adapter, with the configured hash algorithm for new tenant
 * chains (an existing chain keeps its own). The pool is PostgreSQL's, as the app role.
 */
export function createEventStore(settings: EventStoreSettings, pool: pg.Pool, clock: Clock = systemClock): EventStore {
  if (settings.EVENT_STORE === 'kurrentdb') {
    if (!settings.EVENTSTORE_URL) throw new Error('EVENTSTORE_URL is required when EVENT_STORE=kurrentdb');
    return new KurrentDbEventStore(settings.EVENTSTORE_URL, clock, settings.HASH_ALGORITHM);
  }
  return new PostgresEventStore({
    pool,
    clock,
    hashAlgorithm: settings.HASH_ALGORITHM,
    pollIntervalMs: settings.PROJECTOR_POLL_INTERVAL_MS,
  });
}
