import {
  Body,
  Controller,
  Get,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  type PipeTransform,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type pg from 'pg';
import {
  CommunityCommandMessage,
  GetCommunityRecordQuery,
  type CommandContext,
  type CommandOutcome,
  type CommunityRecordName,
  type RecordView,
} from '@tongxin/application';
import { Access, onCommunity, type Role } from '@tongxin/auth';
import { CodedError, idFromKey, type IdGenerator } from '@tongxin/kernel';
import { ID_GENERATOR, PG_POOL } from '@tongxin/platform';
import { RecordListReader } from '@tongxin/read-store';
import {
  effectiveEvents,
  type DisputeCommand,
  type HazardCommand,
  type MemberCommand,
  type ProposalCommand,
  type RecordWorks,
  type WelfareCommand,
  type WishCommand,
} from '@tongxin/domain';
import { currentTenantContext } from '@tongxin/tenancy';
import { CommandHeaders, sendOutcome, withActor } from '../shared/command-headers.js';
import { AsOfQuery, ReadViews } from '../shared/read-views.js';
import { AccessReason, ApiAccessReason } from '../shared/access-reason.js';
import { RecordedStepDto } from '../requests/dto/request.dto.js';
import {
  AgreementDto,
  ClaimWishDto,
  CommitmentDto,
  DecisionDto,
  DisclosureDto,
  MeetingDto,
  RaiseProposalDto,
  EliminateHazardDto,
  FailureDto,
  HoldMediationDto,
  NoteDto,
  PostWishDto,
  RecordWorksDto,
  ReferDisputeDto,
  RegisterDisputeDto,
  RegisterMemberDto,
  ReportHazardDto,
  ReportInDto,
  VolunteerServiceDto,
  WelfareApplicationDto,
  WelfareDecisionDto,
} from './dto/records.dto.js';

type Headers = Omit<CommandContext, 'actor'>;

class ParseMemberCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(value))
      throw new CodedError('MEMBER_NOT_FOUND', 'not-found', '党员不存在', 'No such party member');
    return value;
  }
}
type RecordCommand =
  DisputeCommand | WishCommand | HazardCommand | RecordWorks | MemberCommand | WelfareCommand | ProposalCommand;

const STAFF: Role[] = ['community-admin', 'community-staff'];
const READERS: Role[] = [
  ...STAFF,
  'grid-worker',
  'party-member',
  'resident',
  'street-office',
  'district-committee',
  'auditor',
];
const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new CodedError('RECORD_NOT_FOUND', 'not-found', '记录不存在', 'No such record'),
});

const C = 'communities/:communityId';
const memberCode = new ParseMemberCodePipe();

/** Party members record their own actions only: their member id is their login (subject). */
function ownRecord(memberId: string): void {
  const { actor } = currentTenantContext();
  if (actor.role === 'party-member' && actor.userId !== memberId) {
    throw new CodedError(
      'NOT_OWN_RECORD',
      'forbidden',
      '党员只能记录本人的报到、承诺和服务',
      'A party member records only their own report-in, commitments and services',
    );
  }
}

/** Disputes (矛盾纠纷), micro-wishes (微心愿), hazards (安全隐患) and works (实事): one stream per record in the community's history. */
@ApiTags('纠纷、微心愿、隐患、实事、党员与救助')
@Controller('api/v1')
export class CommunityRecordsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(ReadViews) private readonly views: ReadViews,
    @Inject(PG_POOL) pool: pg.Pool,
  ) {
    this.lists = new RecordListReader(pool);
  }

  private readonly lists: RecordListReader;

  private async record(
    response: Response,
    communityId: string,
    record: CommunityRecordName,
    id: string,
    command: RecordCommand,
    headers: Headers,
    body: RecordedStepDto,
  ) {
    const outcome = await this.commands.execute<CommunityCommandMessage, CommandOutcome>(
      new CommunityCommandMessage(communityId, record, id, command, withActor(headers, body.occurredAt)),
    );
    return { id, ...sendOutcome(response, outcome) };
  }

  /** A retried creation (same Idempotency-Key) addresses the same record. */
  private newId(communityId: string, headers: Headers): string {
    return headers.commandId ? idFromKey(communityId, headers.commandId) : this.ids.next();
  }

  /**
   * A record with its timeline; `asOf`: as recorded at that moment (404 if it was not recorded yet).
   * Personal data is decrypted or masked by the query (piiAccessFor): the one rule for every record kind.
   */
  private async view(
    response: Response,
    communityId: string,
    record: CommunityRecordName,
    id: string,
    query: AsOfQuery,
    reason?: string,
  ) {
    const { asOf } = await this.views.open(query);
    const view = await this.queries.execute<GetCommunityRecordQuery, RecordView>(
      new GetCommunityRecordQuery(communityId, record, id, asOf, reason),
    );
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Post(`${C}/disputes`)
  @Access([...STAFF, 'grid-worker'], onCommunity())
  registerDispute(
    @Param('communityId') c: string,
    @Body() b: RegisterDisputeDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = this.newId(c, h);
    return this.record(
      res,
      c,
      'dispute',
      id,
      { kind: 'RegisterDispute', disputeId: id, disputeKind: b.kind, summary: b.summary, parties: b.parties },
      h,
      b,
    );
  }

  @Post(`${C}/disputes/:id/mediation-sessions`)
  @Access(STAFF, onCommunity())
  holdMediation(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: HoldMediationDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'dispute',
      id,
      { kind: 'HoldMediation', venue: b.venue, mediator: b.mediator, notes: b.notes ?? null },
      h,
      b,
    );
  }

  @Post(`${C}/disputes/:id/mediated`)
  @Access(STAFF, onCommunity())
  mediated(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: AgreementDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'dispute', id, { kind: 'RecordMediated', agreement: b.agreement }, h, b);
  }

  @Post(`${C}/disputes/:id/failed`)
  @Access(STAFF, onCommunity())
  failed(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: FailureDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'dispute', id, { kind: 'RecordMediationFailed', reason: b.reason }, h, b);
  }

  @Post(`${C}/disputes/:id/referred`)
  @Access(STAFF, onCommunity())
  referred(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: ReferDisputeDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'dispute', id, { kind: 'ReferDispute', to: b.to, note: b.note }, h, b);
  }

  @Get(`${C}/disputes/:id`)
  @Access(READERS, onCommunity())
  @ApiAccessReason(false)
  dispute(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Query() q: AsOfQuery,
    @AccessReason() reason: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.view(res, c, 'dispute', id, q, reason);
  }

  @Post(`${C}/wishes`)
  @Access([...STAFF, 'grid-worker', 'resident'], onCommunity())
  postWish(
    @Param('communityId') c: string,
    @Body() b: PostWishDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = this.newId(c, h);
    return this.record(
      res,
      c,
      'wish',
      id,
      { kind: 'PostWish', wishId: id, description: b.description, beneficiary: b.beneficiary ?? null },
      h,
      b,
    );
  }

  @Post(`${C}/wishes/:id/claim`)
  @Access([...STAFF, 'party-member'], onCommunity())
  claimWish(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: ClaimWishDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'wish',
      id,
      { kind: 'ClaimWish', claimerName: b.claimerName, by: currentTenantContext().actor },
      h,
      b,
    );
  }

  @Post(`${C}/wishes/:id/fulfil`)
  @Access([...STAFF, 'party-member'], onCommunity())
  fulfilWish(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: NoteDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'wish',
      id,
      { kind: 'FulfilWish', note: b.note, by: currentTenantContext().actor },
      h,
      b,
    );
  }

  @Get(`${C}/wishes/:id`)
  @Access(READERS, onCommunity())
  @ApiAccessReason(false)
  wish(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Query() q: AsOfQuery,
    @AccessReason() reason: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.view(res, c, 'wish', id, q, reason);
  }

  @Post(`${C}/hazards`)
  @Access([...STAFF, 'grid-worker', 'party-member', 'resident'], onCommunity())
  reportHazard(
    @Param('communityId') c: string,
    @Body() b: ReportHazardDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = this.newId(c, h);
    return this.record(
      res,
      c,
      'hazard',
      id,
      { kind: 'ReportHazard', hazardId: id, hazardKind: b.kind, location: b.location, description: b.description },
      h,
      b,
    );
  }

  @Post(`${C}/hazards/:id/eliminate`)
  @Access(STAFF, onCommunity())
  eliminateHazard(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: EliminateHazardDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'hazard', id, { kind: 'EliminateHazard', measures: b.measures }, h, b);
  }

  @Get(`${C}/hazards/:id`)
  @Access(READERS, onCommunity())
  @ApiAccessReason(false)
  hazard(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Query() q: AsOfQuery,
    @AccessReason() reason: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.view(res, c, 'hazard', id, q, reason);
  }

  @Post(`${C}/works`)
  @Access(STAFF, onCommunity())
  recordWorks(
    @Param('communityId') c: string,
    @Body() b: RecordWorksDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = this.newId(c, h);
    return this.record(
      res,
      c,
      'works',
      id,
      {
        kind: 'RecordWorks',
        worksId: id,
        worksKind: b.kind,
        quantity: b.quantity,
        description: b.description,
        amountSpentYuan: b.amountSpentYuan ?? null,
        proposalId: b.proposalId ?? null,
      },
      h,
      b,
    );
  }

  @Post(`${C}/members`)
  @Access(STAFF, onCommunity())
  registerMember(
    @Param('communityId') c: string,
    @Body() b: RegisterMemberDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = b.memberId ?? this.newId(c, h);
    return this.record(
      res,
      c,
      'member',
      id,
      { kind: 'RegisterPartyMember', memberId: id, name: b.name, mode: b.mode },
      h,
      b,
    );
  }

  @Post(`${C}/members/:memberId/report-in`)
  @Access([...STAFF, 'party-member'], onCommunity())
  reportIn(
    @Param('communityId') c: string,
    @Param('memberId', memberCode) m: string,
    @Body() b: ReportInDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    ownRecord(m);
    return this.record(res, c, 'member', m, { kind: 'ReportIn', compoundId: b.compoundId ?? null, mode: b.mode }, h, b);
  }

  @Post(`${C}/members/:memberId/commitments`)
  @Access([...STAFF, 'party-member'], onCommunity())
  makeCommitment(
    @Param('communityId') c: string,
    @Param('memberId', memberCode) m: string,
    @Body() b: CommitmentDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    ownRecord(m);
    const commitmentId = this.newId(`${c}:${m}`, h);
    return this.record(res, c, 'member', m, { kind: 'MakeCommitment', commitmentId, text: b.text }, h, b).then(
      (out) => ({ ...out, commitmentId }),
    );
  }

  @Post(`${C}/members/:memberId/commitments/:commitmentId/fulfil`)
  @Access([...STAFF, 'party-member'], onCommunity())
  fulfilCommitment(
    @Param('communityId') c: string,
    @Param('memberId', memberCode) m: string,
    @Param('commitmentId', uuid) k: string,
    @Body() b: NoteDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    ownRecord(m);
    return this.record(res, c, 'member', m, { kind: 'FulfilCommitment', commitmentId: k, note: b.note }, h, b);
  }

  @Post(`${C}/members/:memberId/volunteer-services`)
  @Access([...STAFF, 'party-member'], onCommunity())
  logService(
    @Param('communityId') c: string,
    @Param('memberId', memberCode) m: string,
    @Body() b: VolunteerServiceDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    ownRecord(m);
    return this.record(
      res,
      c,
      'member',
      m,
      { kind: 'LogVolunteerService', hours: b.hours, description: b.description },
      h,
      b,
    );
  }

  @Get(`${C}/members/:memberId`)
  @Access(READERS, onCommunity())
  @ApiAccessReason(false)
  member(
    @Param('communityId') c: string,
    @Param('memberId', memberCode) m: string,
    @Query() q: AsOfQuery,
    @AccessReason() reason: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.view(res, c, 'member', m, q, reason);
  }

  @Post(`${C}/proposals`)
  @Access([...STAFF, 'resident', 'party-member'], onCommunity())
  raiseProposal(
    @Param('communityId') c: string,
    @Body() b: RaiseProposalDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = this.newId(c, h);
    return this.record(
      res,
      c,
      'proposal',
      id,
      { kind: 'RaiseProposal', proposalId: id, title: b.title, description: b.description },
      h,
      b,
    );
  }

  @Post(`${C}/proposals/:id/meetings`)
  @Access(STAFF, onCommunity())
  holdMeeting(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: MeetingDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'proposal',
      id,
      { kind: 'HoldMeeting', meetingKind: b.kind, heldOn: b.heldOn, attendees: b.attendees },
      h,
      b,
    );
  }

  @Post(`${C}/proposals/:id/decision`)
  @Access(STAFF, onCommunity())
  decideProposal(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: DecisionDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'proposal',
      id,
      {
        kind: 'DecideProposal',
        votesFor: b.votesFor,
        votesAgainst: b.votesAgainst,
        abstentions: b.abstentions,
        outcome: b.outcome,
      },
      h,
      b,
    );
  }

  @Post(`${C}/proposals/:id/implemented`)
  @Access(STAFF, onCommunity())
  implementProposal(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: NoteDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'proposal', id, { kind: 'RecordImplementation', note: b.note }, h, b);
  }

  @Post(`${C}/proposals/:id/evaluation`)
  @Access(STAFF, onCommunity())
  evaluateProposal(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: NoteDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'proposal', id, { kind: 'EvaluateProposal', note: b.note }, h, b);
  }

  @Post(`${C}/proposals/:id/disclosures`)
  @Access(STAFF, onCommunity())
  publishDisclosure(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: DisclosureDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      'proposal',
      id,
      {
        kind: 'PublishDisclosure',
        disclosureKind: b.kind,
        summary: b.summary,
        amountRaisedYuan: b.amountRaisedYuan ?? null,
        amountSpentYuan: b.amountSpentYuan ?? null,
      },
      h,
      b,
    );
  }

  /** The chain proposal -> meetings -> decision -> implementation -> disclosures, in one timeline. */
  @Get(`${C}/proposals/:id`)
  @Access(READERS, onCommunity())
  @ApiAccessReason(false)
  async proposal(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Query() q: AsOfQuery,
    @AccessReason() reason: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const view = await this.view(res, c, 'proposal', id, q, reason);
    // The chain 民提 -> 民议 -> 民决 -> 实事 -> 公开: the works records that carry this proposal out.
    const { asOf } = await this.views.open(q);
    const linked = await this.lists.worksOfProposal(currentTenantContext().scope, c, id, asOf);
    const works = linked.flatMap((r) => {
      const done = effectiveEvents(r.events).find((e) => e.type === 'WorksCompleted');
      return done ? [{ worksId: r.recordId, occurredAt: done.occurredAt, ...done.data }] : [];
    });
    return { ...view, works };
  }

  /** 救助: applications and decisions carry sensitive personal data; only the community's staff and auditors read them. */
  @Post(`${C}/welfare`)
  @Access(STAFF, onCommunity())
  applyForWelfare(
    @Param('communityId') c: string,
    @Body() b: WelfareApplicationDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = this.newId(c, h);
    return this.record(
      res,
      c,
      'welfare',
      id,
      {
        kind: 'ApplyForWelfare',
        applicationId: id,
        welfareKind: b.kind,
        applicant: b.applicant,
        circumstances: b.circumstances,
      },
      h,
      b,
    );
  }

  @Post(`${C}/welfare/:id/decide`)
  @Access(['community-admin'], onCommunity())
  decideWelfare(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Body() b: WelfareDecisionDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, 'welfare', id, { kind: 'DecideWelfare', outcome: b.outcome, note: b.note }, h, b);
  }

  @Get(`${C}/welfare/:id`)
  @Access([...STAFF, 'auditor'], onCommunity())
  @ApiAccessReason(false)
  welfare(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Query() q: AsOfQuery,
    @AccessReason() reason: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.view(res, c, 'welfare', id, q, reason);
  }

  @Get(`${C}/works/:id`)
  @Access(READERS, onCommunity())
  @ApiAccessReason(false)
  works(
    @Param('communityId') c: string,
    @Param('id', uuid) id: string,
    @Query() q: AsOfQuery,
    @AccessReason() reason: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.view(res, c, 'works', id, q, reason);
  }
}
