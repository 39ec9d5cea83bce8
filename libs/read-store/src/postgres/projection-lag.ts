import type pg from 'pg';
import { inScopedTransaction } from '@tongxin/event-store';
import { allTenantsScope } from '@tongxin/tenancy';

export interface ProjectionLag {
  readonly projection: string;
  /** The checkpoint: the last global position the projection has applied. */
  readonly position: number;
  /** The last position written to the log. */
  readonly head: number;
  /** Events written but not yet applied (head − position; 0 when caught up). */
  readonly events: number;
  /** Age of the oldest event not yet applied, in seconds (0 when caught up). */
  readonly seconds: number;
}

/**
 * How far each named projection is behind the log, for the projector's metrics: a checkpoint
 * and the log's head, and the age of the first event past the checkpoint. Both are index
 * lookups on the primary key, cheap enough for every scrape.
 */
export async function projectionLag(pool: pg.Pool, projections: readonly string[]): Promise<ProjectionLag[]> {
  const rows = await inScopedTransaction(pool, allTenantsScope('projector'), async (client) => {
    const result = await client.query<{
      projection: string;
      position: string;
      head: string | null;
      age: number | null;
    }>(
      `select c.projection, c.position,
         (select max(e.global_position) from events e) as head,
         (select extract(epoch from clock_timestamp() - e.recorded_at)::float8 from events e
           where e.global_position > c.position order by e.global_position limit 1) as age
       from projection_checkpoints c where c.projection = any($1) order by c.projection`,
      [projections],
    );
    return result.rows;
  });
  return rows.map((row) => {
    const position = Number(row.position);
    const head = Math.max(Number(row.head ?? 0), position);
    return { projection: row.projection, position, head, events: head - position, seconds: Math.max(0, row.age ?? 0) };
  });
}
