import type pg from 'pg';
import { inScopedTransaction, type EventStore, type ReadAllPage, type Subscription } from '@tongxin/event-store';
import type { Projection } from '@tongxin/projections';
import { allTenantsScope } from '@tongxin/tenancy';

/** Writes one projection's changes inside the runner's transaction. */
export type ReadModelWriter<Change> = (client: pg.PoolClient, changes: readonly Change[]) => Promise<void>;

export interface ProjectionRunnerOptions<Change> {
  readonly pool: pg.Pool;
  readonly store: EventStore;
  readonly projection: Projection<Change>;
  readonly write: ReadModelWriter<Change>;
  readonly onPage?: (page: ReadAllPage) => void;
}

export class CheckpointMovedError extends Error {
  constructor(projection: string) {
    super(`checkpoint of ${projection} moved underneath this runner: another instance is running`);
  }
}

/**
 * Catch-up subscription for one projection. The read-model changes and the new checkpoint
 * are committed in the same transaction, so a crash at any point replays at most the
 * uncommitted page and the read model never counts an event twice.
 */
export class ProjectionRunner<Change> {
  private subscription: Subscription | null = null;

  constructor(private readonly options: ProjectionRunnerOptions<Change>) {}

  async start(): Promise<Subscription> {
    const { pool, store, projection } = this.options;
    await pool.query(
      'insert into projection_checkpoints (projection, version, position) values ($1, $2, 0) on conflict (projection) do nothing',
      [projection.name, projection.version],
    );
    let position = Number(
      (await pool.query<{ position: string }>('select position from projection_checkpoints where projection = $1', [projection.name])).rows[0]
        ?.position,
    );
    this.subscription = store.subscribe(allTenantsScope('projector'), position, async (page) => {
      await this.commitPage(position, page);
      position = page.nextPosition;
      this.options.onPage?.(page);
    });
    return this.subscription;
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }

  private async commitPage(from: number, page: ReadAllPage): Promise<void> {
    const { pool, projection, write } = this.options;
    await inScopedTransaction(pool, allTenantsScope('projector'), async (client) => {
      await write(client, projection.project(page.events));
      const moved = await client.query(
        'update projection_checkpoints set position = $2, updated_at = now() where projection = $1 and position = $3',
        [projection.name, page.nextPosition, from],
      );
      if (moved.rowCount !== 1) throw new CheckpointMovedError(projection.name);
    });
  }
}
