import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CodedError, type Clock } from '@tongxin/kernel';
import { assertOccurredAt, requestDecider, requestStream, shanghaiDate, type RequestCommand, type VoidEvent } from '@tongxin/domain';
import type { DirectoryReader } from '@tongxin/read-store';
import type { CommandContext, CommandExecutor, CommandOutcome } from '../shared/command-executor.js';
import { COMMAND_EXECUTOR, DIRECTORY_READER } from '../shared/tokens.js';
import { REGISTRY_CLOCK } from '../registry/registry-command.js';

/** A step of a request's workflow (or a void of one of its events) in a community's history. */
export class RequestCommandMessage {
  constructor(
    readonly communityId: string,
    readonly requestId: string,
    readonly command: RequestCommand | VoidEvent,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RequestCommandMessage)
export class RequestCommandHandler implements ICommandHandler<RequestCommandMessage, CommandOutcome> {
  constructor(
    @Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(DIRECTORY_READER) private readonly directory: DirectoryReader,
    @Inject(REGISTRY_CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ communityId, requestId, command, context }: RequestCommandMessage): Promise<CommandOutcome> {
    const now = this.clock.now();
    const community = await this.directory.unit(communityId, shanghaiDate(now));
    if (!community || community.kind !== 'community') throw new CodedError('UNIT_NOT_FOUND', 'not-found', '未找到该单位或无权访问', `No community ${communityId}`);
    if (community.offboardedFrom && shanghaiDate(now) >= community.offboardedFrom) {
      throw new CodedError('COMMUNITY_OFFBOARDED', 'conflict', '社区已注销，不能再记录', 'The community was offboarded and records nothing new');
    }
    const occurredAt = assertOccurredAt(context.occurredAt ?? now.toISOString(), now, community.onboardedOn);
    const target = { tenantId: communityId, streamId: requestStream(requestId) };
    const withTime = { ...context, occurredAt };
    if (command.kind === 'VoidEvent') return this.executor.voidEvent(target, command, withTime);
    const decided = command.kind === 'DispatchRequest' ? { ...command, at: occurredAt } : command;
    return this.executor.execute(requestDecider, target, decided, withTime);
  }
}
