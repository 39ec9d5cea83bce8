import type pg from 'pg';
import type { Metrics } from './metrics.js';

/**
 * PostgreSQL pool usage, read at scrape time: connections open, idle and callers waiting for
 * one. `waiting` above zero for long means the pool (DATABASE_POOL_SIZE) or the server is the limit.
 */
export function observePool(metrics: Metrics, pool: pg.Pool, max: number): void {
  metrics.gauge('tongxin_pg_pool_connections', 'PostgreSQL pool connections by state', ['state'], (gauge) => {
    gauge.set({ state: 'total' }, pool.totalCount);
    gauge.set({ state: 'idle' }, pool.idleCount);
    gauge.set({ state: 'active' }, pool.totalCount - pool.idleCount);
    gauge.set({ state: 'waiting' }, pool.waitingCount);
  });
  metrics.gauge('tongxin_pg_pool_max', 'PostgreSQL pool size (DATABASE_POOL_SIZE)').set(max);
}
