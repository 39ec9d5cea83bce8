import type pg from 'pg';
import type { KpiReadStore } from './kpi-read-store.port.js';
import { MongoKpiReadStore } from './mongo/mongo-kpi-read-store.js';
import { PostgresKpiReadStore } from './postgres/postgres-kpi-read-store.js';

export interface ReadStoreConfig {
  readonly READ_STORE: 'postgres' | 'mongo';
  readonly MONGO_URL?: string | undefined;
}

/** The read store the configuration names (READ_STORE, MONGO_URL; validated in libs/config). */
export async function createKpiReadStore(config: ReadStoreConfig, pool: pg.Pool): Promise<KpiReadStore> {
  if (config.READ_STORE === 'mongo') {
    if (!config.MONGO_URL) throw new Error('MONGO_URL is required when READ_STORE=mongo');
    return MongoKpiReadStore.connect(config.MONGO_URL);
  }
  return new PostgresKpiReadStore(pool);
}
