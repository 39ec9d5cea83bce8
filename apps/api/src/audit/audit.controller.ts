import { ApiTags } from '@nestjs/swagger';
import { once } from 'node:events';
import { Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { consistencyProof, inclusionProof, merkleRoot, signCheckpoint, type MerkleAlgorithm } from '@tongxin/audit';
import type { Environment } from '@tongxin/config';
import { CodedError, type Clock } from '@tongxin/kernel';
import { COMMAND_EXECUTOR, type CommandExecutor } from '@tongxin/application';
import { Access, onCommunity } from '@tongxin/auth';
import { AUDIT_LOG_STREAM, auditLogDecider, CHECKPOINT_STREAM, checkpointDecider, type RecordHistoryRead } from '@tongxin/domain';
import type { EventStore } from '@tongxin/event-store';
import { CLOCK, ENVIRONMENT, EVENT_STORE } from '@tongxin/platform';
import { currentTenantContext, tenantScope, toTenantId } from '@tongxin/tenancy';

export class InclusionQuery {
  @IsUUID('all', { message: 'eventId 应为事件编号 / eventId must be an event id' })
  eventId!: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  treeSize?: number;
}

export class ConsistencyQuery {
  @Type(() => Number) @IsInt({ message: 'from 应为整数 / from must be an integer' }) @Min(1)
  from!: number;

  @Type(() => Number) @IsInt({ message: 'to 应为整数 / to must be an integer' }) @Min(1)
  to!: number;
}

export class HistoryQuery {
  @IsOptional() @Type(() => Number) @IsInt({ message: 'after 应为整数 / after must be an integer' }) @Min(0)
  after?: number;

  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit 应为整数 / limit must be an integer' }) @Min(1) @Max(500, { message: 'limit 最大 500 / limit is at most 500' })
  limit?: number;
}

/** A community's event hashes in tenant-sequence order: the leaves of its Merkle tree. */
export async function communityLeaves(store: EventStore, tenantId: ReturnType<typeof toTenantId>) {
  const events: { eventId: string; hash: string; tenantSequence: number }[] = [];
  for (let from = 0; ; ) {
    const page = await store.readAll(tenantScope(tenantId), { fromPosition: from, limit: 10000 });
    events.push(...page.events.map((e) => ({ eventId: e.eventId, hash: e.hash, tenantSequence: e.tenantSequence })));
    if (page.events.length < 10000) break;
    from = page.nextPosition;
  }
  events.sort((a, b) => a.tenantSequence - b.tenantSequence);
  const verification = await store.verifyTenant(tenantId);
  return { leaves: events.map((e) => Buffer.from(e.hash, 'hex')), eventIds: events.map((e) => e.eventId), algorithm: verification.algorithm as MerkleAlgorithm, verification };
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

  /**
   * The community's whole history as NDJSON (one envelope with its hashes per line, in tenant
   * order), streamed page by page and paced by the client (backpressure), so memory stays
   * constant whatever the length. Recorded as a HistoryRead. Verify offline with
   * `npm run cli -- verify-export --file <file>`.
   */
  @Get('export')
  @Access(['auditor'], onCommunity())
  async export(@Param('communityId') communityId: string, @Res() response: Response) {
    const tenantId = toTenantId(communityId);
    await this.recordRead({ kind: 'RecordHistoryRead', purpose: 'export', afterPosition: 0, returned: null, lastPosition: null }, tenantId);
    response.status(200).setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${tenantId}-history.ndjson"`);
    let from = 0;
    for (;;) {
      const page = await this.store.readAll(tenantScope(tenantId), { fromPosition: from, limit: 1000 });
      for (const event of page.events) {
        if (!response.write(`${JSON.stringify(event)}\n`)) await once(response, 'drain');
      }
      if (page.events.length < 1000) break;
      from = page.nextPosition;
    }
    response.end();
  }

  /** Seals a signed RFC 6962 checkpoint over the community's whole log, as a CheckpointSealed event. */
  @Post('checkpoints')
  @Access(['auditor', 'community-admin'], onCommunity())
  async seal(@Param('communityId') communityId: string) {
    if (!this.environment.AUDIT_SIGNING_KEY) {
      throw new CodedError('SIGNING_KEY_MISSING', 'unavailable', '未配置检查点签名密钥', 'AUDIT_SIGNING_KEY is not configured');
    }
    const tenantId = toTenantId(communityId);
    const { leaves, algorithm, verification } = await this.leaves(tenantId);
    // Never seal over a chain that no longer verifies: the seal would vouch for tampered history.
    if (!verification.ok) throw new CodedError('CHAIN_BROKEN', 'conflict', '事件链校验未通过，不能封存检查点', `The chain does not verify (${verification.firstBad.problem} at ${verification.firstBad.tenantSequence})`);
    const signed = signCheckpoint(
      { tenantId, treeSize: leaves.length, rootHash: merkleRoot(algorithm, leaves).toString('hex'), algorithm, sealedAt: this.clock.now().toISOString() },
      this.environment.AUDIT_SIGNING_KEY,
    );
    const { tenantId: _t, sealedAt: _s, ...data } = signed;
    const outcome = await this.executor.execute(checkpointDecider, { tenantId, streamId: CHECKPOINT_STREAM }, { kind: 'SealCheckpoint', ...data }, { actor: currentTenantContext().actor });
    return { checkpoint: signed, position: outcome.position };
  }

  /** Inclusion proof: this event is among the first `treeSize` events of the community's log. */
  @Get('checkpoints/inclusion')
  @Access(['auditor'], onCommunity())
  async inclusion(@Param('communityId') communityId: string, @Query() query: InclusionQuery) {
    const { leaves, algorithm, eventIds } = await this.leaves(toTenantId(communityId));
    const treeSize = query.treeSize ?? leaves.length;
    const index = eventIds.indexOf(query.eventId);
    if (index < 0 || index >= treeSize || treeSize > leaves.length) throw new CodedError('EVENT_NOT_IN_TREE', 'not-found', '该事件不在此检查点范围内', 'The event is not among the first treeSize events');
    const tree = leaves.slice(0, treeSize);
    return { eventId: query.eventId, leafIndex: index, treeSize, algorithm, leaf: (leaves[index] as Buffer).toString('hex'), rootHash: merkleRoot(algorithm, tree).toString('hex'), proof: inclusionProof(algorithm, tree, index).map((b) => b.toString('hex')) };
  }

  /** Consistency proof: the log of `to` events extends the log of `from` events, nothing rewritten. */
  @Get('checkpoints/consistency')
  @Access(['auditor'], onCommunity())
  async consistency(@Param('communityId') communityId: string, @Query() query: ConsistencyQuery) {
    const { leaves, algorithm } = await this.leaves(toTenantId(communityId));
    if (query.from > query.to || query.to > leaves.length) throw new CodedError('INVALID_RANGE', 'invalid', 'from 须不大于 to，且不超过事件数', 'from must be ≤ to ≤ the number of events', { field: 'to' });
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

  private async recordRead(command: RecordHistoryRead, tenantId: string): Promise<void> {
    const { actor } = currentTenantContext();
    if (actor.role !== 'auditor') return;
    await this.executor.execute(auditLogDecider, { tenantId, streamId: AUDIT_LOG_STREAM }, command, { actor });
  }
}
