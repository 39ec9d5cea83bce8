import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CodedError, type EventEnvelope } from '@tongxin/kernel';
import { fold, REQUEST_STATUS_LABELS, requestDecider, requestStream, withoutVoided, type RequestEvent, type RequestState } from '@tongxin/domain';
import type { EventStore } from '@tongxin/event-store';
import { currentTenantContext, toTenantId } from '@tongxin/tenancy';

export const REQUEST_EVENT_STORE = Symbol('REQUEST_EVENT_STORE');

export class GetRequestQuery {
  constructor(
    readonly communityId: string,
    readonly requestId: string,
  ) {}
}

export interface RequestView {
  readonly requestId: string;
  readonly communityId: string;
  readonly status: RequestState['status'];
  readonly statusLabel: string;
  readonly state: RequestState;
  readonly version: number;
  /** Every event of the request, voided ones included and marked, in order. */
  readonly timeline: readonly (EventEnvelope & { readonly voided: boolean })[];
}

const notFound = () => new CodedError('REQUEST_NOT_FOUND', 'not-found', '诉求不存在', 'No such request');

/** One request: its current state (voids honoured) and its full timeline, read under the request's tenant scope. */
@QueryHandler(GetRequestQuery)
export class GetRequestHandler implements IQueryHandler<GetRequestQuery, RequestView> {
  constructor(@Inject(REQUEST_EVENT_STORE) private readonly store: EventStore) {}

  async execute({ communityId, requestId }: GetRequestQuery): Promise<RequestView> {
    const tenantId = toTenantId(communityId);
    const history = await this.store.readStream(currentTenantContext().scope, tenantId, requestStream(requestId));
    const effective = withoutVoided(history);
    const state = fold(requestDecider, effective.map((e) => ({ type: e.type, data: e.data }) as RequestEvent));
    if (state.status === 'none') throw notFound();
    const kept = new Set(effective.map((e) => e.eventId));
    return {
      requestId,
      communityId,
      status: state.status,
      statusLabel: REQUEST_STATUS_LABELS[state.status],
      state,
      version: history.at(-1)?.streamVersion ?? 0,
      timeline: history.map((e) => ({ ...e, voided: e.type !== 'EventVoided' && !kept.has(e.eventId) })),
    };
  }
}
