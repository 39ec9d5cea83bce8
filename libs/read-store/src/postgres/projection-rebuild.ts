import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import {
  applyScope,
  checkOut,
  inScopedTransaction,
  type CheckedOutClient,
  type EventStore,
} from '@tongxin/event-store';
import { CodedError, systemClock, type Clock } from '@tongxin/kernel';
import { allTenantsScope } from '@tongxin/tenancy';
import { writeKpiFactsInBulk } from './kpi-facts.bulk-writer.js';
import { projectionLockKey, type ReadModelWriter } from './projection-runner.js';
import { PROJECTIONS, type ProjectionBinding } from './projections.js';

export type RebuildStatus = 'running' | 'switched' | 'failed';

/** What an operator sees of a rebuild: where it is, how fast it goes, how long is left. */
export interface RebuildProgress {
  readonly rebuildId: string;
  readonly projection: string;
  readonly version: number;
  readonly status: RebuildStatus;
  /** Global position the rebuilt tables reflect. */
  readonly position: number;
  /** Head of the event log when progress was last written. */
  readonly headPosition: number;
  readonly eventsDone: number;
  readonly percent: number;
  /** Events per second of the current run (a resumed rebuild starts a new run). */
  readonly eventsPerSecond: number | null;
  readonly etaSeconds: number | null;
  readonly runs: number;
  readonly requestedBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
  readonly error: string | null;
}

interface RebuildRow {
  rebuild_id: string;
  projection: string;
  version: number;
  status: RebuildStatus;
  schema_name: string;
  position: string;
  head_position: string;
  events_done: string;
  runs: number;
  run_started_at: Date;
  run_events: string;
  requested_by: string;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
  error: string | null;
}

/** Pure: the progress figures of a stored rebuild row. */
export function progressOfRebuild(row: RebuildRow): RebuildProgress {
  const position = Number(row.position);
  const head = Math.max(Number(row.head_position), position);
  const seconds = (row.updated_at.getTime() - row.run_started_at.getTime()) / 1000;
  const runEvents = Number(row.run_events);
  const rate = seconds > 0 && runEvents > 0 ? runEvents / seconds : null;
  const done = row.status === 'switched';
  return {
    rebuildId: row.rebuild_id,
    projection: row.projection,
    version: row.version,
    status: row.status,
    position,
    headPosition: head,
    eventsDone: Number(row.events_done),
    percent: done || head === 0 ? 100 : Math.min(100, Math.floor((position / head) * 1000) / 10),
    eventsPerSecond: rate === null ? null : Math.round(rate),
    etaSeconds: done ? 0 : rate === null ? null : Math.ceil((head - position) / rate),
    runs: row.runs,
    requestedBy: row.requested_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    error: row.error,
  };
}

export interface ProjectionRebuilderOptions {
  readonly pool: pg.Pool;
  readonly store: EventStore;
  readonly projections?: readonly ProjectionBinding[];
  /** Events per transaction while replaying (the store caps a page at 10,000). */
  readonly pageSize?: number;
  readonly clock?: Clock;
  /** Called after each committed page (the CLI prints it). */
  readonly onProgress?: (progress: RebuildProgress) => void;
  /**
   * Writers used instead of the live ones while replaying into a rebuild's own tables
   * (default: the set-based KPI-facts writer, which needs no per-record locks there).
   */
  readonly rebuildWriters?: Readonly<Record<string, ReadModelWriter<never>>>;
  /** Test hook: runs inside each page's transaction after the copies were written, before commit. */
  readonly beforeCommit?: (pageNumber: number) => Promise<void> | void;
}

export interface RebuildRequest {
  readonly projection: string;
  readonly requestedBy: string;
  /** Discard a crashed rebuild's tables and start from position 0 instead of resuming. */
  readonly restart?: boolean;
  /** Stops the replay between pages; the rebuild stays `running` and resumes on the next request. */
  readonly signal?: AbortSignal;
}

/** Set-based writers for a rebuild's copies, by projection; the others replay with their live writer. */
export const REBUILD_WRITERS: Readonly<Record<string, ReadModelWriter<never>>> = {
  'kpi-facts': writeKpiFactsInBulk,
};

/** The rebuilt tables are behind the live checkpoint: switching now would show readers an older view. */
export class BehindLiveError extends Error {
  constructor(
    readonly position: number,
    readonly live: number,
  ) {
    super(`rebuild at position ${position} is behind the live projection at ${live}`);
  }
}

export const unknownProjection = (name: string) =>
  new CodedError('PROJECTION_UNKNOWN', 'not-found', `没有名为 ${name} 的投影`, `there is no projection named ${name}`, {
    field: 'projection',
    projection: name,
  });

const rebuildRunning = (projection: string, rebuildId: string | null) =>
  new CodedError(
    'REBUILD_RUNNING',
    'conflict',
    `投影 ${projection} 正在重建`,
    `projection ${projection} is being rebuilt already`,
    { projection, rebuildId, state: 'running' },
  );

const ALL = allTenantsScope('rebuild');

/**
 * Blue/green rebuild of one projection: replays the whole event log into fresh copies of the
 * projection's tables (schema `rebuild_<name>`, created by tongxin_rebuild_prepare with the same
 * indexes and row-level-security policies), committing the copies and the rebuild's position
 * together page by page. When it reaches the head it takes the projection's lock exclusively
 * (the live runner holds it shared per page), replays what arrived meanwhile, and in the same
 * transaction swaps the tables and moves the live checkpoint to the copies' position with a new
 * generation; the live runner notices the generation and continues from there. Only one process
 * works on a projection's rebuild at a time (a session advisory lock); a crashed one is resumed.
 */
export class ProjectionRebuilder {
  private readonly pageSize: number;
  private readonly clock: Clock;
  private readonly projections: readonly ProjectionBinding[];

  constructor(private readonly options: ProjectionRebuilderOptions) {
    this.pageSize = Math.min(options.pageSize ?? 5000, 10000);
    this.clock = options.clock ?? systemClock;
    this.projections = options.projections ?? PROJECTIONS;
  }

  names(): string[] {
    return this.projections.map((p) => p.projection.name);
  }

  binding(name: string): ProjectionBinding {
    const binding = this.projections.find((p) => p.projection.name === name);
    if (!binding) throw unknownProjection(name);
    return binding;
  }

  /**
   * Claims the projection's rebuild (refused while another process works on it) and prepares or
   * resumes it; `run` then replays and switches. Returns the rebuild's progress as claimed.
   */
  async claim(request: RebuildRequest): Promise<ClaimedRebuild> {
    const binding = this.binding(request.projection);
    const name = binding.projection.name;
    const lock = await checkOut(this.options.pool);
    let release = true;
    try {
      const locked = (
        await lock.client.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as ok', [
          `tongxin.rebuild:${name}`,
        ])
      ).rows[0]?.ok;
      if (!locked) {
        const running = await this.running(name);
        throw rebuildRunning(name, running?.rebuildId ?? null);
      }
      const existing = await this.resumableRow(name);
      let row: RebuildRow;
      if (
        existing &&
        !request.restart &&
        existing.version === binding.projection.version &&
        (await this.schemaExists(existing.schema_name))
      ) {
        row = await this.resume(existing);
      } else {
        row = await this.prepare(binding, request.requestedBy, existing);
      }
      release = false;
      return new ClaimedRebuild(this, binding, row, lock, request.signal);
    } finally {
      if (release) await this.release(lock, name);
    }
  }

  /** Claims and runs to the switch. */
  async rebuild(request: RebuildRequest): Promise<RebuildProgress> {
    const claimed = await this.claim(request);
    return claimed.run();
  }

  async progress(rebuildId: string): Promise<RebuildProgress | null> {
    const row = (
      await this.options.pool.query<RebuildRow>('select * from projection_rebuilds where rebuild_id = $1', [rebuildId])
    ).rows[0];
    return row ? progressOfRebuild(row) : null;
  }

  async running(projection: string): Promise<RebuildProgress | null> {
    const row = await this.runningRow(projection);
    return row ? progressOfRebuild(row) : null;
  }

  async latest(projection: string): Promise<RebuildProgress | null> {
    const row = (
      await this.options.pool.query<RebuildRow>(
        'select * from projection_rebuilds where projection = $1 order by created_at desc limit 1',
        [projection],
      )
    ).rows[0];
    return row ? progressOfRebuild(row) : null;
  }

  private async runningRow(projection: string): Promise<RebuildRow | undefined> {
    return (
      await this.options.pool.query<RebuildRow>(
        "select * from projection_rebuilds where projection = $1 and status = 'running'",
        [projection],
      )
    ).rows[0];
  }

  /** The latest rebuild if it did not switch: killed (still `running`) or failed — its tables hold what it committed. */
  private async resumableRow(projection: string): Promise<RebuildRow | undefined> {
    const latest = (
      await this.options.pool.query<RebuildRow>(
        'select * from projection_rebuilds where projection = $1 order by created_at desc limit 1',
        [projection],
      )
    ).rows[0];
    return latest && latest.status !== 'switched' ? latest : undefined;
  }

  private async schemaExists(schema: string): Promise<boolean> {
    return (await this.options.pool.query('select 1 from pg_namespace where nspname = $1', [schema])).rowCount === 1;
  }

  /** @internal */
  async fail(rebuildId: string, error: unknown): Promise<void> {
    await this.options.pool
      .query(
        "update projection_rebuilds set status = 'failed', error = $2, updated_at = $3 where rebuild_id = $1 and status = 'running'",
        [rebuildId, String((error as Error)?.message ?? error).slice(0, 2000), this.clock.now()],
      )
      .catch(() => undefined);
  }

  private async headPosition(): Promise<number> {
    return inScopedTransaction(this.options.pool, ALL, async (client) =>
      Number(
        (await client.query<{ head: string | null }>('select max(global_position) as head from events')).rows[0]
          ?.head ?? 0,
      ),
    );
  }

  private async prepare(
    binding: ProjectionBinding,
    requestedBy: string,
    stale: RebuildRow | undefined,
  ): Promise<RebuildRow> {
    const now = this.clock.now();
    const head = await this.headPosition();
    return inScopedTransaction(this.options.pool, ALL, async (client) => {
      if (stale) {
        await client.query(
          "update projection_rebuilds set status = 'failed', error = $2, finished_at = $3, updated_at = $3 where rebuild_id = $1",
          [
            stale.rebuild_id,
            stale.version === binding.projection.version
              ? 'restarted'
              : `projection version changed to ${binding.projection.version}`,
            now,
          ],
        );
      }
      const schema = (
        await client.query<{ schema: string }>('select tongxin_rebuild_prepare($1) as schema', [
          binding.projection.name,
        ])
      ).rows[0]?.schema;
      return (
        await client.query<RebuildRow>(
          `insert into projection_rebuilds (rebuild_id, projection, version, status, schema_name, head_position, run_started_at, requested_by, created_at, updated_at)
           values ($1, $2, $3, 'running', $4, $5, $6, $7, $6, $6) returning *`,
          [randomUUID(), binding.projection.name, binding.projection.version, schema, head, now, requestedBy],
        )
      ).rows[0];
    });
  }

  private async resume(row: RebuildRow): Promise<RebuildRow> {
    const now = this.clock.now();
    return (
      await this.options.pool.query<RebuildRow>(
        "update projection_rebuilds set status = 'running', runs = runs + 1, run_started_at = $2, run_events = 0, updated_at = $2, error = null, finished_at = null where rebuild_id = $1 returning *",
        [row.rebuild_id, now],
      )
    ).rows[0];
  }

  /** @internal one page of the replay into the copies, committed with the rebuild's position. */
  async replayPage(
    client: pg.PoolClient,
    binding: ProjectionBinding,
    row: { rebuildId: string; schema: string; position: number },
    head: number | null,
  ): Promise<{ next: number; full: boolean } | null> {
    const page = await this.options.store.readAll(ALL, { fromPosition: row.position, limit: this.pageSize });
    if (page.events.length === 0) return null;
    // Unqualified table names in the writers now mean the copies; anything else fails loudly.
    await client.query("select set_config('search_path', $1, true)", [`"${row.schema}"`]);
    const write = (this.options.rebuildWriters ?? REBUILD_WRITERS)[binding.projection.name] ?? binding.write;
    await (write as ReadModelWriter<unknown>)(client, binding.projection.project(page.events));
    await client.query("select set_config('search_path', 'public', true)");
    const moved = await client.query(
      `update projection_rebuilds set position = $2, events_done = events_done + $4, run_events = run_events + $4,
         head_position = greatest(head_position, coalesce($5::bigint, $2::bigint)), updated_at = $6
       where rebuild_id = $1 and position = $3 and status = 'running'`,
      [row.rebuildId, page.nextPosition, row.position, page.events.length, head, this.clock.now()],
    );
    if (moved.rowCount !== 1) throw new Error(`rebuild ${row.rebuildId} moved underneath this process`);
    return { next: page.nextPosition, full: page.events.length === this.pageSize };
  }

  /** @internal */
  async page(
    binding: ProjectionBinding,
    row: { rebuildId: string; schema: string; position: number },
    pageNumber: number,
    head: number,
  ): Promise<{ next: number; full: boolean } | null> {
    return inScopedTransaction(this.options.pool, ALL, async (client) => {
      const next = await this.replayPage(client, binding, row, head);
      if (next !== null) await this.options.beforeCommit?.(pageNumber);
      return next;
    });
  }

  /** @internal the final catch-up and the swap, in one transaction under the projection's lock. */
  async switchOver(
    binding: ProjectionBinding,
    row: { rebuildId: string; schema: string; position: number },
    minimum = 0,
  ): Promise<number> {
    const checkedOut = await checkOut(this.options.pool);
    const client = checkedOut.client;
    let open = false;
    try {
      await client.query('begin');
      open = true;
      await applyScope(client, ALL);
      await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
        projectionLockKey(binding.projection.name),
      ]);
      let position = row.position;
      for (;;) {
        const next = await this.replayPage(client, binding, { ...row, position }, null);
        if (next === null) break;
        position = next.next;
      }
      // Never switch readers to an older view than the live one: a long transaction elsewhere in
      // the cluster can hold back what readAll shows (its visibility rule); then wait and retry.
      const live = Number(
        (
          await client.query<{ position: string }>(
            'select position from projection_checkpoints where projection = $1',
            [binding.projection.name],
          )
        ).rows[0]?.position ?? 0,
      );
      // Nor before it replayed every event committed when it started.
      if (position < Math.max(live, minimum)) throw new BehindLiveError(position, Math.max(live, minimum));
      await client.query('select tongxin_rebuild_switch($1, $2, $3)', [
        binding.projection.name,
        position,
        binding.projection.version,
      ]);
      await client.query(
        "update projection_rebuilds set status = 'switched', finished_at = $2, updated_at = $2 where rebuild_id = $1",
        [row.rebuildId, this.clock.now()],
      );
      await client.query('commit');
      open = false;
      return position;
    } catch (error) {
      if (open && !checkedOut.lost()) await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      checkedOut.release();
    }
  }

  /** @internal */
  async release(lock: CheckedOutClient, name: string): Promise<void> {
    if (!lock.lost())
      await lock.client
        .query('select pg_advisory_unlock(hashtextextended($1, 0))', [`tongxin.rebuild:${name}`])
        .catch(() => undefined);
    lock.release();
  }

  /** @internal */
  emit(progress: RebuildProgress): void {
    this.options.onProgress?.(progress);
  }

  /** @internal */
  head(): Promise<number> {
    return this.headPosition();
  }
}

/** A rebuild this process holds the lock of; `run` replays, switches and releases it. */
export class ClaimedRebuild {
  private ran = false;

  constructor(
    private readonly rebuilder: ProjectionRebuilder,
    private readonly binding: ProjectionBinding,
    private readonly row: RebuildRow,
    /** Holds the rebuild's session advisory lock; losing its connection loses the claim. */
    private readonly lock: CheckedOutClient,
    private readonly signal: AbortSignal | undefined,
  ) {}

  get progress(): RebuildProgress {
    return progressOfRebuild(this.row);
  }

  get rebuildId(): string {
    return this.row.rebuild_id;
  }

  async run(): Promise<RebuildProgress> {
    if (this.ran) throw new Error('a claimed rebuild runs once');
    this.ran = true;
    const name = this.binding.projection.name;
    const state = { rebuildId: this.row.rebuild_id, schema: this.row.schema_name, position: Number(this.row.position) };
    try {
      let head = await this.rebuilder.head();
      let pageNumber = 0;
      let lastReport = 0;
      for (;;) {
        for (;;) {
          if (this.signal?.aborted) return (await this.rebuilder.progress(state.rebuildId)) as RebuildProgress;
          // Another process may claim the rebuild once the lock's connection is gone: stop (it resumes).
          const lost = this.lock.lost();
          if (lost)
            throw new Error(`the rebuild lock's database connection was lost: ${lost.message}`, { cause: lost });
          pageNumber += 1;
          if (pageNumber % 20 === 0) head = await this.rebuilder.head();
          const next = await this.rebuilder.page(this.binding, state, pageNumber, head);
          if (next !== null) state.position = next.next;
          // A short page means the head was reached: what arrives meanwhile is replayed under the lock.
          if (next === null || !next.full) break;
          if (Date.now() - lastReport > 1000) {
            lastReport = Date.now();
            const progress = await this.rebuilder.progress(state.rebuildId);
            if (progress) this.rebuilder.emit(progress);
          }
        }
        try {
          await this.rebuilder.switchOver(this.binding, state, Number(this.row.head_position));
          break;
        } catch (error) {
          if (!(error instanceof BehindLiveError)) throw error;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      const done = (await this.rebuilder.progress(state.rebuildId)) as RebuildProgress;
      this.rebuilder.emit(done);
      return done;
    } catch (error) {
      await this.rebuilder.fail(state.rebuildId, error);
      throw error;
    } finally {
      await this.rebuilder.release(this.lock, name);
    }
  }
}
