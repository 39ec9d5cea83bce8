import { Body, Controller, Get, Param, Post, Query, Res, type PipeTransform } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CommunityCommandMessage,
  GetStructureQuery,
  type CommandContext,
  type CommandOutcome,
  type StructureView,
} from '@tongxin/application';
import { Access, onCommunity, type Role } from '@tongxin/auth';
import { CodedError } from '@tongxin/kernel';
import { shanghaiDate, type StructureCommand, type StructureUnit, type VoidEvent } from '@tongxin/domain';
import { currentTenantContext } from '@tongxin/tenancy';
import { CommandHeaders, sendOutcome, withActor } from '../shared/command-headers.js';
import { VoidEventDto } from '../requests/dto/request.dto.js';
import {
  ElectOwnersCommitteeDto,
  EndOwnersCommitteeTermDto,
  EndPropertyServiceDto,
  FormSupervisoryCommitteeDto,
  JoinRedAllianceDto,
  RecordOneShoulderDto,
  RegisterPropertyCompanyDto,
  RegisterStructureDto,
  RenameCompoundDto,
  StartPropertyServiceDto,
  StructureQuery,
} from './dto/structure.dto.js';

type Headers = Omit<CommandContext, 'actor'>;

class ParseCompoundPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(value))
      throw new CodedError('COMPOUND_NOT_FOUND', 'not-found', '小区未登记', 'No such compound');
    return value;
  }
}
const compoundCode = new ParseCompoundPipe();

/** Who shapes a community's structure: the street office that onboards it and the community's administrator. */
const ORGANISERS: Role[] = ['street-office', 'community-admin'];
/** Who records its compounds' bodies: also the community's staff. */
const RECORDERS: Role[] = [...ORGANISERS, 'community-staff'];
const READERS: Role[] = [
  'community-admin',
  'community-staff',
  'grid-worker',
  'party-member',
  'resident',
  'street-office',
  'district-committee',
  'department',
  'auditor',
];
const STAFF: Role[] = ['community-admin', 'community-staff'];

const C = 'communities/:communityId';
const COMPOUND = `${C}/compounds/:compoundId`;

/**
 * A step that happened on a date (an election, a service start…): it is recorded at the start of
 * that day in Asia/Shanghai unless occurredAt is given, which must then fall on that day.
 */
function onDate(date: string, occurredAt: string | undefined, field: string): string {
  if (!occurredAt) return `${date}T00:00:00+08:00`;
  if (shanghaiDate(new Date(occurredAt)) !== date) {
    const message = `occurredAt 应在 ${field}（${date}，北京时间）当天 / occurredAt must fall on ${field} (Asia/Shanghai)`;
    throw new CodedError(
      'VALIDATION_FAILED',
      'invalid',
      message,
      `occurredAt must fall on ${field} ${date} (Asia/Shanghai)`,
      { field: 'occurredAt', fields: [{ field: 'occurredAt', messages: [message] }] },
    );
  }
  return occurredAt;
}

/** Personal data (`…Pii`) masked for readers outside the community's staff. */
function masked<T>(value: T): T {
  if (Array.isArray(value)) return value.map(masked) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k.endsWith('Pii') && v !== null ? '***' : masked(v)]),
    ) as T;
  return value;
}

/**
 * A community's structure (小区、楼栋、网格、四级党组织、工作人员) and the bodies of its
 * compounds (业主委员会、监事会、物业服务、5+红色联盟), all in the community's structure stream.
 */
@ApiTags('社区结构与小区组织')
@Controller('api/v1')
export class StructureController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  private async record(
    response: Response,
    communityId: string,
    command: StructureCommand | VoidEvent,
    headers: Headers,
    occurredAt?: string,
  ) {
    const outcome = await this.commands.execute<CommunityCommandMessage, CommandOutcome>(
      new CommunityCommandMessage(communityId, 'structure', 'structure', command, withActor(headers, occurredAt)),
    );
    return sendOutcome(response, outcome);
  }

  @Post(`${C}/structure`)
  @Access(ORGANISERS, onCommunity())
  registerStructure(
    @Param('communityId') c: string,
    @Body() b: RegisterStructureDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const units = b.units.map((u): StructureUnit => ({
      kind: u.kind,
      id: u.id,
      name: u.name,
      parentId: u.parentId ?? null,
      attribute: u.level ?? u.post ?? null,
      compoundId: u.compoundId ?? null,
    }));
    return this.record(res, c, { kind: 'RegisterStructure', units }, h, b.occurredAt);
  }

  /** The tree (with `?timeline=true` also every event of the structure stream, voided ones marked): compounds with their buildings, grids, branches and bodies (and coverage flags), the party organisations in four levels, staff. */
  @Get(`${C}/structure`)
  @Access(READERS, onCommunity())
  async structure(
    @Param('communityId') c: string,
    @Query() query: StructureQuery,
    @Res({ passthrough: true }) res: Response,
  ) {
    const view = await this.queries.execute<GetStructureQuery, StructureView>(
      new GetStructureQuery(c, query.timeline === 'true'),
    );
    res.setHeader('ETag', `"${view.version}"`);
    return STAFF.includes(currentTenantContext().actor.role as Role) ? view : masked(view);
  }

  /** Voids one event of the structure stream (with a reason): it then counts nowhere. */
  @Post(`${C}/structure/void`)
  @Access(ORGANISERS, onCommunity())
  voidStructureEvent(
    @Param('communityId') c: string,
    @Body() b: VoidEventDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, { kind: 'VoidEvent', eventId: b.eventId, reason: b.reason }, h);
  }

  @Post(`${COMPOUND}/rename`)
  @Access(ORGANISERS, onCommunity())
  renameCompound(
    @Param('communityId') c: string,
    @Param('compoundId', compoundCode) k: string,
    @Body() b: RenameCompoundDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(res, c, { kind: 'RenameCompound', compoundId: k, name: b.name }, h, b.occurredAt);
  }

  @Post(`${COMPOUND}/owners-committee`)
  @Access(RECORDERS, onCommunity())
  electOwnersCommittee(
    @Param('communityId') c: string,
    @Param('compoundId', compoundCode) k: string,
    @Body() b: ElectOwnersCommitteeDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command: StructureCommand = {
      kind: 'ElectOwnersCommittee',
      compoundId: k,
      electedOn: b.electedOn,
      members: b.members,
      partyMembers: b.partyMembers,
      chairName: b.chairName,
      oneShoulder: b.oneShoulder,
      termYears: b.termYears ?? null,
    };
    return this.record(res, c, command, h, onDate(b.electedOn, b.occurredAt, 'electedOn'));
  }

  /** 换届: a new term of the committee in office. */
  @Post(`${COMPOUND}/owners-committee/re-election`)
  @Access(RECORDERS, onCommunity())
  reElectOwnersCommittee(
    @Param('communityId') c: string,
    @Param('compoundId', compoundCode) k: string,
    @Body() b: ElectOwnersCommitteeDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command: StructureCommand = {
      kind: 'ReElectOwnersCommittee',
      compoundId: k,
      electedOn: b.electedOn,
      members: b.members,
      partyMembers: b.partyMembers,
      chairName: b.chairName,
      oneShoulder: b.oneShoulder,
      termYears: b.termYears ?? null,
    };
    return this.record(res, c, command, h, onDate(b.electedOn, b.occurredAt, 'electedOn'));
  }

  @Post(`${COMPOUND}/owners-committee/term-end`)
  @Access(RECORDERS, onCommunity())
  endOwnersCommitteeTerm(
    @Param('communityId') c: string,
    @Param('compoundId', compoundCode) k: string,
    @Body() b: EndOwnersCommitteeTermDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      { kind: 'EndOwnersCommitteeTerm', compoundId: k, endedOn: b.endedOn, reason: b.reason },
      h,
      onDate(b.endedOn, b.occurredAt, 'endedOn'),
    );
  }

  /** 一肩挑 begins or ends for the committee in office. */
  @Post(`${COMPOUND}/owners-committee/one-shoulder`)
  @Access(RECORDERS, onCommunity())
  recordOneShoulder(
    @Param('communityId') c: string,
    @Param('compoundId', compoundCode) k: string,
    @Body() b: RecordOneShoulderDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      { kind: 'RecordOneShoulder', compoundId: k, oneShoulder: b.oneShoulder, since: b.since },
      h,
      onDate(b.since, b.occurredAt, 'since'),
    );
  }

  @Post(`${COMPOUND}/supervisory-committee`)
  @Access(RECORDERS, onCommunity())
  formSupervisoryCommittee(
    @Param('communityId') c: string,
    @Param('compoundId', compoundCode) k: string,
    @Body() b: FormSupervisoryCommitteeDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      {
        kind: 'FormSupervisoryCommittee',
        compoundId: k,
        formedOn: b.formedOn,
        members: b.members,
        partyMembers: b.partyMembers,
      },
      h,
      onDate(b.formedOn, b.occurredAt, 'formedOn'),
    );
  }

  @Post(`${C}/property-companies`)
  @Access(RECORDERS, onCommunity())
  registerPropertyCompany(
    @Param('communityId') c: string,
    @Body() b: RegisterPropertyCompanyDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      { kind: 'RegisterPropertyCompany', companyId: b.companyId, name: b.name },
      h,
      b.occurredAt,
    );
  }

  @Post(`${COMPOUND}/property-service`)
  @Access(RECORDERS, onCommunity())
  startPropertyService(
    @Param('communityId') c: string,
    @Param('compoundId', compoundCode) k: string,
    @Body() b: StartPropertyServiceDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command: StructureCommand = {
      kind: 'StartPropertyService',
      compoundId: k,
      serviceKind: b.serviceKind,
      companyId: b.companyId ?? null,
      partyOrganisationId: b.partyOrganisationId ?? null,
      startedOn: b.startedOn,
    };
    return this.record(res, c, command, h, onDate(b.startedOn, b.occurredAt, 'startedOn'));
  }

  @Post(`${COMPOUND}/property-service/end`)
  @Access(RECORDERS, onCommunity())
  endPropertyService(
    @Param('communityId') c: string,
    @Param('compoundId', compoundCode) k: string,
    @Body() b: EndPropertyServiceDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.record(
      res,
      c,
      { kind: 'EndPropertyService', compoundId: k, endedOn: b.endedOn, reason: b.reason },
      h,
      onDate(b.endedOn, b.occurredAt, 'endedOn'),
    );
  }

  @Post(`${COMPOUND}/alliance-members`)
  @Access(RECORDERS, onCommunity())
  joinRedAlliance(
    @Param('communityId') c: string,
    @Param('compoundId', compoundCode) k: string,
    @Body() b: JoinRedAllianceDto,
    @CommandHeaders() h: Headers,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command: StructureCommand = {
      kind: 'JoinRedAlliance',
      compoundId: k,
      memberKind: b.memberKind,
      memberId: b.memberId ?? null,
      name: b.name ?? null,
      joinedOn: b.joinedOn,
    };
    return this.record(res, c, command, h, onDate(b.joinedOn, b.occurredAt, 'joinedOn'));
  }
}
