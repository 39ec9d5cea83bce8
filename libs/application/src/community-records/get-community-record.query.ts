import { Inject, Optional } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CodedError, type EventEnvelope } from '@tongxin/kernel';
import {
  AUDIT_LOG_STREAM,
  auditLogDecider,
  correctionsByEvent,
  effectiveEvents,
  fold,
  withoutVoided,
} from '@tongxin/domain';
import type { EventStore } from '@tongxin/event-store';
import { currentTenantContext, toTenantId } from '@tongxin/tenancy';

import type { CommandExecutor } from '../shared/command-executor.js';
import { carriesPii, MASKED_PII, PiiCodec } from '../shared/pii-codec.js';
import { COMMAND_EXECUTOR } from '../shared/tokens.js';
import { COMMUNITY_RECORDS, type CommunityRecordName } from './community-records.js';
import { piiAccessFor, type PiiAccess } from './pii-access.js';

export const RECORD_EVENT_STORE = Symbol('RECORD_EVENT_STORE');
/** The PiiCodec the record reader opens or masks personal data with (null: none configured). */
export const RECORD_PII_CODEC = Symbol('RECORD_PII_CODEC');

export class GetCommunityRecordQuery {
  constructor(
    readonly communityId: string,
    readonly record: CommunityRecordName,
    readonly recordId: string,
    /** As recorded at this moment: only events recorded at or before it (domain.md §5.1 asOf). */
    readonly asOf: Date | null = null,
    /** Why the caller reads (X-Access-Reason / reason): lets an auditor see personal data, recorded. */
    readonly accessReason?: string,
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
  readonly timeline: readonly (EventEnvelope & {
    readonly voided: boolean;
    readonly correctedBy?: readonly string[];
    readonly corrected?: { readonly occurredAt: string; readonly data: unknown };
  })[];
  /** How personal data reads in this view: decrypted, or masked (*** ; 已删除 once its subject is erased either way). */
  readonly pii: { readonly access: 'decrypted' | 'masked'; readonly subjects: readonly string[] };
}

const notFound = (record: string) =>
  new CodedError(`${record.toUpperCase()}_NOT_FOUND`, 'not-found', '记录不存在', `No such ${record}`);

const MASK = MASKED_PII;
/** Masks every `…Pii` field of events recorded without encryption (no codec configured). */
export function maskPlain<E extends { readonly data: unknown }>(events: readonly E[]): E[] {
  const mask = (value: unknown): unknown =>
    value === null || value === undefined
      ? value
      : Array.isArray(value)
        ? value.map(mask)
        : typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v)]))
          : MASK;
  return events.map((e) => {
    const data = e.data as Record<string, unknown>;
    const keys = Object.keys(data ?? {}).filter((k) => k.endsWith('Pii'));
    return keys.length === 0
      ? e
      : { ...e, data: { ...data, ...Object.fromEntries(keys.map((k) => [k, mask(data[k])])) } };
  });
}

/**
 * One record: its current state (voids and corrections honoured) and its full timeline, read under the caller's
 * tenant scope, with personal data decrypted or masked by the one rule of piiAccessFor.
 */
@QueryHandler(GetCommunityRecordQuery)
export class GetCommunityRecordHandler implements IQueryHandler<GetCommunityRecordQuery, RecordView> {
  constructor(
    @Inject(RECORD_EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(RECORD_PII_CODEC) private readonly pii: PiiCodec | null = null,
    @Optional() @Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor | null = null,
  ) {}

  async execute({ communityId, record, recordId, asOf, accessReason }: GetCommunityRecordQuery): Promise<RecordView> {
    const tenantId = toTenantId(communityId);
    const kind = COMMUNITY_RECORDS[record];
    const streamId = kind.stream(recordId);
    const { actor } = currentTenantContext();
    const recorded = await this.store.readStream(currentTenantContext().scope, tenantId, streamId);
    const history = asOf ? recorded.filter((e) => Date.parse(e.recordedAt) <= asOf.getTime()) : recorded;
    const stateOf = (events: readonly EventEnvelope[]) =>
      fold(
        kind.decider,
        effectiveEvents(events).map((e) => ({ type: e.type, data: e.data })),
      );
    const raw = stateOf(history);
    const status = kind.status(raw);
    if (status === 'none') throw notFound(record);
    const ownRequest = record === 'request' && (raw as { raisedBy?: string | null }).raisedBy === actor.userId;
    const access: PiiAccess = piiAccessFor(record, actor.role, ownRequest, accessReason);
    const hasPii = history.some((e) => carriesPii(e.data));
    let shown: EventEnvelope[];
    if (!hasPii) shown = [...history];
    else if (!this.pii) shown = access === 'mask' ? maskPlain(history) : [...history];
    else shown = access === 'mask' ? await this.pii.mask(tenantId, history) : await this.pii.open(tenantId, history);
    const subjects = this.pii ? this.pii.subjectsOf(history) : [];
    if (access === 'decrypt-recorded' && hasPii) {
      if (!this.executor) throw new Error('recording a decryption needs the command executor');
      await this.executor.execute(
        auditLogDecider,
        { tenantId, streamId: AUDIT_LOG_STREAM },
        { kind: 'RecordPiiDecryption', record, recordId, streamId, subjects, reason: accessReason as string },
        { actor },
      );
    }
    const kept = new Set(withoutVoided(shown).map((e) => e.eventId));
    const corrections = correctionsByEvent(shown);
    const asCorrected = new Map(effectiveEvents(shown).map((e) => [e.eventId, e]));
    return {
      id: recordId,
      record,
      communityId,
      status,
      statusLabel: kind.statusLabel(status),
      state: stateOf(shown),
      version: history.at(-1)?.streamVersion ?? 0,
      timeline: shown.map((e) => {
        const voided = e.type !== 'EventVoided' && !kept.has(e.eventId);
        const correctedBy = voided ? undefined : corrections.get(e.eventId);
        const now = asCorrected.get(e.eventId);
        return {
          ...e,
          voided,
          ...(correctedBy && now ? { correctedBy, corrected: { occurredAt: now.occurredAt, data: now.data } } : {}),
        };
      }),
      pii: { access: access === 'mask' ? 'masked' : 'decrypted', subjects },
    };
  }
}
