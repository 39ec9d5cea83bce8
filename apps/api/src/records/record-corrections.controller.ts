import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommunityRecordName } from '@tongxin/application';
import { Access, onCommunity, type Role } from '@tongxin/auth';
import type { IdGenerator } from '@tongxin/kernel';
import { ID_GENERATOR } from '@tongxin/platform';
import { THREE_ZERO_RECORD_ID } from '@tongxin/domain';
import { CommandHeaders } from '../shared/command-headers.js';
import { VoidEventDto } from '../requests/dto/request.dto.js';
import { C, memberCode, organisationCode, RecordRoutes, uuid, type Headers } from './record-routes.js';
import { CorrectEventDto } from './dto/governance.dto.js';

/** Voids and corrections change the record of the community: its administrator records them. */
const CORRECTORS: Role[] = ['community-admin'];

/**
 * Nothing is edited or deleted (issue 5 item 6): any event of a record can be voided (`…/void`,
 * requests have theirs in the requests controller) or corrected (`…/corrections`) by a later
 * event with a reason. A correction names the event and gives new values for the fields its
 * type allows (occurredAt always; quantities, hours, amounts, categories, descriptions by type;
 * identity fields never). The record's GET shows the corrected values and the correction in its
 * timeline; KPI figures use the corrected values.
 */
@ApiTags('更正与作废')
@Controller('api/v1')
export class RecordCorrectionsController extends RecordRoutes {
  constructor(commands: CommandBus, queries: QueryBus, @Inject(ID_GENERATOR) ids: IdGenerator) {
    super(commands, queries, ids);
  }

  private correct(res: Response, c: string, record: CommunityRecordName, id: string, b: CorrectEventDto, h: Headers) {
    return this.record(
      res,
      c,
      record,
      id,
      { kind: 'CorrectEvent', eventId: b.eventId, reason: b.reason, values: b.values },
      h,
    );
  }

  /** 更正诉求记录中的一个事件. */
  @Post(`${C}/requests/:requestId/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctRequest(
    @Param('communityId') c: string,
    @Param('requestId', uuid) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'request', id, b, h);
  }

  /** 更正纠纷记录中的一个事件. */
  @Post(`${C}/disputes/:id/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctDispute(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'dispute', id, b, h);
  }

  @Post(`${C}/disputes/:id/void`)
  @Access(CORRECTORS, onCommunity())
  voidDispute(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'dispute', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正微心愿记录中的一个事件. */
  @Post(`${C}/wishes/:id/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctWish(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'wish', id, b, h);
  }

  @Post(`${C}/wishes/:id/void`)
  @Access(CORRECTORS, onCommunity())
  voidWish(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'wish', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正隐患记录中的一个事件. */
  @Post(`${C}/hazards/:id/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctHazard(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'hazard', id, b, h);
  }

  @Post(`${C}/hazards/:id/void`)
  @Access(CORRECTORS, onCommunity())
  voidHazard(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'hazard', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正实事记录中的一个事件. */
  @Post(`${C}/works/:id/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctWorks(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'works', id, b, h);
  }

  @Post(`${C}/works/:id/void`)
  @Access(CORRECTORS, onCommunity())
  voidWorks(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'works', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正议题记录中的一个事件. */
  @Post(`${C}/proposals/:id/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctProposal(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'proposal', id, b, h);
  }

  @Post(`${C}/proposals/:id/void`)
  @Access(CORRECTORS, onCommunity())
  voidProposal(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'proposal', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正救助记录中的一个事件. */
  @Post(`${C}/welfare/:id/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctWelfare(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'welfare', id, b, h);
  }

  @Post(`${C}/welfare/:id/void`)
  @Access(CORRECTORS, onCommunity())
  voidWelfare(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'welfare', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正党员记录中的一个事件. */
  @Post(`${C}/members/:memberId/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctMember(
    @Param('communityId') c: string,
    @Param('memberId', memberCode) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'member', id, b, h);
  }

  @Post(`${C}/members/:memberId/void`)
  @Access(CORRECTORS, onCommunity())
  voidMember(
    @Param('communityId') c: string,
    @Param('memberId', memberCode) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'member', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正慰问记录中的一个事件. */
  @Post(`${C}/care-visits/:id/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctCareVisit(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'careVisit', id, b, h);
  }

  @Post(`${C}/care-visits/:id/void`)
  @Access(CORRECTORS, onCommunity())
  voidCareVisit(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'careVisit', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正再就业记录中的一个事件. */
  @Post(`${C}/reemployments/:id/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctReemployment(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'reemployment', id, b, h);
  }

  @Post(`${C}/reemployments/:id/void`)
  @Access(CORRECTORS, onCommunity())
  voidReemployment(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'reemployment', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正学习教育记录中的一个事件. */
  @Post(`${C}/study-sessions/:id/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctStudySession(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'studySession', id, b, h);
  }

  @Post(`${C}/study-sessions/:id/void`)
  @Access(CORRECTORS, onCommunity())
  voidStudySession(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'studySession', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正评星记录中的一个事件. */
  @Post(`${C}/stars/:id/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctStar(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'star', id, b, h);
  }

  @Post(`${C}/stars/:id/void`)
  @Access(CORRECTORS, onCommunity())
  voidStar(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'star', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正党支部记录中的一个事件. */
  @Post(`${C}/branches/:organisationId/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctBranch(
    @Param('communityId') c: string,
    @Param('organisationId', organisationCode) id: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'branch', id, b, h);
  }

  @Post(`${C}/branches/:organisationId/void`)
  @Access(CORRECTORS, onCommunity())
  voidBranch(
    @Param('communityId') c: string,
    @Param('organisationId', organisationCode) id: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'branch', id, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  /** 更正三零社区记录中的一个事件. */
  @Post(`${C}/three-zero-status/corrections`)
  @Access(CORRECTORS, onCommunity())
  correctThreeZero(
    @Param('communityId') c: string,
    @Body() b: CorrectEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.correct(res, c, 'threeZero', THREE_ZERO_RECORD_ID, b, h);
  }

  @Post(`${C}/three-zero-status/void`)
  @Access(CORRECTORS, onCommunity())
  voidThreeZero(
    @Param('communityId') c: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'threeZero',
      THREE_ZERO_RECORD_ID,
      { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason },
      h,
    );
  }
}
