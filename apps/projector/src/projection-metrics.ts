import type pg from 'pg';
import type { Counter } from 'prom-client';
import { sharedReading, type Metrics } from '@tongxin/platform';
import { projectionLag } from '@tongxin/read-store';

/**
 * The projector's own figures: per projection its checkpoint, its lag behind the log in events
 * and in seconds (read from PostgreSQL at scrape time, so a stuck projector shows a growing lag
 * even if it does nothing), and the events it applied.
 */
export function projectionMetrics(
  metrics: Metrics,
  pool: pg.Pool,
  projections: readonly string[],
): { readonly applied: Counter<'projection'> } {
  const lag = sharedReading(() => projectionLag(pool, projections));
  metrics.gauge('tongxin_event_log_head_position', 'Last global position written to the event log', [], async (g) => {
    const rows = await lag();
    g.set(Math.max(0, ...rows.map((r) => r.head)));
  });
  metrics.gauge(
    'tongxin_projection_position',
    'Checkpoint of each projection (global position)',
    ['projection'],
    async (g) => {
      for (const row of await lag()) g.set({ projection: row.projection }, row.position);
    },
  );
  metrics.gauge(
    'tongxin_projection_lag_events',
    'Events in the log a projection has not applied yet',
    ['projection'],
    async (g) => {
      for (const row of await lag()) g.set({ projection: row.projection }, row.events);
    },
  );
  metrics.gauge(
    'tongxin_projection_lag_seconds',
    'Age of the oldest event a projection has not applied yet (0 when caught up)',
    ['projection'],
    async (g) => {
      for (const row of await lag()) g.set({ projection: row.projection }, row.seconds);
    },
  );
  return {
    applied: metrics.counter('tongxin_projection_events_total', 'Events applied by each projection', ['projection']),
  };
}
