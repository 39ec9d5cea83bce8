import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type pg from 'pg';
import { CommunityCommandMessage, type CommandOutcome, type ImportItem } from '@tongxin/application';
import { CodedError, type Clock } from '@tongxin/kernel';
import type { MemberCommand, StructureCommand, StructureUnit } from '@tongxin/domain';
import { allTenantsScope, runInTenantContext } from '@tongxin/tenancy';

export const IMPORT_QUEUE = 'tongxin-import';
/** Items per step: progress moves and a crash loses at most one step (replayed idempotently). */
const STEP = 250;

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ImportRecord {
  readonly importId: string;
  readonly streetId: string;
  readonly fileName: string;
  readonly status: ImportStatus;
  readonly total: number;
  readonly done: number;
  readonly skipped: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly error: string | null;
}

const COLUMNS = `import_id as "importId", street_id as "streetId", file_name as "fileName", status, total, done, skipped, created_by as "createdBy",
  created_at as "createdAt", started_at as "startedAt", finished_at as "finishedAt", error`;

/**
 * Imports live in PostgreSQL (file rows, status, progress); Redis only carries the job that
 * runs them, so a lost queue is re-derived from the pending imports here.
 */
export class ImportJobStore {
  constructor(private readonly pool: pg.Pool) {}

  /** Stores a validated import; the same file for the same street is the same import (returns the existing one). */
  async create(
    record: Pick<ImportRecord, 'importId' | 'streetId' | 'fileName' | 'createdBy' | 'total'>,
    items: readonly ImportItem[],
    now: Date,
  ): Promise<{ record: ImportRecord; created: boolean }> {
    const inserted = await this.pool.query<ImportRecord>(
      `insert into import_jobs (import_id, street_id, file_name, status, total, done, skipped, created_by, created_at, items)
       values ($1, $2, $3, 'queued', $4, 0, 0, $5, $6, $7) on conflict (import_id) do nothing returning ${COLUMNS}`,
      [record.importId, record.streetId, record.fileName, record.total, record.createdBy, now, JSON.stringify(items)],
    );
    if (inserted.rows[0]) return { record: inserted.rows[0], created: true };
    return { record: (await this.get(record.streetId, record.importId)) as ImportRecord, created: false };
  }

  async get(streetId: string, importId: string): Promise<ImportRecord | null> {
    const result = await this.pool.query<ImportRecord>(
      `select ${COLUMNS} from import_jobs where street_id = $1 and import_id = $2`,
      [streetId, importId],
    );
    return result.rows[0] ?? null;
  }

  async pending(): Promise<string[]> {
    const result = await this.pool.query<{ import_id: string }>(
      "select import_id from import_jobs where status in ('queued', 'running') order by created_at",
    );
    return result.rows.map((r) => r.import_id);
  }

  async load(importId: string): Promise<{ record: ImportRecord; items: ImportItem[] } | null> {
    const result = await this.pool.query<ImportRecord & { items: ImportItem[] }>(
      `select ${COLUMNS}, items from import_jobs where import_id = $1`,
      [importId],
    );
    const row = result.rows[0];
    if (!row) return null;
    const { items, ...record } = row;
    return { record, items };
  }

  async update(
    importId: string,
    change: Partial<Pick<ImportRecord, 'status' | 'done' | 'skipped' | 'error'>> & { started?: Date; finished?: Date },
  ): Promise<void> {
    await this.pool.query(
      `update import_jobs set status = coalesce($2, status), done = coalesce($3, done), skipped = coalesce($4, skipped), error = coalesce($5, error),
         started_at = coalesce(started_at, $6), finished_at = coalesce($7, finished_at) where import_id = $1`,
      [
        importId,
        change.status ?? null,
        change.done ?? null,
        change.skipped ?? null,
        change.error ?? null,
        change.started ?? null,
        change.finished ?? null,
      ],
    );
  }
}

export interface ImportDeps {
  readonly imports: ImportJobStore;
  readonly communities: { execute(message: CommunityCommandMessage): Promise<CommandOutcome> };
  readonly clock: Clock;
}

/**
 * Runs a validated import in steps: per step, one structure batch per community and one
 * registration per party member. Every command id derives from the import and the item, so a
 * step run twice (crash, retry) records nothing twice; the run resumes from the last step saved.
 */
export async function runImport(
  { imports, communities, clock }: ImportDeps,
  importId: string,
): Promise<ImportRecord | null> {
  const loaded = await imports.load(importId);
  if (!loaded || loaded.record.status === 'done') return loaded?.record ?? null;
  const { record, items } = loaded;
  const actor = { userId: record.createdBy, role: 'street-office' };
  await imports.update(importId, { status: 'running', started: clock.now() });
  let skipped = record.skipped;
  try {
    await runInTenantContext({ scope: allTenantsScope('worker'), actor }, async () => {
      for (let start = record.done; start < items.length; start += STEP) {
        const step = items.slice(start, start + STEP);
        const structure = new Map<string, StructureUnit[]>();
        for (const item of step)
          if ('unit' in item) structure.set(item.communityId, [...(structure.get(item.communityId) ?? []), item.unit]);
        for (const [communityId, units] of structure) {
          const command: StructureCommand = { kind: 'RegisterStructure', units };
          await communities.execute(
            new CommunityCommandMessage(communityId, 'structure', 'structure', command, {
              actor,
              commandId: `import:${importId}:${start}:${communityId}`,
            }),
          );
        }
        for (const item of step) {
          if (!('member' in item)) continue;
          const command: MemberCommand = { kind: 'RegisterPartyMember', ...item.member };
          try {
            await communities.execute(
              new CommunityCommandMessage(item.communityId, 'member', item.member.memberId, command, {
                actor,
                commandId: `import:${importId}:row:${item.row}`,
              }),
            );
          } catch (error) {
            // Registered before by other means: the member is there, which is what the file asks.
            if (!(error instanceof CodedError && error.code === 'MEMBER_ALREADY_REGISTERED')) throw error;
            skipped += 1;
          }
        }
        await imports.update(importId, { done: Math.min(items.length, start + STEP), skipped });
      }
    });
    await imports.update(importId, { status: 'done', finished: clock.now() });
  } catch (error) {
    await imports.update(importId, {
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
      finished: clock.now(),
    });
    throw error;
  }
  return imports.get(record.streetId, importId);
}

export function importQueue(connection: ConnectionOptions, prefix?: string): Queue {
  return new Queue(IMPORT_QUEUE, { connection, ...(prefix ? { prefix } : {}) });
}

/** Enqueues an import; the job id is the import id, so enqueuing twice runs it once. */
export async function enqueueImport(queue: Queue, importId: string): Promise<void> {
  await queue.add(
    'run-import',
    { importId },
    {
      jobId: importId,
      attempts: 5,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: 1000,
      removeOnFail: 1000,
    },
  );
}

/** Re-derives the queue from PostgreSQL: every import not done is enqueued again (idempotent). */
export async function requeuePendingImports(imports: ImportJobStore, queue: Queue): Promise<number> {
  const pending = await imports.pending();
  for (const importId of pending) await enqueueImport(queue, importId);
  return pending.length;
}

export function createImportWorker(
  deps: ImportDeps,
  connection: ConnectionOptions,
  prefix?: string,
): Worker<{ importId: string }> {
  return new Worker<{ importId: string }>(
    IMPORT_QUEUE,
    async (job) => void (await runImport(deps, job.data.importId)),
    { connection, concurrency: 2, ...(prefix ? { prefix } : {}) },
  );
}
