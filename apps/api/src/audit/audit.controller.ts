import { ApiTags } from '@nestjs/swagger';
import { once } from 'node:events';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { consistencyProof, inclusionProof, merkleRoot } from '@tongxin/audit';
import type { Environment } from '@tongxin/config';
import { CodedError, type Clock, type EventEnvelope } from '@tongxin/kernel';
import {
  COMMAND_EXECUTOR,
  communityLeaves,
  sealCommunityCheckpoint,
  type CommandContext,
  type CommandExecutor,
  type PiiCodec,
} from '@tongxin/application';
import { Access, onCommunity } from '@tongxin/auth';
import {
  accessReason,
  AUDIT_LOG_STREAM,
  auditLogDecider,
  ERASURE_STREAM,
  erasureDecider,
  type RecordHistoryRead,
} from '@tongxin/domain';
import type { EventStore } from '@tongxin/event-store';
import { CLOCK, ENVIRONMENT, EVENT_STORE, PII_CODEC } from '@tongxin/platform';
import { currentTenantContext, tenantScope, toTenantId } from '@tongxin/tenancy';
import { AccessReason, ApiAccessReason } from '../shared/access-reason.js';
import { CommandHeaders } from '../shared/command-headers.js';

export class EraseSubjectDto {
  @ApiProperty({
    example: 'request-5f0c2c1e-3d4b-4a47-9a43-2f1d6f0f7a10',
    description: '数据主体编号（记录视图的 piiSubjects）',
  })
  @IsString({ message: 'subjectId 应为文本 / subjectId must be text' })
  @MinLength(1)
  @MaxLength(200)
  subjectId!: string;

  @ApiProperty({ example: '居民本人申请删除个人信息（个人信息保护法第四十七条）', description: '删除理由，必填' })
  @IsString({ message: 'reason 应为文本 / reason must be text' })
  @MinLength(2, { message: 'reason 至少 2 个字 / reason needs at least 2 characters' })
  @MaxLength(500)
  reason!: string;
}

export class InclusionQuery {
  @IsUUID('all', { message: 'eventId 应为事件编号 / eventId must be an event id' })
  eventId!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER, { message: 'treeSize 超出范围 / treeSize is out of range' })
  treeSize?: number;
}

export class ConsistencyQuery {
  @Type(() => Number)
  @IsInt({ message: 'from 应为整数 / from must be an integer' })
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER, { message: 'from 超出范围 / from is out of range' })
  from!: number;

  @Type(() => Number)
  @IsInt({ message: 'to 应为整数 / to must be an integer' })
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER, { message: 'to 超出范围 / to is out of range' })
  to!: number;
}

export class HistoryQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'after 应为整数 / after must be an integer' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER, { message: 'after 超出范围 / after is out of range' })
  after?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit 应为整数 / limit must be an integer' })
  @Min(1)
  @Max(500, { message: 'limit 最大 500 / limit is at most 500' })
  limit?: number;

  @ApiPropertyOptional({ example: '2026 年度专项审计', description: '查阅理由，必填（或 X-Access-Reason 请求头）' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ReasonQuery {
  @ApiPropertyOptional({ example: '2026 年度专项审计', description: '查阅理由，必填（或 X-Access-Reason 请求头）' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** Auditors read and verify a community's history; every such read is itself recorded in that history. */
@ApiTags('审计')
@Controller('api/v1/communities/:communityId')
export class AuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(ENVIRONMENT) private readonly environment: Environment,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PII_CODEC) private readonly pii: PiiCodec | null,
  ) {}

  /** Envelopes as stored (ciphertext kept, so hashes verify), each with the state of its personal data: 已删除 once its subject is erased. */
  private async annotated(
    tenantId: string,
    events: readonly EventEnvelope[],
  ): Promise<(EventEnvelope & { piiStatus?: Record<string, string> })[]> {
    if (!this.pii) return [...events];
    const status = await this.pii.status(tenantId, events);
    return events.map((e) =>
      status.has(e.eventId) ? { ...e, piiStatus: status.get(e.eventId) as Record<string, string> } : e,
    );
  }

  /** A page of the community's history (a replay), as stored: personal data stays ciphertext, marked 已删除 when erased. Needs a reason; recorded. */
  @Get('history')
  @Access(['auditor', 'community-admin'], onCommunity())
  @ApiAccessReason(true)
  async history(
    @Param('communityId') communityId: string,
    @Query() query: HistoryQuery,
    @AccessReason() reason: string | undefined,
  ) {
    const tenantId = toTenantId(communityId);
    const why = accessReason(reason);
    const after = query.after ?? 0;
    const page = await this.store.readAll(tenantScope(tenantId), { fromPosition: after, limit: query.limit ?? 100 });
    await this.recordRead(
      {
        kind: 'RecordHistoryRead',
        purpose: 'history',
        afterPosition: after,
        returned: page.events.length,
        lastPosition: page.events.at(-1)?.globalPosition ?? null,
        reason: why,
      },
      tenantId,
    );
    return { tenantId, events: await this.annotated(tenantId, page.events), nextAfter: page.nextPosition };
  }

  @Get('verify')
  @Access(['auditor'], onCommunity())
  @ApiAccessReason(true)
  async verify(
    @Param('communityId') communityId: string,
    @Query() _query: ReasonQuery,
    @AccessReason() reason: string | undefined,
  ) {
    const tenantId = toTenantId(communityId);
    const why = accessReason(reason);
    const result = await this.store.verifyTenant(tenantId);
    await this.recordRead(
      {
        kind: 'RecordHistoryRead',
        purpose: 'verify',
        afterPosition: 0,
        returned: result.eventCount,
        lastPosition: null,
        reason: why,
      },
      tenantId,
    );
    return result;
  }

  /**
   * Erases a data subject (crypto-shredding): destroys their data key, then records
   * SubjectErased with the reason. Their personal data then reads 已删除 in every view, timeline
   * and export, while the hash chain (over ciphertext) still verifies. Community admin only.
   */
  @Post('pii-erasures')
  @Access(['community-admin'], onCommunity())
  async erase(
    @Param('communityId') communityId: string,
    @Body() body: EraseSubjectDto,
    @CommandHeaders() headers: Omit<CommandContext, 'actor'>,
  ) {
    if (!this.pii)
      throw new CodedError(
        'PII_CODEC_MISSING',
        'unavailable',
        '未配置个人信息加密（PII_MASTER_KEYS）',
        'PII_MASTER_KEYS is not configured',
      );
    const tenantId = toTenantId(communityId);
    const context = { ...headers, actor: currentTenantContext().actor };
    const target = { tenantId, streamId: ERASURE_STREAM };
    // A retry (same Idempotency-Key) answers with the first erasure; the key used for another one is refused,
    // both before any key is destroyed.
    const replayed = await this.executor.replay(target, context);
    const history = await this.store.readStream(tenantScope(tenantId), tenantId, ERASURE_STREAM);
    if (replayed) {
      const first = history.find((e) => e.eventId === replayed.eventIds[0])?.data as { keysDestroyed?: number };
      return {
        subjectId: body.subjectId.trim(),
        keysDestroyed: first?.keysDestroyed ?? 0,
        position: replayed.position,
        eventIds: replayed.eventIds,
      };
    }
    // Validate before destroying anything: a refused erasure changes nothing.
    erasureDecider.decide(
      { kind: 'EraseSubject', subjectId: body.subjectId, reason: body.reason, keysDestroyed: 0 },
      history.reduce((s, e) => erasureDecider.evolve(s, e as never), erasureDecider.initialState),
    );
    const keysDestroyed = await this.pii.erase(tenantId, body.subjectId.trim());
    const outcome = await this.executor.execute(
      erasureDecider,
      target,
      { kind: 'EraseSubject', subjectId: body.subjectId, reason: body.reason, keysDestroyed },
      context,
    );
    return { subjectId: body.subjectId.trim(), keysDestroyed, position: outcome.position, eventIds: outcome.eventIds };
  }

  /**
   * The community's whole history as NDJSON (one envelope with its hashes per line, in tenant
   * order), streamed page by page and paced by the client (backpressure), so memory stays
   * constant whatever the length. Recorded as a HistoryRead. Verify offline with
   * `npm run cli -- verify-export --file <file>`.
   */
  @Get('export')
  @Access(['auditor'], onCommunity())
  @ApiAccessReason(true)
  async export(
    @Param('communityId') communityId: string,
    @AccessReason() reason: string | undefined,
    @Res() response: Response,
  ) {
    const tenantId = toTenantId(communityId);
    const why = accessReason(reason);
    await this.recordRead(
      {
        kind: 'RecordHistoryRead',
        purpose: 'export',
        afterPosition: 0,
        returned: null,
        lastPosition: null,
        reason: why,
      },
      tenantId,
    );
    response.status(200).setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${tenantId}-history.ndjson"`);
    let from = 0;
    for (;;) {
      const page = await this.store.readAll(tenantScope(tenantId), { fromPosition: from, limit: 1000 });
      for (const event of await this.annotated(tenantId, page.events)) {
        if (!response.write(`${JSON.stringify(event)}\n`)) await once(response, 'drain');
      }
      if (page.events.length < 1000) break;
      from = page.nextPosition;
    }
    response.end();
  }

  /** Seals a signed RFC 6962 checkpoint over the community's whole log, as a CheckpointSealed event (Ed25519, or SM2 with an SM2 key). */
  @Post('checkpoints')
  @Access(['auditor', 'community-admin'], onCommunity())
  async seal(@Param('communityId') communityId: string) {
    const sealed = await sealCommunityCheckpoint(
      {
        store: this.store,
        executor: this.executor,
        clock: this.clock,
        signingKey: this.environment.AUDIT_SIGNING_KEY,
        actor: currentTenantContext().actor,
      },
      communityId,
    );
    const { checkpoint, outcome } = sealed as NonNullable<typeof sealed>;
    return { checkpoint, position: outcome.position };
  }

  /** Inclusion proof: this event is among the first `treeSize` events of the community's log. */
  @Get('checkpoints/inclusion')
  @Access(['auditor'], onCommunity())
  async inclusion(@Param('communityId') communityId: string, @Query() query: InclusionQuery) {
    const { leaves, algorithm, eventIds } = await this.leaves(toTenantId(communityId));
    const treeSize = query.treeSize ?? leaves.length;
    const index = eventIds.indexOf(query.eventId);
    if (index < 0 || index >= treeSize || treeSize > leaves.length)
      throw new CodedError(
        'EVENT_NOT_IN_TREE',
        'not-found',
        '该事件不在此检查点范围内',
        'The event is not among the first treeSize events',
      );
    const tree = leaves.slice(0, treeSize);
    return {
      eventId: query.eventId,
      leafIndex: index,
      treeSize,
      algorithm,
      leaf: leaves[index].toString('hex'),
      rootHash: merkleRoot(algorithm, tree).toString('hex'),
      proof: inclusionProof(algorithm, tree, index).map((b) => b.toString('hex')),
    };
  }

  /** Consistency proof: the log of `to` events extends the log of `from` events, nothing rewritten. */
  @Get('checkpoints/consistency')
  @Access(['auditor'], onCommunity())
  async consistency(@Param('communityId') communityId: string, @Query() query: ConsistencyQuery) {
    const { leaves, algorithm } = await this.leaves(toTenantId(communityId));
    if (query.from > query.to || query.to > leaves.length)
      throw new CodedError(
        'INVALID_RANGE',
        'invalid',
        'from 须不大于 to，且不超过事件数',
        'from must be ≤ to ≤ the number of events',
        { field: 'to' },
      );
    return {
      from: query.from,
      to: query.to,
      algorithm,
      fromRoot: merkleRoot(algorithm, leaves.slice(0, query.from)).toString('hex'),
      toRoot: merkleRoot(algorithm, leaves.slice(0, query.to)).toString('hex'),
      proof: consistencyProof(algorithm, leaves.slice(0, query.to), query.from).map((b) => b.toString('hex')),
    };
  }

  private leaves(tenantId: ReturnType<typeof toTenantId>) {
    return communityLeaves(this.store, tenantId);
  }

  /** Every replay, verify and export is recorded in the community's own history (hash-chained like everything else). */
  private async recordRead(command: RecordHistoryRead, tenantId: string): Promise<void> {
    const { actor } = currentTenantContext();
    await this.executor.execute(auditLogDecider, { tenantId, streamId: AUDIT_LOG_STREAM }, command, { actor });
  }
}
