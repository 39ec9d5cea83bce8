import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type pg from 'pg';
import { COMMUNITY_RECORDS } from '@tongxin/application';
import { fold } from '@tongxin/domain';
import { inScopedTransaction, type EventStore } from '@tongxin/event-store';
import type { Clock } from '@tongxin/kernel';
import {
  openDataEvent,
  recordRegisterHeader,
  recordRegisterRow,
  REQUEST_REGISTER_HEADER,
  requestRegisterRow,
  effectiveHistory,
  type RecordEvent,
  type RegisterCell,
  type RegisterKind,
} from '@tongxin/projections';
import { allTenantsScope, tenantScope, toTenantId } from '@tongxin/tenancy';
import { RequestQueueReader, type RequestQueueFilter } from '@tongxin/read-store';

export const EXPORT_QUEUE = 'tongxin-export';
export const EXPORT_KINDS = ['requests', 'disputes', 'wishes', 'hazards', 'open-data'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportFormat = 'csv' | 'xlsx' | 'ndjson';
export type ExportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ExportRecord {
  readonly exportId: string;
  readonly tenantId: string;
  readonly kind: ExportKind;
  readonly format: ExportFormat;
  /** The work-queue filters (requests): the same filters the queue endpoint takes, applied by the same reader. */
  readonly filters: RequestQueueFilter;
  readonly status: ExportStatus;
  readonly total: number | null;
  readonly done: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly error: string | null;
  readonly fileName: string | null;
  readonly byteSize: number | null;
}

const COLUMNS = `export_id as "exportId", tenant_id as "tenantId", kind, format, filters, status, total, done, created_by as "createdBy",
  to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
  to_char(started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "startedAt",
  to_char(finished_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "finishedAt", error, file_name as "fileName", byte_size as "byteSize"`;

/** Exports live in PostgreSQL (request, progress and the finished file); Redis only carries the job that runs them. */
export class ExportJobStore {
  constructor(private readonly pool: pg.Pool) {}

  private scoped<T>(tenantId: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inScopedTransaction(this.pool, tenantScope(toTenantId(tenantId)), work);
  }

  /** The same export id (a retried request) returns the export already there. */
  /**
   * Asks for an export, once per id: an id already there (a retried request) is not created again.
   * `requestHash` (of the canonical request, for exports asked for with an Idempotency-Key) is
   * kept, and the stored one returned with an existing export (null for one asked for before it was kept).
   */
  async create(
    record: Pick<ExportRecord, 'exportId' | 'tenantId' | 'kind' | 'format' | 'filters' | 'createdBy'>,
    now: Date,
    requestHash: string | null = null,
  ): Promise<{ record: ExportRecord; created: boolean; requestHash: string | null }> {
    const inserted = await this.scoped(record.tenantId, (c) =>
      c.query<ExportRecord>(
        `insert into export_jobs (export_id, tenant_id, kind, format, filters, status, created_by, created_at, request_hash)
         values ($1, $2, $3, $4, $5, 'queued', $6, $7, $8) on conflict (export_id) do nothing returning ${COLUMNS}`,
        [
          record.exportId,
          record.tenantId,
          record.kind,
          record.format,
          JSON.stringify(record.filters),
          record.createdBy,
          now,
          requestHash,
        ],
      ),
    );
    if (inserted.rows[0]) return { record: inserted.rows[0], created: true, requestHash };
    const stored = await this.scoped(record.tenantId, (c) =>
      c.query<ExportRecord & { requestHash: string | null }>(
        `select ${COLUMNS}, request_hash as "requestHash" from export_jobs where tenant_id = $1 and export_id = $2`,
        [record.tenantId, record.exportId],
      ),
    );
    const [row] = stored.rows;
    if (!row) throw new Error(`export ${record.exportId} is neither new nor stored`);
    const { requestHash: storedHash, ...existing } = row;
    return { record: existing, created: false, requestHash: storedHash };
  }

  async get(tenantId: string, exportId: string): Promise<ExportRecord | null> {
    const result = await this.scoped(tenantId, (c) =>
      c.query<ExportRecord>(`select ${COLUMNS} from export_jobs where tenant_id = $1 and export_id = $2`, [
        tenantId,
        exportId,
      ]),
    );
    return result.rows[0] ?? null;
  }

  async file(
    tenantId: string,
    exportId: string,
  ): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
    const result = await this.scoped(tenantId, (c) =>
      c.query<{ fileName: string; contentType: string; content: Buffer }>(
        `select file_name as "fileName", content_type as "contentType", content from export_jobs where tenant_id = $1 and export_id = $2 and status = 'done'`,
        [tenantId, exportId],
      ),
    );
    return result.rows[0] ?? null;
  }

  /** Exports not finished, in every community: the worker queues them again after Redis was lost. */
  async pending(): Promise<{ exportId: string; tenantId: string }[]> {
    const result = await inScopedTransaction(this.pool, allTenantsScope('worker'), (c) =>
      c.query<{ exportId: string; tenantId: string }>(
        `select export_id as "exportId", tenant_id as "tenantId" from export_jobs where status in ('queued', 'running') order by created_at`,
      ),
    );
    return result.rows;
  }

  async update(
    tenantId: string,
    exportId: string,
    change: { status?: ExportStatus; total?: number; done?: number; error?: string; started?: Date; finished?: Date },
  ): Promise<void> {
    await this.scoped(tenantId, (c) =>
      c.query(
        `update export_jobs set status = coalesce($3, status), total = coalesce($4, total), done = coalesce($5, done), error = coalesce($6, error),
           started_at = coalesce(started_at, $7), finished_at = coalesce($8, finished_at) where tenant_id = $1 and export_id = $2`,
        [
          tenantId,
          exportId,
          change.status ?? null,
          change.total ?? null,
          change.done ?? null,
          change.error ?? null,
          change.started ?? null,
          change.finished ?? null,
        ],
      ),
    );
  }

  async finish(
    tenantId: string,
    exportId: string,
    file: { fileName: string; contentType: string; content: Buffer },
    now: Date,
  ): Promise<void> {
    await this.scoped(tenantId, (c) =>
      c.query(
        `update export_jobs set status = 'done', file_name = $3, content_type = $4, content = $5, byte_size = $6, finished_at = $7, done = coalesce(total, done) where tenant_id = $1 and export_id = $2`,
        [tenantId, exportId, file.fileName, file.contentType, file.content, file.content.length, now],
      ),
    );
  }
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ndjson: 'application/x-ndjson; charset=utf-8',
};
const SHEET_NAMES: Record<ExportKind, string> = {
  requests: '诉求台账',
  disputes: '纠纷台账',
  wishes: '微心愿台账',
  hazards: '隐患台账',
  'open-data': '开放数据',
};
const RECORD_KIND: Record<Exclude<ExportKind, 'requests' | 'open-data'>, RegisterKind> = {
  disputes: 'dispute',
  wishes: 'wish',
  hazards: 'hazard',
};
/** Records per step: progress moves, and memory stays bounded by one step of histories. */
const STEP = 500;

export interface ExportDeps {
  readonly pool: pg.Pool;
  readonly store: EventStore;
  readonly exports: ExportJobStore;
  readonly clock: Clock;
}

async function histories(
  pool: pg.Pool,
  tenantId: string,
  kind: string,
  ids: readonly string[],
): Promise<Map<string, RecordEvent[]>> {
  const rows = await inScopedTransaction(pool, tenantScope(toTenantId(tenantId)), (c) =>
    c.query<{ record_id: string; event: RecordEvent }>(
      'select record_id, event from record_history where tenant_id = $1 and record_kind = $2 and record_id = any($3) order by record_id, global_position',
      [tenantId, kind, ids],
    ),
  );
  const byId = new Map<string, RecordEvent[]>();
  for (const row of rows.rows) byId.set(row.record_id, [...(byId.get(row.record_id) ?? []), row.event]);
  return byId;
}

/** Every request of the work queue under the export's filters, in queue order, read by the queue's own reader. */
async function queueItems(pool: pg.Pool, record: ExportRecord): Promise<{ requestId: string; status: string }[]> {
  const reader = new RequestQueueReader(pool);
  const items: { requestId: string; status: string }[] = [];
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<RequestQueueReader['list']>> = await reader.list(
      tenantScope(toTenantId(record.tenantId)),
      record.tenantId,
      record.filters,
      new Date(record.createdAt),
      200,
      after,
    );
    items.push(...page.items.map((i) => ({ requestId: i.requestId, status: i.status })));
    after = page.next;
  } while (after);
  return items;
}

async function registerRows(
  deps: ExportDeps,
  record: ExportRecord,
  progress: (done: number, total: number) => Promise<void>,
): Promise<RegisterCell[][]> {
  if (record.kind === 'requests') {
    const items = await queueItems(deps.pool, record);
    const rows: RegisterCell[][] = [[...REQUEST_REGISTER_HEADER]];
    for (let start = 0; start < items.length || start === 0; start += STEP) {
      const step = items.slice(start, start + STEP);
      const found = await histories(
        deps.pool,
        record.tenantId,
        'request',
        step.map((i) => i.requestId),
      );
      for (const item of step)
        rows.push(requestRegisterRow(item.requestId, item.status, found.get(item.requestId) ?? []));
      await progress(Math.min(items.length, start + STEP), items.length);
      if (items.length === 0) break;
    }
    return rows;
  }
  const kind = RECORD_KIND[record.kind as keyof typeof RECORD_KIND];
  const ids = (
    await inScopedTransaction(deps.pool, tenantScope(toTenantId(record.tenantId)), (c) =>
      c.query<{ record_id: string }>(
        'select distinct record_id from record_history where tenant_id = $1 and record_kind = $2 order by record_id',
        [record.tenantId, kind],
      ),
    )
  ).rows.map((r) => r.record_id);
  const records = COMMUNITY_RECORDS[kind];
  const rows: RegisterCell[][] = [recordRegisterHeader(kind)];
  for (let start = 0; start < ids.length; start += STEP) {
    const found = await histories(deps.pool, record.tenantId, kind, ids.slice(start, start + STEP));
    for (const id of ids.slice(start, start + STEP)) {
      const history = found.get(id) ?? [];
      const events = effectiveHistory(history);
      if (events.length === 0) continue; // its creation was voided: the record does not exist
      const status = records.status(
        fold(
          records.decider,
          events.map((e) => ({ type: e.type, data: e.data })),
        ),
      );
      rows.push(recordRegisterRow(kind, id, status, records.statusLabel(status), history));
    }
    await progress(Math.min(ids.length, start + STEP), ids.length);
  }
  if (ids.length === 0) await progress(0, 0);
  return rows;
}

async function openDataLines(
  deps: ExportDeps,
  record: ExportRecord,
  progress: (done: number, total: number) => Promise<void>,
): Promise<Buffer> {
  const tenant = toTenantId(record.tenantId);
  const total = Number(
    (
      await inScopedTransaction(deps.pool, tenantScope(tenant), (c) =>
        c.query<{ n: string }>('select count(*) as n from events where tenant_id = $1', [tenant]),
      )
    ).rows[0]?.n ?? 0,
  );
  const lines: string[] = [];
  let position = 0;
  let done = 0;
  for (;;) {
    const page = await deps.store.readAll(tenantScope(tenant), { fromPosition: position, limit: 1000 });
    if (page.events.length === 0) break;
    for (const event of page.events) {
      const line = openDataEvent(event);
      if (line) lines.push(JSON.stringify(line));
    }
    done += page.events.length;
    position = page.nextPosition;
    await progress(Math.min(done, total), total);
  }
  if (total === 0) await progress(0, 0);
  return Buffer.from(lines.length > 0 ? `${lines.join('\n')}\n` : '', 'utf8');
}

/** CSV with a byte-order mark, so Excel opens the Chinese headers correctly. */
export function registerCsv(rows: RegisterCell[][]): Buffer {
  return Buffer.from(`\uFEFF${stringify(rows)}`, 'utf8');
}

export async function registerXlsx(rows: RegisterCell[][], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '同心 Tongxin';
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((row, index) => {
    const added = sheet.addRow(row);
    if (index === 0) added.font = { bold: true };
  });
  sheet.columns.forEach((column) => (column.width = 20));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Runs one export to its file; running it again after a crash starts it over (reads only, writes nothing but the file). */
export async function runExport(deps: ExportDeps, tenantId: string, exportId: string): Promise<ExportRecord | null> {
  const record = await deps.exports.get(tenantId, exportId);
  if (!record || record.status === 'done') return record;
  await deps.exports.update(tenantId, exportId, { status: 'running', started: deps.clock.now() });
  const progress = (done: number, total: number) => deps.exports.update(tenantId, exportId, { done, total });
  try {
    const day = record.createdAt.slice(0, 10);
    const fileName = `tongxin-${record.kind}-${tenantId}-${day}.${record.format}`;
    let content: Buffer;
    if (record.kind === 'open-data') content = await openDataLines(deps, record, progress);
    else {
      const rows = await registerRows(deps, record, progress);
      content = record.format === 'xlsx' ? await registerXlsx(rows, SHEET_NAMES[record.kind]) : registerCsv(rows);
    }
    await deps.exports.finish(
      tenantId,
      exportId,
      { fileName, contentType: CONTENT_TYPES[record.format], content },
      deps.clock.now(),
    );
  } catch (error) {
    await deps.exports.update(tenantId, exportId, {
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
      finished: deps.clock.now(),
    });
    throw error;
  }
  return deps.exports.get(tenantId, exportId);
}

export interface ExportJob {
  readonly tenantId: string;
  readonly exportId: string;
}

export function exportQueue(connection: ConnectionOptions, prefix?: string): Queue<ExportJob> {
  return new Queue<ExportJob>(EXPORT_QUEUE, { connection, ...(prefix ? { prefix } : {}) });
}

/** The job id is the export id: enqueuing twice runs it once. */
export async function enqueueExport(queue: Queue<ExportJob>, job: ExportJob): Promise<void> {
  await queue.add('run-export', job, {
    jobId: job.exportId,
    attempts: 3,
    backoff: { type: 'exponential', delay: 2000 },
    removeOnComplete: 1000,
    removeOnFail: 1000,
  });
}

export async function requeuePendingExports(exports: ExportJobStore, queue: Queue<ExportJob>): Promise<number> {
  const pending = await exports.pending();
  for (const job of pending) await enqueueExport(queue, job);
  return pending.length;
}

export function createExportWorker(
  deps: ExportDeps,
  connection: ConnectionOptions,
  prefix?: string,
): Worker<ExportJob> {
  return new Worker<ExportJob>(
    EXPORT_QUEUE,
    async (job) => void (await runExport(deps, job.data.tenantId, job.data.exportId)),
    { connection, concurrency: 2, ...(prefix ? { prefix } : {}) },
  );
}
