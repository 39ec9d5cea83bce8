import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CodedError, type Clock } from '@tongxin/kernel';
import {
  assertOccurredAt,
  effectiveEvents,
  fold,
  shanghaiDate,
  workingCalendarOf,
  type CorrectEvent,
  type VoidEvent,
} from '@tongxin/domain';
import type { DirectoryReader } from '@tongxin/read-store';
import type { CommandContext, CommandExecutor, CommandOutcome } from '../shared/command-executor.js';
import { COMMAND_CLOCK, COMMAND_EXECUTOR, DIRECTORY_READER } from '../shared/tokens.js';
import { COMMUNITY_RECORDS, type CommunityRecordName } from './community-records.js';
import { HOLIDAY_CALENDARS, type HolidayCalendarSource } from '../calendar/holiday-calendars.js';

/** A step on one record of a community (a request, dispute, wish…), or a void or correction of one of its events. */
export class CommunityCommandMessage {
  constructor(
    readonly communityId: string,
    readonly record: CommunityRecordName,
    readonly recordId: string,
    readonly command: { readonly kind: string } | VoidEvent | Omit<CorrectEvent, 'now' | 'onboardedOn'>,
    readonly context: CommandContext,
  ) {}
}

/**
 * Runs every community record command: the community must exist and be active, occurredAt
 * must lie between its onboarding and five minutes from now, and the record's decider decides.
 */
@CommandHandler(CommunityCommandMessage)
export class CommunityCommandHandler implements ICommandHandler<CommunityCommandMessage, CommandOutcome> {
  constructor(
    @Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(DIRECTORY_READER) private readonly directory: DirectoryReader,
    @Inject(COMMAND_CLOCK) private readonly clock: Clock,
    /** Needed only for deadlines stated in working time (the worker and seeds run without it). */
    @Optional() @Inject(HOLIDAY_CALENDARS) private readonly calendars?: HolidayCalendarSource,
  ) {}

  async execute({ communityId, record, recordId, command, context }: CommunityCommandMessage): Promise<CommandOutcome> {
    const now = this.clock.now();
    const community = await this.directory.unit(communityId, shanghaiDate(now));
    if (!community || community.kind !== 'community')
      throw new CodedError('UNIT_NOT_FOUND', 'not-found', '未找到该单位或无权访问', `No community ${communityId}`);
    if (community.offboardedFrom && shanghaiDate(now) >= community.offboardedFrom) {
      throw new CodedError(
        'COMMUNITY_OFFBOARDED',
        'conflict',
        '社区已注销，不能再记录',
        'The community was offboarded and records nothing new',
      );
    }
    const occurredAt = assertOccurredAt(context.occurredAt ?? now.toISOString(), now, community.onboardedOn);
    const kind = COMMUNITY_RECORDS[record];
    const target = { tenantId: communityId, streamId: kind.stream(recordId) };
    const withTime = { ...context, occurredAt };
    if (context.actor.role === 'resident' && record === 'request' && command.kind !== 'RaiseRequest')
      await this.assertOwnRequest(target, context.actor.userId);
    if (command.kind === 'VoidEvent') return this.executor.voidEvent(target, command as VoidEvent, withTime);
    if (command.kind === 'CorrectEvent') {
      // A corrected occurredAt obeys the same bounds as the original: not ahead of now, not before onboarding.
      return this.executor.correctEvent(
        target,
        { ...(command as CorrectEvent), now: now.toISOString(), onboardedOn: community.onboardedOn },
        withTime,
      );
    }
    // A dispatch checks its deadlines against the time it happened, working time counted on the calendar as
    // published now; a star is never for a month to come.
    const decided =
      command.kind === 'DispatchRequest'
        ? { ...command, at: occurredAt, ...(await this.calendarFor(command)) }
        : command.kind === 'AwardMonthlyStar'
          ? { ...command, at: occurredAt }
          : command.kind === 'RecordWorks'
            ? { ...command, ...(await this.proposalFor(communityId, command)) }
            : command;
    return this.executor.execute(kind.decider, target, decided, withTime);
  }

  /**
   * A resident acts only on requests they raised: anyone else's request (or none) answers 404,
   * exactly like reading it, so neither its existence nor its state leaks through a refusal.
   */
  private async assertOwnRequest(target: { tenantId: string; streamId: string }, userId: string): Promise<void> {
    const requests = COMMUNITY_RECORDS.request;
    const state = fold(
      requests.decider,
      effectiveEvents(await this.executor.history(target)).map((e) => ({ type: e.type, data: e.data })),
    ) as { raisedBy?: string | null };
    if (state.raisedBy !== userId)
      throw new CodedError('REQUEST_NOT_FOUND', 'not-found', '诉求不存在', 'No such request');
  }

  /** Works that carry out a proposal: the proposal's status now, read from its own history, for the works decider to check. */
  private async proposalFor(communityId: string, command: { readonly kind: string }) {
    const { proposalId } = command as { proposalId?: string | null };
    if (!proposalId) return {};
    const proposals = COMMUNITY_RECORDS.proposal;
    const history = await this.executor.history({ tenantId: communityId, streamId: proposals.stream(proposalId) });
    return {
      proposalStatus: proposals.status(
        fold(
          proposals.decider,
          effectiveEvents(history).map((e) => ({ type: e.type, data: e.data })),
        ),
      ),
    };
  }

  private async calendarFor(command: { readonly kind: string }) {
    const terms = command as { respondWithinWorkingHours?: number; resolveWithinWorkingDays?: number };
    if (terms.respondWithinWorkingHours === undefined && terms.resolveWithinWorkingDays === undefined) return {};
    return this.calendars ? { calendar: workingCalendarOf(await this.calendars.state()) } : {};
  }
}
