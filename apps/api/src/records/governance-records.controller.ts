import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, onCommunity, type Role } from '@tongxin/auth';
import type { IdGenerator } from '@tongxin/kernel';
import { ID_GENERATOR } from '@tongxin/platform';
import { THREE_ZERO_RECORD_ID } from '@tongxin/domain';
import { CommandHeaders } from '../shared/command-headers.js';
import {
  C,
  memberCode,
  organisationCode,
  ownRecord,
  postCode,
  READERS,
  RecordRoutes,
  SENSITIVE_READERS,
  STAFF,
  uuid,
  type Headers,
} from './record-routes.js';
import {
  CareVisitDto,
  ClaimVolunteerPostDto,
  ClassBranchWeakDto,
  EndPairingDto,
  GrantThreeZeroDto,
  MonthlyStarDto,
  RectifyBranchDto,
  ReemploymentDto,
  ReleaseVolunteerPostDto,
  RevokeThreeZeroDto,
  SecretaryReviewDto,
  StartPairingDto,
  StudySessionDto,
} from './dto/governance.dto.js';

/** Who classes a branch 软弱涣散, rectifies it, and grants 三零社区: the community's admin and its street office. */
const ASSESSORS: Role[] = ['community-admin', 'street-office'];

/**
 * Party members' volunteer posts and pairings (志愿服务岗位认领, 结对帮扶), care visits (慰问),
 * re-employment (再就业) and organisation life (学习教育, 月度评星, 书记述评, 软弱涣散整顿, 三零社区).
 */
@ApiTags('党员岗位与结对、慰问与再就业、组织生活')
@Controller('api/v1')
export class GovernanceRecordsController extends RecordRoutes {
  constructor(commands: CommandBus, queries: QueryBus, @Inject(ID_GENERATOR) ids: IdGenerator) {
    super(commands, queries, ids);
  }

  @Post(`${C}/members/:memberId/volunteer-posts`)
  @Access([...STAFF, 'party-member'], onCommunity())
  claimPost(
    @Param('communityId') c: string,
    @Param('memberId', memberCode) m: string,
    @Body() b: ClaimVolunteerPostDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    ownRecord(m);
    return this.record(
      res,
      c,
      'member',
      m,
      { kind: 'ClaimVolunteerPost', postId: b.postId, postName: b.postName, compoundId: b.compoundId ?? null },
      h,
      b.occurredAt,
    );
  }

  @Post(`${C}/members/:memberId/volunteer-posts/:postId/release`)
  @Access([...STAFF, 'party-member'], onCommunity())
  releasePost(
    @Param('communityId') c: string,
    @Param('memberId', memberCode) m: string,
    @Param('postId', postCode) p: string,
    @Body() b: ReleaseVolunteerPostDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    ownRecord(m);
    return this.record(
      res,
      c,
      'member',
      m,
      { kind: 'ReleaseVolunteerPost', postId: p, reason: b.reason },
      h,
      b.occurredAt,
    );
  }

  @Post(`${C}/members/:memberId/pairings`)
  @Access([...STAFF, 'party-member'], onCommunity())
  async startPairing(
    @Param('communityId') c: string,
    @Param('memberId', memberCode) m: string,
    @Body() b: StartPairingDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    ownRecord(m);
    const pairingId = this.newId(`${c}:${m}:pairing`, h);
    const out = await this.record(
      res,
      c,
      'member',
      m,
      {
        kind: 'StartFamilyPairing',
        pairingId,
        family: b.family,
        circumstances: b.circumstances,
        compoundId: b.compoundId ?? null,
      },
      h,
      b.occurredAt,
    );
    return { ...out, pairingId };
  }

  @Post(`${C}/members/:memberId/pairings/:pairingId/end`)
  @Access([...STAFF, 'party-member'], onCommunity())
  endPairing(
    @Param('communityId') c: string,
    @Param('memberId', memberCode) m: string,
    @Param('pairingId', uuid) p: string,
    @Body() b: EndPairingDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    ownRecord(m);
    return this.record(
      res,
      c,
      'member',
      m,
      { kind: 'EndFamilyPairing', pairingId: p, outcome: b.outcome },
      h,
      b.occurredAt,
    );
  }

  @Post(`${C}/care-visits`)
  @Access(STAFF, onCommunity())
  recordCareVisit(
    @Param('communityId') c: string,
    @Body() b: CareVisitDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = this.newId(c, h);
    return this.record(
      res,
      c,
      'careVisit',
      id,
      {
        kind: 'RecordCareVisit',
        visitId: id,
        occasion: b.occasion,
        visited: b.visited,
        circumstances: b.circumstances ?? null,
        visitors: b.visitors,
        gifts: b.gifts,
        giftValueYuan: b.giftValueYuan ?? null,
      },
      h,
      b.occurredAt,
    );
  }

  @Get(`${C}/care-visits/:id`)
  @Access(SENSITIVE_READERS, onCommunity())
  careVisit(@Param('communityId') c: string, @Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    return this.view(res, c, 'careVisit', id);
  }

  @Post(`${C}/reemployments`)
  @Access(STAFF, onCommunity())
  recordReemployment(
    @Param('communityId') c: string,
    @Body() b: ReemploymentDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = this.newId(c, h);
    return this.record(
      res,
      c,
      'reemployment',
      id,
      {
        kind: 'RecordReemployment',
        placementId: id,
        person: b.person,
        employer: b.employer,
        position: b.position ?? null,
        startedOn: b.startedOn,
      },
      h,
      b.occurredAt,
    );
  }

  @Get(`${C}/reemployments/:id`)
  @Access(SENSITIVE_READERS, onCommunity())
  reemployment(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.view(res, c, 'reemployment', id);
  }

  @Post(`${C}/study-sessions`)
  @Access(STAFF, onCommunity())
  holdStudySession(
    @Param('communityId') c: string,
    @Body() b: StudySessionDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = this.newId(c, h);
    return this.record(
      res,
      c,
      'studySession',
      id,
      {
        kind: 'HoldStudySession',
        sessionId: id,
        sessionKind: b.kind,
        topic: b.topic,
        organisationId: b.organisationId ?? null,
        speaker: b.speaker ?? null,
        attendees: b.attendees,
      },
      h,
      b.occurredAt,
    );
  }

  @Get(`${C}/study-sessions/:id`)
  @Access(READERS, onCommunity())
  studySession(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.view(res, c, 'studySession', id);
  }

  @Post(`${C}/stars`)
  @Access(STAFF, onCommunity())
  awardStar(
    @Param('communityId') c: string,
    @Body() b: MonthlyStarDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = this.newId(c, h);
    return this.record(
      res,
      c,
      'star',
      id,
      { kind: 'AwardMonthlyStar', awardId: id, star: b.star, month: b.month, person: b.person, citation: b.citation },
      h,
      b.occurredAt,
    );
  }

  @Get(`${C}/stars/:id`)
  @Access(READERS, onCommunity())
  star(@Param('communityId') c: string, @Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    return this.view(res, c, 'star', id);
  }

  @Post(`${C}/branches/:organisationId/secretary-reviews`)
  @Access(ASSESSORS, onCommunity())
  reviewSecretary(
    @Param('communityId') c: string,
    @Param('organisationId', organisationCode) o: string,
    @Body() b: SecretaryReviewDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'branch',
      o,
      {
        kind: 'ReviewSecretary',
        organisationId: o,
        year: b.year,
        reviewKind: b.kind,
        secretary: b.secretary,
        score: b.score ?? null,
        grade: b.grade ?? null,
        comment: b.comment,
      },
      h,
      b.occurredAt,
    );
  }

  @Post(`${C}/branches/:organisationId/weak`)
  @Access(ASSESSORS, onCommunity())
  classWeak(
    @Param('communityId') c: string,
    @Param('organisationId', organisationCode) o: string,
    @Body() b: ClassBranchWeakDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'branch',
      o,
      { kind: 'ClassBranchWeak', organisationId: o, reason: b.reason },
      h,
      b.occurredAt,
    );
  }

  @Post(`${C}/branches/:organisationId/rectified`)
  @Access(ASSESSORS, onCommunity())
  rectify(
    @Param('communityId') c: string,
    @Param('organisationId', organisationCode) o: string,
    @Body() b: RectifyBranchDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'branch',
      o,
      { kind: 'RectifyBranch', organisationId: o, measures: b.measures },
      h,
      b.occurredAt,
    );
  }

  @Get(`${C}/branches/:organisationId`)
  @Access(READERS, onCommunity())
  branch(
    @Param('communityId') c: string,
    @Param('organisationId', organisationCode) o: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.view(res, c, 'branch', o);
  }

  @Post(`${C}/three-zero-status/grant`)
  @Access(['street-office'], onCommunity())
  grantThreeZero(
    @Param('communityId') c: string,
    @Body() b: GrantThreeZeroDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'threeZero',
      THREE_ZERO_RECORD_ID,
      { kind: 'GrantThreeZeroStatus', grantedBy: b.grantedBy, note: b.note },
      h,
      b.occurredAt,
    );
  }

  @Post(`${C}/three-zero-status/revoke`)
  @Access(['street-office'], onCommunity())
  revokeThreeZero(
    @Param('communityId') c: string,
    @Body() b: RevokeThreeZeroDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'threeZero',
      THREE_ZERO_RECORD_ID,
      { kind: 'RevokeThreeZeroStatus', reason: b.reason },
      h,
      b.occurredAt,
    );
  }

  @Get(`${C}/three-zero-status`)
  @Access(READERS, onCommunity())
  threeZero(@Param('communityId') c: string, @Res({ passthrough: true }) res: Response) {
    return this.view(res, c, 'threeZero', THREE_ZERO_RECORD_ID);
  }
}
