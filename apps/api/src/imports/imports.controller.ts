import { createHash } from 'node:crypto';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Injectable,
  Param,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { IsIn, IsOptional } from 'class-validator';
import type pg from 'pg';
import type { Queue } from 'bullmq';
import {
  DIRECTORY_READER,
  IMPORT_COLUMNS,
  IMPORT_TEMPLATE_ROWS,
  validateImportTable,
  type PiiCodec,
} from '@tongxin/application';
import { Access, CurrentPrincipal, onStreet, type Principal } from '@tongxin/auth';
import type { Environment } from '@tongxin/config';
import {
  fold,
  shanghaiDate,
  STRUCTURE_STREAM,
  structureDecider,
  type StructureEvent,
  type StructureKind,
  type UnitIndex,
} from '@tongxin/domain';
import type { EventStore } from '@tongxin/event-store';
import { CodedError, type Clock } from '@tongxin/kernel';
import { enqueueImport, importQueue, ImportJobStore, type ImportRecord } from '@tongxin/jobs';
import { CLOCK, ENVIRONMENT, EVENT_STORE, PG_POOL, PII_CODEC } from '@tongxin/platform';
import type { DirectoryReader } from '@tongxin/read-store';
import { currentTenantContext, toTenantId } from '@tongxin/tenancy';
import { toCsv, toXlsx } from '../kpis/kpi-export.js';
import { readTable } from './import-file-reader.js';

/** Largest onboarding file accepted (a 10,000-row XLSX is about 300 KB). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The part of multer's file the upload uses. */
interface UploadedImportFile {
  readonly originalname: string;
  readonly buffer: Buffer;
}

export class TemplateQuery {
  @IsOptional()
  @IsIn(['csv', 'xlsx'], { message: 'format 应为 csv 或 xlsx / format must be csv or xlsx' })
  format: 'csv' | 'xlsx' = 'xlsx';
}

/** The import queue of the api: absent without Redis (the worker then finds pending imports itself). */
@Injectable()
export class ImportScheduler implements OnApplicationShutdown {
  private readonly queue: Queue | null;

  constructor(@Inject(ENVIRONMENT) environment: Environment) {
    this.queue = environment.REDIS_URL
      ? importQueue(
          { url: environment.REDIS_URL, maxRetriesPerRequest: 1, enableOfflineQueue: false },
          environment.QUEUE_PREFIX,
        )
      : null;
    this.queue?.on('error', () => undefined);
  }

  /** Enqueues when Redis answers; otherwise the import stays queued in PostgreSQL for the worker's scan. */
  async schedule(importId: string): Promise<boolean> {
    if (!this.queue) return false;
    return enqueueImport(this.queue, importId).then(
      () => true,
      () => false,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}

/** What a client sees of an import: progress, rate and the time left. */
function progressOf(record: ImportRecord, now: Date) {
  const elapsed = record.startedAt ? (now.getTime() - new Date(record.startedAt).getTime()) / 1000 : 0;
  const rate = elapsed > 0 ? record.done / elapsed : null;
  const etaSeconds = record.status === 'done' ? 0 : rate ? Math.ceil((record.total - record.done) / rate) : null;
  return {
    ...record,
    percent: record.total === 0 ? 100 : Math.floor((record.done / record.total) * 100),
    rowsPerSecond: rate === null ? null : Math.round(rate),
    etaSeconds,
  };
}

/** Bulk onboarding by a street office: template, upload (validated whole before anything is written), progress. */
@ApiTags('批量导入')
@Controller('api/v1/streets/:streetId/imports')
export class ImportsController {
  private readonly imports: ImportJobStore;

  constructor(
    @Inject(PG_POOL) pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DIRECTORY_READER) private readonly directory: DirectoryReader,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly scheduler: ImportScheduler,
    @Inject(PII_CODEC) private readonly pii: PiiCodec | null,
  ) {
    this.imports = new ImportJobStore(pool);
  }

  @Get('template')
  @Access(['street-office'], onStreet())
  async template(@Param('streetId') streetId: string, @Query() query: TemplateQuery, @Res() response: Response) {
    const rows = [[...IMPORT_COLUMNS], ...IMPORT_TEMPLATE_ROWS.map((r) => [...r])];
    const body =
      query.format === 'csv'
        ? toCsv(rows)
        : await toXlsx(
            rows,
            '导入模板',
            '同心 · 社区结构与党员批量导入模板（类型：小区/楼栋/网格/党组织/工作人员/党员；上级编号须先登记或在本文件中）',
          );
    response
      .status(200)
      .setHeader(
        'Content-Type',
        query.format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      .setHeader('Content-Disposition', `attachment; filename="tongxin-import-template-${streetId}.${query.format}"`)
      .send(body);
  }

  /** The structure a community has registered, to check parents and conflicts against. */
  private async knownStructure(communityIds: readonly string[]) {
    const known = new Map<string, UnitIndex>();
    for (const communityId of communityIds) {
      const stored = await this.store.readStream(
        currentTenantContext().scope,
        toTenantId(communityId),
        STRUCTURE_STREAM,
      );
      // Staff names are sealed personal data: compared in the clear here, never sent back.
      const history = this.pii ? await this.pii.open(communityId, stored) : stored;
      known.set(
        communityId,
        fold(
          structureDecider,
          history.map((e) => ({ type: e.type, data: e.data }) as StructureEvent),
        ).units,
      );
    }
    return (communityId: string, kind: StructureKind, id: string) => known.get(communityId)?.get(`${kind}:${id}`);
  }

  @Post()
  @HttpCode(202)
  @Access(['street-office'], onStreet())
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'XLSX 或 UTF-8 CSV，按模板填写' } },
    },
  })
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 }, defParamCharset: 'utf8' }),
  )
  async upload(
    @Param('streetId') streetId: string,
    @UploadedFile() file: UploadedImportFile | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (!file)
      throw new CodedError(
        'IMPORT_FILE_MISSING',
        'invalid',
        '请选择要上传的文件（字段名 file）',
        'Upload the file as multipart field "file"',
        { field: 'file' },
      );
    const table = await readTable(file.originalname, file.buffer);
    const communities = await this.directory.communitiesOfStreet(
      streetId,
      shanghaiDate(this.clock.now()),
      currentTenantContext().scope,
    );
    const streetCommunities = new Set(communities.map((c) => c.unitId));
    const mentioned = [
      ...new Set(
        table
          .slice(1)
          .map((row) => (row[1] ?? '').trim())
          .filter((id) => streetCommunities.has(id)),
      ),
    ];
    const { items, errors } = validateImportTable(table, streetCommunities, await this.knownStructure(mentioned));
    if (errors.length > 0) {
      throw new CodedError(
        'IMPORT_INVALID',
        'invalid',
        `文件有 ${errors.length} 处错误，未导入任何数据`,
        `The file has ${errors.length} problems; nothing was imported`,
        { rows: errors.slice(0, 1000), errorCount: errors.length },
      );
    }
    if (items.length === 0)
      throw new CodedError('IMPORT_EMPTY', 'invalid', '文件中没有数据行', 'The file has no data rows', {
        field: 'file',
      });
    // The same file for the same street is the same import: uploading it again changes nothing.
    const importId = createHash('sha256').update(streetId).update('\0').update(file.buffer).digest('hex').slice(0, 32);
    const { record, created } = await this.imports.create(
      { importId, streetId, fileName: file.originalname, createdBy: principal.subject, total: items.length },
      items,
      this.clock.now(),
    );
    if (record.status === 'queued' || record.status === 'running') await this.scheduler.schedule(importId);
    if (!created) response.status(200);
    return { ...progressOf(record, this.clock.now()), duplicate: !created };
  }

  private async find(streetId: string, importId: string): Promise<ImportRecord> {
    const record = /^[0-9a-f]{32}$/.test(importId) ? await this.imports.get(streetId, importId) : null;
    if (!record) throw new CodedError('IMPORT_NOT_FOUND', 'not-found', '导入任务不存在', 'No such import');
    return record;
  }

  @Get(':importId')
  @Access(['street-office'], onStreet())
  async status(@Param('streetId') streetId: string, @Param('importId') importId: string) {
    return progressOf(await this.find(streetId, importId), this.clock.now());
  }

  /** Server-sent events: the import's progress about every half second until it is done or failed. */
  @Get(':importId/events')
  @Access(['street-office'], onStreet())
  async events(@Param('streetId') streetId: string, @Param('importId') importId: string, @Res() response: Response) {
    let record = await this.find(streetId, importId);
    response
      .status(200)
      .setHeader('Content-Type', 'text/event-stream; charset=utf-8')
      .setHeader('Cache-Control', 'no-cache')
      .setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    let open = true;
    response.on('close', () => (open = false));
    for (;;) {
      response.write(`event: progress\ndata: ${JSON.stringify(progressOf(record, this.clock.now()))}\n\n`);
      if (!open || record.status === 'done' || record.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 500));
      record = (await this.imports.get(streetId, importId)) as ImportRecord;
    }
    response.end();
  }
}
