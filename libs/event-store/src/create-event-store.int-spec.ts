import type pg from 'pg';
import { events, metadata, migratedTestPool, uniqueTenant } from '@tongxin/testing';
import { createEventStore, type EventStoreSettings } from './create-event-store.js';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

/** The one factory every app and operator command builds its event store with. */
describe('createEventStore', () => {
  let pool: pg.Pool;
  const settings = (overrides: Partial<EventStoreSettings> = {}): EventStoreSettings => ({
    EVENT_STORE: 'postgres',
    HASH_ALGORITHM: 'sha256',
    PROJECTOR_POLL_INTERVAL_MS: 250,
    ...overrides,
  });

  beforeAll(async () => {
    pool = await migratedTestPool(2);
  });
  afterAll(() => pool.end());

  it.each(['sha256', 'sm3'] as const)(
    'starts new tenant chains in the configured algorithm (%s)',
    async (algorithm) => {
      const store = createEventStore(settings({ HASH_ALGORITHM: algorithm }), pool);
      try {
        expect(store).toBeInstanceOf(PostgresEventStore);
        const tenant = uniqueTenant('factory');
        await store.append(tenant, 'request-1', 0, events(2), metadata());
        expect(await store.verifyTenant(tenant)).toMatchObject({ ok: true, eventCount: 2, algorithm });
      } finally {
        await store.close();
      }
    },
  );

  it('builds the KurrentDB adapter when EVENT_STORE=kurrentdb (without connecting)', async () => {
    const store = createEventStore(
      settings({ EVENT_STORE: 'kurrentdb', EVENTSTORE_URL: 'kurrentdb://127.0.0.1:2113?tls=false' }),
      pool,
    );
    expect(store).toBeInstanceOf(KurrentDbEventStore);
    await store.close();
  });
});
