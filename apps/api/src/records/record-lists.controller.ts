import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type pg from 'pg';
import {
  COMMUNITY_RECORDS,
  maskPlain,
  PII_STAFF_ROLES,
  type CommunityRecordName,
  type PiiCodec,
} from '@tongxin/application';
import { Access, onCommunity } from '@tongxin/auth';
import { effectiveEvents, fold } from '@tongxin/domain';
import { PG_POOL, PII_CODEC } from '@tongxin/platform';
import { RecordListReader } from '@tongxin/read-store';
import { currentTenantContext } from '@tongxin/tenancy';
import { RecordListQuery } from './dto/record-list.dto.js';
import { C, READERS } from './record-routes.js';

/** One row of a register: the record's state now, and what its first event recorded (PII masked outside the staff). */
export interface RegisterItem {
  readonly id: string;
  readonly status: string;
  readonly statusLabel: string;
  readonly createdAt: string;
  readonly lastEventAt: string;
  readonly eventCount: number;
  readonly created: Record<string, unknown>;
}

/**
 * The registers of a community (纠纷台账, 微心愿, 隐患台账, 实事台账, 党员名册): newest first, from the
 * KPI projection's record history (a few hundred milliseconds behind the event store); each row's
 * status is the record's decider folded over its history with voids and corrections honoured.
 * A record's full timeline is its GET …/{id} route.
 */
@ApiTags('纠纷、微心愿、隐患、实事、党员与救助')
@Controller('api/v1')
export class RecordListsController {
  private readonly reader: RecordListReader;

  constructor(
    @Inject(PG_POOL) pool: pg.Pool,
    @Inject(PII_CODEC) private readonly pii: PiiCodec | null,
  ) {
    this.reader = new RecordListReader(pool);
  }

  private async list(
    communityId: string,
    record: CommunityRecordName,
    query: RecordListQuery,
  ): Promise<{ items: RegisterItem[]; next: string | null }> {
    const { scope, actor } = currentTenantContext();
    const limit = query.limit ?? 50;
    const kind = COMMUNITY_RECORDS[record];
    const staff = PII_STAFF_ROLES.includes(actor.role);
    const items: RegisterItem[] = [];
    let cursor = query.after ? Number(query.after) : null;
    let more = true;
    // Records whose creation was voided are skipped, so a page is read again until it is full or the register ends.
    while (more && items.length < limit) {
      const page = await this.reader.list(scope, communityId, record, limit - items.length, cursor);
      for (const r of page.records) {
        cursor = r.firstPosition;
        const effective = effectiveEvents(r.events);
        const status = kind.status(
          fold(
            kind.decider,
            effective.map((e) => ({ type: e.type, data: e.data })),
          ),
        );
        const first = effective[0];
        if (status === 'none' || !first) continue;
        // Personal data: opened for the community's staff, masked (never decrypted) for everyone else; 已删除 once erased.
        const [shown] = this.pii
          ? await (staff ? this.pii.open(communityId, [first]) : this.pii.mask(communityId, [first]))
          : staff
            ? [first]
            : maskPlain([first]);
        const created = shown?.data ?? {};
        items.push({
          id: r.recordId,
          status,
          statusLabel: kind.statusLabel(status),
          createdAt: first.occurredAt,
          lastEventAt: effective.at(-1)?.occurredAt ?? first.occurredAt,
          eventCount: r.events.length,
          created,
        });
      }
      more = page.next !== null;
    }
    return { items, next: more && cursor !== null ? String(cursor) : null };
  }

  @Get(`${C}/disputes`)
  @Access(READERS, onCommunity())
  disputes(@Param('communityId') c: string, @Query() q: RecordListQuery) {
    return this.list(c, 'dispute', q);
  }

  @Get(`${C}/wishes`)
  @Access(READERS, onCommunity())
  wishes(@Param('communityId') c: string, @Query() q: RecordListQuery) {
    return this.list(c, 'wish', q);
  }

  @Get(`${C}/hazards`)
  @Access(READERS, onCommunity())
  hazards(@Param('communityId') c: string, @Query() q: RecordListQuery) {
    return this.list(c, 'hazard', q);
  }

  @Get(`${C}/works`)
  @Access(READERS, onCommunity())
  works(@Param('communityId') c: string, @Query() q: RecordListQuery) {
    return this.list(c, 'works', q);
  }

  @Get(`${C}/members`)
  @Access(READERS, onCommunity())
  members(@Param('communityId') c: string, @Query() q: RecordListQuery) {
    return this.list(c, 'member', q);
  }
}
