import { ApiTags } from '@nestjs/swagger';
import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import type pg from 'pg';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import {
  CommunityCommandMessage,
  GetCommunityRecordQuery,
  type CommandContext,
  type CommandOutcome,
  type RecordView,
} from '@tongxin/application';
import { Access, CurrentPrincipal, onCommunity, type Principal, type Role } from '@tongxin/auth';
import type { RequestCommand, RequestState, VoidEvent } from '@tongxin/domain';
import { CodedError, idFromKey, type Clock, type IdGenerator } from '@tongxin/kernel';
import { CLOCK, ID_GENERATOR, PG_POOL } from '@tongxin/platform';
import { RequestQueueReader } from '@tongxin/read-store';
import { currentTenantContext } from '@tongxin/tenancy';
import { CommandHeaders, sendOutcome, withActor } from '../shared/command-headers.js';
import { AsOfQuery, ReadViews } from '../shared/read-views.js';
import { AccessReason, ApiAccessReason } from '../shared/access-reason.js';
import {
  DispatchRequestDto,
  EscalateRequestDto,
  RaiseRequestDto,
  RateRequestDto,
  ReasonDto,
  RecordedStepDto,
  RejectRequestDto,
  ReportEscalationDto,
  RequestQueueQuery,
  ResolveRequestDto,
  VoidEventDto,
  WithdrawRequestDto,
} from './dto/request.dto.js';

type Headers = Omit<CommandContext, 'actor'>;
type Step =
  | Exclude<RequestCommand, { kind: 'RaiseRequest' | 'DispatchRequest' }>
  | Omit<Extract<RequestCommand, { kind: 'DispatchRequest' }>, 'at'>
  | VoidEvent;

const STAFF: Role[] = ['community-admin', 'community-staff'];
const ASSIGNEES: Role[] = [...STAFF, 'party-member', 'grid-worker'];
const READERS: Role[] = [...ASSIGNEES, 'resident', 'street-office', 'district-committee', 'department', 'auditor'];
const QUEUE_READERS: Role[] = [...ASSIGNEES, 'street-office', 'district-committee', 'auditor'];
/** Who sees a resident's contact: the community's staff and the resident; everyone else sees it masked. */

const REQUEST = 'communities/:communityId/requests/:requestId';
const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new CodedError('REQUEST_NOT_FOUND', 'not-found', '诉求不存在', 'No such request'),
});

/** 三单制 / 接诉即办 over HTTP: each route is one step of a request's workflow in the community's history. */
@ApiTags('社区诉求（三单制 / 接诉即办）')
@Controller('api/v1')
export class RequestsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PG_POOL) pool: pg.Pool,
    @Inject(ReadViews) private readonly views: ReadViews,
  ) {
    this.queueReader = new RequestQueueReader(pool);
  }

  private readonly queueReader: RequestQueueReader;

  private async step(
    response: Response,
    communityId: string,
    requestId: string,
    command: RequestCommand | VoidEvent | Step,
    headers: Headers,
    body: RecordedStepDto = {},
  ) {
    const outcome = await this.commands.execute<CommunityCommandMessage, CommandOutcome>(
      new CommunityCommandMessage(communityId, 'request', requestId, command, withActor(headers, body.occurredAt)),
    );
    return { requestId, ...sendOutcome(response, outcome) };
  }

  private by() {
    return currentTenantContext().actor;
  }

  @Post('communities/:communityId/requests')
  @Access([...STAFF, 'grid-worker', 'resident'], onCommunity())
  raise(
    @Param('communityId') communityId: string,
    @Body() body: RaiseRequestDto,
    @CommandHeaders() headers: Headers,
    @Res({ passthrough: true }) response: Response,
  ) {
    // A retried raise (same Idempotency-Key) addresses the same request instead of opening a second one.
    const requestId = headers.commandId ? idFromKey(communityId, headers.commandId) : this.ids.next();
    const { occurredAt: _occurredAt, ...fields } = body;
    return this.step(
      response,
      communityId,
      requestId,
      { kind: 'RaiseRequest', requestId, ...fields, by: this.by() },
      headers,
      body,
    );
  }

  @Post(`${REQUEST}/dispatch`)
  @Access(STAFF, onCommunity())
  dispatch(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: DispatchRequestDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { assignee, occurredAt: _occurredAt, ...deadlines } = body;
    return this.step(res, c, r, { kind: 'DispatchRequest', assignee: { ...assignee }, ...deadlines }, h, body);
  }

  @Post(`${REQUEST}/accept`)
  @Access(ASSIGNEES, onCommunity())
  accept(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: RecordedStepDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.step(res, c, r, { kind: 'AcceptRequest', by: this.by() }, h, body);
  }

  @Post(`${REQUEST}/resolve`)
  @Access(ASSIGNEES, onCommunity())
  resolve(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: ResolveRequestDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.step(res, c, r, { kind: 'ResolveRequest', note: body.note, by: this.by() }, h, body);
  }

  @Post(`${REQUEST}/rate`)
  @Access([...STAFF, 'resident'], onCommunity())
  rate(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: RateRequestDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.step(
      res,
      c,
      r,
      { kind: 'RateRequest', rating: body.rating, comment: body.comment ?? null, by: this.by() },
      h,
      body,
    );
  }

  @Post(`${REQUEST}/reopen`)
  @Access(STAFF, onCommunity())
  reopen(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: ReasonDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.step(res, c, r, { kind: 'ReopenRequest', reason: body.reason }, h, body);
  }

  @Post(`${REQUEST}/escalate`)
  @Access([...STAFF, 'grid-worker'], onCommunity())
  escalate(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: EscalateRequestDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.step(
      res,
      c,
      r,
      { kind: 'EscalateRequest', departmentId: body.departmentId, reason: body.reason },
      h,
      body,
    );
  }

  /** 部门报到: the department the request was escalated to reports back (or the street office, for an automatic escalation to it). */
  @Post(`${REQUEST}/escalation-report`)
  @Access(['department', 'street-office'], onCommunity())
  report(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: ReportEscalationDto,
    @CommandHeaders() h: Headers,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ) {
    const departmentId =
      currentTenantContext().actor.role === 'street-office' ? principal.scope.streetId : principal.scope.departmentId;
    return this.step(
      res,
      c,
      r,
      { kind: 'ReportEscalation', departmentId: departmentId as string, report: body.report, outcome: body.outcome },
      h,
      body,
    );
  }

  @Post(`${REQUEST}/reject`)
  @Access(STAFF, onCommunity())
  reject(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: RejectRequestDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.step(
      res,
      c,
      r,
      { kind: 'RejectRequest', reason: body.reason, duplicateOf: body.duplicateOf ?? null, note: body.note },
      h,
      body,
    );
  }

  @Post(`${REQUEST}/withdraw`)
  @Access([...STAFF, 'resident'], onCommunity())
  withdraw(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: WithdrawRequestDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.step(res, c, r, { kind: 'WithdrawRequest', reason: body.reason ?? null, by: this.by() }, h, body);
  }

  @Post(`${REQUEST}/close`)
  @Access(STAFF, onCommunity())
  close(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: RecordedStepDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.step(res, c, r, { kind: 'CloseRequest' }, h, body);
  }

  /** 核减: only a street office takes a request out of assessment, with a reason. */
  @Post(`${REQUEST}/exclude`)
  @Access(['street-office'], onCommunity())
  exclude(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: ReasonDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.step(res, c, r, { kind: 'ExcludeRequest', reason: body.reason }, h, body);
  }

  @Post(`${REQUEST}/void`)
  @Access(['community-admin'], onCommunity())
  voidEvent(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Body() body: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.step(res, c, r, { kind: 'VoidEvent', eventId: body.eventId, reason: body.reason }, h);
  }

  /** The work queue: filters, newest first, keyset pagination (`after` = the previous page's `next`). */
  @Get('communities/:communityId/requests')
  @Access(QUEUE_READERS, onCommunity())
  async queue(@Param('communityId') c: string, @Query() query: RequestQueueQuery) {
    const { status, category, open, overdue } = query;
    const view = await this.views.open(query);
    const page = await this.queueReader.list(
      currentTenantContext().scope,
      c,
      {
        ...(status ? { status } : {}),
        ...(category ? { category } : {}),
        open: open === 'true',
        overdue: overdue === 'true',
      },
      view.now,
      query.limit ?? 50,
      query.after ?? null,
      view.asOf,
    );
    return { ...page, asOf: view.asOf?.toISOString() ?? null, projectionPosition: view.projectionPosition };
  }

  @Get(REQUEST)
  @Access(READERS, onCommunity())
  @ApiAccessReason(false)
  async get(
    @Param('communityId') c: string,
    @Param('requestId', uuid) r: string,
    @Query() query: AsOfQuery,
    @CurrentPrincipal() principal: Principal,
    @AccessReason() reason: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { asOf } = await this.views.open(query);
    // Personal data is decrypted or masked by the query (piiAccessFor): staff, the requester, an auditor with a reason.
    const view = await this.queries.execute<GetCommunityRecordQuery, RecordView<RequestState>>(
      new GetCommunityRecordQuery(c, 'request', r, asOf, reason),
    );
    const { actor } = currentTenantContext();
    const requester = view.state.raisedBy !== null && view.state.raisedBy === principal.subject;
    // A resident sees only their own requests; answering 404 keeps others' existence private.
    if (actor.role === 'resident' && !requester)
      throw new CodedError('REQUEST_NOT_FOUND', 'not-found', '诉求不存在', 'No such request');
    res.setHeader('ETag', `"${view.version}"`);
    return view;
  }
}
