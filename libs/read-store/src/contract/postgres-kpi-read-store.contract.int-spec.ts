import type pg from 'pg';
import { migratedTestPool } from '@tongxin/testing';
import { PostgresKpiReadStore } from '../postgres/postgres-kpi-read-store.js';
import { kpiReadStoreContract } from './kpi-read-store.contract.js';

describe('KPI read-store contract: PostgreSQL', () => {
  let pool: pg.Pool;
  let store: PostgresKpiReadStore;
  beforeAll(async () => {
    pool = await migratedTestPool();
    store = new PostgresKpiReadStore(pool);
  });
  afterAll(() => pool.end());

  kpiReadStoreContract(() => store);
});
