import { ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import type { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import {
  CommunityCommandMessage,
  GetCommunityRecordQuery,
  type CommandContext,
  type CommandOutcome,
  type CommunityRecordName,
  type RecordView,
} from '@tongxin/application';
import type { Role } from '@tongxin/auth';
import { CodedError, idFromKey, type IdGenerator } from '@tongxin/kernel';
import type {
  AwardMonthlyStar,
  BranchCommand,
  CorrectEvent,
  HoldStudySession,
  MemberCommand,
  RecordCareVisit,
  RecordReemployment,
  ThreeZeroCommand,
  VoidEvent,
} from '@tongxin/domain';
import { currentTenantContext } from '@tongxin/tenancy';
import { sendOutcome, withActor } from '../shared/command-headers.js';

export type Headers = Omit<CommandContext, 'actor'>;

/** The commands these routes send; the handler adds the times a command is checked against. */
export type RecordCommand =
  | MemberCommand
  | RecordCareVisit
  | RecordReemployment
  | HoldStudySession
  | Omit<AwardMonthlyStar, 'at'>
  | BranchCommand
  | ThreeZeroCommand
  | VoidEvent
  | Omit<CorrectEvent, 'now' | 'onboardedOn'>;

export const STAFF: Role[] = ['community-admin', 'community-staff'];
export const READERS: Role[] = [
  ...STAFF,
  'grid-worker',
  'party-member',
  'resident',
  'street-office',
  'district-committee',
  'auditor',
];
/** Records about vulnerable people (welfare, care visits, re-employment): the community's staff and auditors only. */
export const SENSITIVE_READERS: Role[] = [...STAFF, 'auditor'];
export const C = 'communities/:communityId';

export const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new CodedError('RECORD_NOT_FOUND', 'not-found', '记录不存在', 'No such record'),
});

/** Path codes (member ids, organisation ids, post ids): lowercase letters, digits, - and _. */
export class ParseCodePipe implements PipeTransform<string, string> {
  constructor(private readonly notFound: () => CodedError) {}
  transform(value: string): string {
    if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(value)) throw this.notFound();
    return value;
  }
}
export const memberCode = new ParseCodePipe(
  () => new CodedError('MEMBER_NOT_FOUND', 'not-found', '党员不存在', 'No such party member'),
);
export const organisationCode = new ParseCodePipe(
  () => new CodedError('BRANCH_NOT_FOUND', 'not-found', '党组织不存在', 'No such party organisation'),
);
export const postCode = new ParseCodePipe(
  () => new CodedError('POST_NOT_CLAIMED', 'not-found', '岗位不存在', 'No such volunteer post'),
);

/** Party members record their own actions only: their member id is their login (subject). */
export function ownRecord(memberId: string): void {
  const { actor } = currentTenantContext();
  if (actor.role === 'party-member' && actor.userId !== memberId) {
    throw new CodedError(
      'NOT_OWN_RECORD',
      'forbidden',
      '党员只能记录本人的报到、承诺、服务、岗位和结对',
      'A party member records only their own report-in, commitments, services, posts and pairings',
    );
  }
}

/** The shared shape of a community record controller: a command on one record, a view of one record. */
export abstract class RecordRoutes {
  constructor(
    protected readonly commands: CommandBus,
    protected readonly queries: QueryBus,
    protected readonly ids: IdGenerator,
  ) {}

  protected async record(
    response: Response,
    communityId: string,
    record: CommunityRecordName,
    id: string,
    command: RecordCommand,
    headers: Headers,
    occurredAt?: string,
  ) {
    const outcome = await this.commands.execute<CommunityCommandMessage, CommandOutcome>(
      new CommunityCommandMessage(communityId, record, id, command, withActor(headers, occurredAt)),
    );
    return { id, ...sendOutcome(response, outcome) };
  }

  /** A retried creation (same Idempotency-Key) addresses the same record. */
  protected newId(scope: string, headers: Headers): string {
    return headers.commandId ? idFromKey(scope, headers.commandId) : this.ids.next();
  }

  protected async view(response: Response, communityId: string, record: CommunityRecordName, id: string) {
    const view = await this.queries.execute<GetCommunityRecordQuery, RecordView>(
      new GetCommunityRecordQuery(communityId, record, id),
    );
    response.setHeader('ETag', `"${view.version}"`);
    // Personal data is already decrypted or masked by the query (piiAccessFor).
    return view;
  }
}
