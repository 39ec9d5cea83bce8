import { ApiTags } from '@nestjs/swagger';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Injectable,
  Param,
  Post,
  Res,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Response } from 'express';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import type pg from 'pg';
import type { Queue } from 'bullmq';
import { Access, onCommunity, type Role } from '@tongxin/auth';
import type { Environment } from '@tongxin/config';
import { REQUEST_CATEGORIES } from '@tongxin/domain';
import { CodedError, idFromKey, type Clock, type IdGenerator } from '@tongxin/kernel';
import {
  enqueueExport,
  EXPORT_KINDS,
  exportQueue,
  ExportJobStore,
  type ExportJob,
  type ExportKind,
  type ExportRecord,
} from '@tongxin/jobs';
import { CLOCK, ENVIRONMENT, EVENT_STORE, ID_GENERATOR, PG_POOL } from '@tongxin/platform';
import { currentTenantContext, toTenantId } from '@tongxin/tenancy';
import canonicalize from 'canonicalize';
import { commandDifferences, IdempotencyKeyReusedError, type EventStore } from '@tongxin/event-store';
import { CommandHeaders } from '../shared/command-headers.js';
import type { CommandContext } from '@tongxin/application';

const STATUSES = [
  'raised',
  'dispatched',
  'accepted',
  'escalated',
  'resolved',
  'rated',
  'reopened',
  'closed',
  'rejected',
  'withdrawn',
];
/** Who reads a community's registers: the work queue's readers. */
const EXPORTERS: Role[] = [
  'community-admin',
  'community-staff',
  'party-member',
  'grid-worker',
  'street-office',
  'district-committee',
  'auditor',
];

@JSONSchema({
  description:
    '导出台账（CSV / XLSX，中文表头，含各环节时间）或开放数据（NDJSON，不含个人信息）。诉求台账的筛选条件与工作台列表完全一致。',
  example: { kind: 'requests', format: 'xlsx', status: 'resolved', category: 'drainage' },
})
export class CreateExportDto {
  @IsIn(EXPORT_KINDS, { message: `kind 应为 ${EXPORT_KINDS.join('/')} 之一 / kind must be one of them` })
  kind!: ExportKind;

  @IsIn(['csv', 'xlsx', 'ndjson'], { message: 'format 应为 csv、xlsx 或 ndjson / format must be csv, xlsx or ndjson' })
  format!: 'csv' | 'xlsx' | 'ndjson';

  @IsOptional()
  @IsIn(STATUSES, { message: 'status 无效 / unknown status' })
  status?: string;

  @IsOptional()
  @IsIn(Object.keys(REQUEST_CATEGORIES), { message: 'category 不在管理清单内 / category is not in the managed list' })
  category?: string;

  @IsOptional()
  @IsBoolean({ message: 'open 应为 true 或 false' })
  open?: boolean;

  @IsOptional()
  @IsBoolean({ message: 'overdue 应为 true 或 false' })
  overdue?: boolean;
}

/** The export queue of the api: absent without Redis (the worker then finds pending exports itself). */
@Injectable()
export class ExportScheduler implements OnApplicationShutdown {
  private readonly queue: Queue<ExportJob> | null;

  constructor(@Inject(ENVIRONMENT) environment: Environment) {
    this.queue = environment.REDIS_URL
      ? exportQueue(
          { url: environment.REDIS_URL, maxRetriesPerRequest: 1, enableOfflineQueue: false },
          environment.QUEUE_PREFIX,
        )
      : null;
    this.queue?.on('error', () => undefined);
  }

  async schedule(job: ExportJob): Promise<boolean> {
    if (!this.queue) return false;
    return enqueueExport(this.queue, job).then(
      () => true,
      () => false,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}

const invalid = (zh: string, en: string, field: string) =>
  new CodedError('EXPORT_INVALID', 'invalid', zh, en, { field, fields: [{ field, messages: [`${zh} / ${en}`] }] });

/** Long exports run as worker jobs: ask for one, follow its progress, download the file when it is done. */
@ApiTags('导出')
@Controller('api/v1/communities/:communityId/exports')
export class ExportsController {
  private readonly exports: ExportJobStore;

  constructor(
    @Inject(PG_POOL) pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly scheduler: ExportScheduler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.exports = new ExportJobStore(pool);
  }

  private view(record: ExportRecord) {
    const base = `/api/v1/communities/${record.tenantId}/exports/${record.exportId}`;
    const percent = record.status === 'done' ? 100 : record.total ? Math.floor((record.done / record.total) * 100) : 0;
    return { ...record, percent, statusUrl: base, downloadUrl: record.status === 'done' ? `${base}/download` : null };
  }

  @Post()
  @HttpCode(202)
  @Access(EXPORTERS, onCommunity())
  async create(
    @Param('communityId') communityId: string,
    @Body() body: CreateExportDto,
    @CommandHeaders() headers: Omit<CommandContext, 'actor'>,
    @Res({ passthrough: true }) response: Response,
  ) {
    if ((body.kind === 'open-data') !== (body.format === 'ndjson'))
      throw invalid(
        '开放数据仅提供 NDJSON，台账提供 CSV 或 XLSX',
        'Open data comes as NDJSON, registers as CSV or XLSX',
        'format',
      );
    const { kind, format, ...given } = body;
    const filters = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    if (kind !== 'requests' && Object.keys(filters).length > 0)
      throw invalid('筛选条件仅适用于诉求台账', 'Filters apply to the request register only', Object.keys(filters)[0]);
    // A retried request (same Idempotency-Key) addresses the same export.
    const exportId = headers.commandId ? idFromKey(communityId, `export:${headers.commandId}`) : this.ids.next();
    // The key already used for a command in this community (a raise, a dispatch…) is not an export's key.
    const command = headers.commandId ? await this.store.findCommand(toTenantId(communityId), headers.commandId) : null;
    if (command)
      throw IdempotencyKeyReusedError.firstUse(
        command,
        commandDifferences(command, { fingerprint: headers.fingerprint ?? null, streamIds: [`export-${exportId}`] }),
      );
    const { record, created, requestHash } = await this.exports.create(
      {
        exportId,
        tenantId: communityId,
        kind,
        format,
        filters: { ...filters },
        createdBy: currentTenantContext().actor.userId,
      },
      this.clock.now(),
      headers.fingerprint?.bodyHash ?? null,
    );
    // The key used before for another export is refused, never answered with the other export (a legacy export,
    // asked for before request hashes were kept, is compared by what it exports).
    if (!created && headers.fingerprint) {
      const same =
        requestHash !== null
          ? requestHash === headers.fingerprint.bodyHash
          : record.kind === kind &&
            record.format === format &&
            canonicalize(record.filters) === canonicalize({ ...filters });
      if (!same)
        throw IdempotencyKeyReusedError.firstUse(
          {
            commandId: headers.commandId as string,
            fingerprint: { kind: headers.fingerprint.kind, bodyHash: requestHash ?? '' },
            streamIds: [`export-${exportId}`],
            recordedAt: record.createdAt,
            results: [],
          },
          ['body'],
        );
    }
    if (record.status === 'queued' || record.status === 'running')
      await this.scheduler.schedule({ tenantId: communityId, exportId });
    if (!created) response.status(200);
    return this.view(record);
  }

  private async find(communityId: string, exportId: string): Promise<ExportRecord> {
    const record = /^[0-9a-f-]{36}$/.test(exportId) ? await this.exports.get(communityId, exportId) : null;
    if (!record) throw new CodedError('EXPORT_NOT_FOUND', 'not-found', '导出任务不存在', 'No such export');
    return record;
  }

  @Get(':exportId')
  @Access(EXPORTERS, onCommunity())
  async status(@Param('communityId') communityId: string, @Param('exportId') exportId: string) {
    return this.view(await this.find(communityId, exportId));
  }

  @Get(':exportId/download')
  @Access(EXPORTERS, onCommunity())
  async download(
    @Param('communityId') communityId: string,
    @Param('exportId') exportId: string,
    @Res() response: Response,
  ) {
    const record = await this.find(communityId, exportId);
    const file = record.status === 'done' ? await this.exports.file(communityId, exportId) : null;
    if (!file)
      throw new CodedError(
        'EXPORT_NOT_READY',
        'conflict',
        `导出尚未完成（${record.status}）`,
        `The export is not finished (${record.status})`,
        { state: record.status },
      );
    response
      .status(200)
      .setHeader('Content-Type', file.contentType)
      .setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`)
      .send(file.content);
  }
}
