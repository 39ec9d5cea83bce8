import { ApiTags } from '@nestjs/swagger';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { COMMAND_EXECUTOR, type CommandExecutor } from '@tongxin/application';
import { Access, onCommunity } from '@tongxin/auth';
import { AUDIT_LOG_STREAM, auditLogDecider, type RecordHistoryRead } from '@tongxin/domain';
import type { EventStore } from '@tongxin/event-store';
import { EVENT_STORE } from '@tongxin/platform';
import { currentTenantContext, tenantScope, toTenantId } from '@tongxin/tenancy';

export class HistoryQuery {
  @IsOptional() @Type(() => Number) @IsInt({ message: 'after 应为整数 / after must be an integer' }) @Min(0)
  after?: number;

  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit 应为整数 / limit must be an integer' }) @Min(1) @Max(500, { message: 'limit 最大 500 / limit is at most 500' })
  limit?: number;
}

/** Auditors read and verify a community's history; every such read is itself recorded in that history. */
@ApiTags('审计')
@Controller('api/v1/communities/:communityId')
export class AuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor,
  ) {}

  @Get('history')
  @Access(['auditor', 'community-admin'], onCommunity())
  async history(@Param('communityId') communityId: string, @Query() query: HistoryQuery) {
    const tenantId = toTenantId(communityId);
    const after = query.after ?? 0;
    const page = await this.store.readAll(tenantScope(tenantId), { fromPosition: after, limit: query.limit ?? 100 });
    await this.recordRead({ kind: 'RecordHistoryRead', purpose: 'history', afterPosition: after, returned: page.events.length, lastPosition: page.events.at(-1)?.globalPosition ?? null }, tenantId);
    return { tenantId, events: page.events, nextAfter: page.nextPosition };
  }

  @Get('verify')
  @Access(['auditor'], onCommunity())
  async verify(@Param('communityId') communityId: string) {
    const tenantId = toTenantId(communityId);
    const result = await this.store.verifyTenant(tenantId);
    await this.recordRead({ kind: 'RecordHistoryRead', purpose: 'verify', afterPosition: 0, returned: result.eventCount, lastPosition: null }, tenantId);
    return result;
  }

  private async recordRead(command: RecordHistoryRead, tenantId: string): Promise<void> {
    const { actor } = currentTenantContext();
    if (actor.role !== 'auditor') return;
    await this.executor.execute(auditLogDecider, { tenantId, streamId: AUDIT_LOG_STREAM }, command, { actor });
  }
}
