import type pg from 'pg';
import { migratedTestPool } from '@tongxin/testing';
import { eventStoreContract } from '../contract/event-store.contract.js';
import { PostgresEventStore } from './postgres-event-store.js';

describe('EventStore contract: PostgreSQL adapter', () => {
  let pool: pg.Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    pool = await migratedTestPool();
    store = new PostgresEventStore({ pool });
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
  });

  eventStoreContract({ store: () => store });
});
