import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CodedError, type EventEnvelope } from '@tongxin/kernel';
import { correctionsByEvent, effectiveEvents, fold, withoutVoided, type DomainEvent } from '@tongxin/domain';
import type { EventStore } from '@tongxin/event-store';
import { currentTenantContext, toTenantId } from '@tongxin/tenancy';

import { COMMUNITY_RECORDS, type CommunityRecordName } from './community-records.js';

export const RECORD_EVENT_STORE = Symbol('RECORD_EVENT_STORE');

export class GetCommunityRecordQuery {
  constructor(
    readonly communityId: string,
    readonly record: CommunityRecordName,
    readonly recordId: string,
    /** As recorded at this moment: only events recorded at or before it (domain.md §5.1 asOf). */
    readonly asOf: Date | null = null,
  ) {}
}

export interface RecordView<State = unknown> {
  readonly id: string;
  readonly record: CommunityRecordName;
  readonly communityId: string;
  readonly status: string;
  readonly statusLabel: string;
  readonly state: State;
  readonly version: number;
  /**
   * Every event of the record in order, as recorded: voided ones included and marked, corrected
   * ones marked with the corrections in force (`correctedBy`) and their values as corrected (`corrected`).
   */
  readonly timeline: readonly (EventEnvelope & { readonly voided: boolean; readonly correctedBy?: readonly string[]; readonly corrected?: { readonly occurredAt: string; readonly data: unknown } })[];
}

const notFound = (record: string) => new CodedError(`${record.toUpperCase()}_NOT_FOUND`, 'not-found', '记录不存在', `No such ${record}`);

/** One record: its current state (voids and corrections honoured) and its full timeline, read under the caller's tenant scope. */
@QueryHandler(GetCommunityRecordQuery)
export class GetCommunityRecordHandler implements IQueryHandler<GetCommunityRecordQuery, RecordView> {
  constructor(@Inject(RECORD_EVENT_STORE) private readonly store: EventStore) {}

  async execute({ communityId, record, recordId, asOf }: GetCommunityRecordQuery): Promise<RecordView> {
    const tenantId = toTenantId(communityId);
    const kind = COMMUNITY_RECORDS[record];
    const recorded = await this.store.readStream(currentTenantContext().scope, tenantId, kind.stream(recordId));
    const history = asOf ? recorded.filter((e) => Date.parse(e.recordedAt) <= asOf.getTime()) : recorded;
    const effective = effectiveEvents(history);
    const state = fold(kind.decider, effective.map((e) => ({ type: e.type, data: e.data }) as DomainEvent));
    const status = kind.status(state);
    if (status === 'none') throw notFound(record);
    const kept = new Set(withoutVoided(history).map((e) => e.eventId));
    const corrections = correctionsByEvent(history);
    const asCorrected = new Map(effective.map((e) => [e.eventId, e]));
    return {
      id: recordId,
      record,
      communityId,
      status,
      statusLabel: kind.statusLabel(status),
      state,
      version: history.at(-1)?.streamVersion ?? 0,
      timeline: history.map((e) => {
        const voided = e.type !== 'EventVoided' && !kept.has(e.eventId);
        const correctedBy = voided ? undefined : corrections.get(e.eventId);
        const now = asCorrected.get(e.eventId);
        return { ...e, voided, ...(correctedBy && now ? { correctedBy, corrected: { occurredAt: now.occurredAt, data: now.data } } : {}) };
      }),
    };
  }
}
