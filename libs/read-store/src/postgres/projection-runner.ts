import type pg from 'pg';
import {
  inScopedTransaction,
  isConnectionError,
  type EventStore,
  type ReadAllPage,
  type Subscription,
} from '@tongxin/event-store';
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
  /** A rebuild switched the projection's tables; the runner continues from the new checkpoint. */
  readonly onSwitch?: (switched: ProjectionSwitchedError) => void;
  /** The database connection was lost mid-page; the runner resumes from its checkpoint when it is back. */
  readonly onConnectionLost?: (error: unknown, attempt: number) => void;
}

export class CheckpointMovedError extends Error {
  constructor(projection: string) {
    super(`checkpoint of ${projection} moved underneath this runner: another instance is running`);
  }
}

/** A rebuild switched the tables under this runner: its page is dropped and it resumes at `position`. */
export class ProjectionSwitchedError extends Error {
  constructor(
    projection: string,
    readonly position: number,
    readonly generation: number,
  ) {
    super(`${projection} was rebuilt and switched to generation ${generation} at position ${position}`);
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
    let { position, generation } = await this.checkpoint();
    let stopped = false;
    const open = (): Subscription =>
      store.subscribe(allTenantsScope('projector'), position, async (page) => {
        await this.commitPage(position, generation, page);
        position = page.nextPosition;
        this.options.onPage?.(page);
      });
    let current = open();
    let wake: () => void = () => undefined;
    const pause = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    // A rebuild that switched tables moved the checkpoint to the new tables' position: continue from there.
    // A lost connection: the page rolled back (or committed without our hearing of it), so the
    // checkpoint in the database is the truth; read it again once the database answers.
    const done = (async () => {
      let attempt = 0;
      for (;;) {
        try {
          await current.done;
          return;
        } catch (error) {
          if (stopped) throw error;
          if (error instanceof ProjectionSwitchedError) {
            ({ position, generation } = error);
            this.options.onSwitch?.(error);
          } else if (isConnectionError(error)) {
            for (;;) {
              attempt += 1;
              this.options.onConnectionLost?.(error, attempt);
              await pause(Math.min(1000, 50 * 2 ** Math.min(attempt, 10)));
              if (stopped) return;
              try {
                ({ position, generation } = await this.checkpoint());
                break;
              } catch (again) {
                if (!isConnectionError(again)) throw again;
              }
            }
          } else throw error;
          attempt = 0;
          current = open();
        }
      }
    })();
    this.subscription = {
      done,
      stop: async () => {
        stopped = true;
        wake();
        await current.stop();
        await done.catch(() => undefined);
      },
    };
    return this.subscription;
  }

  private async checkpoint(): Promise<{ position: number; generation: number }> {
    const row = (
      await this.options.pool.query<{ position: string; generation: number }>(
        'select position, generation from projection_checkpoints where projection = $1',
        [this.options.projection.name],
      )
    ).rows[0];
    return { position: Number(row?.position ?? 0), generation: Number(row?.generation ?? 0) };
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }

  private async commitPage(from: number, generation: number, page: ReadAllPage): Promise<void> {
    const { pool, projection, write } = this.options;
    await inScopedTransaction(pool, allTenantsScope('projector'), async (client) => {
      // Shared with other pages, exclusive for a rebuild's switch (tongxin_rebuild_switch).
      await client.query('select pg_advisory_xact_lock_shared(hashtextextended($1, 0))', [
        projectionLockKey(projection.name),
      ]);
      const current = (
        await client.query<{ position: string; generation: number }>(
          'select position, generation from projection_checkpoints where projection = $1',
          [projection.name],
        )
      ).rows[0];
      if (current && Number(current.generation) !== generation)
        throw new ProjectionSwitchedError(projection.name, Number(current.position), Number(current.generation));
      await write(client, projection.project(page.events));
      const moved = await client.query(
        'update projection_checkpoints set position = $2, updated_at = now() where projection = $1 and position = $3 and generation = $4',
        [projection.name, page.nextPosition, from, generation],
      );
      if (moved.rowCount !== 1) throw new CheckpointMovedError(projection.name);
    });
  }
}

/** The advisory lock of a projection's tables: pages take it shared, a rebuild's switch exclusive. */
export const projectionLockKey = (projection: string) => `tongxin.projection:${projection}`;
