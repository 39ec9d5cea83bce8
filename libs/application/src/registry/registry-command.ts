import { CodedError, type Clock } from '@tongxin/kernel';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { REGISTRY_STREAM, registryDecider, shanghaiDate, type RegistryCommand } from '@tongxin/domain';
import type { DirectoryReader } from '@tongxin/read-store';
import type { CommandContext, CommandExecutor, CommandOutcome } from '../shared/command-executor.js';
import { COMMAND_CLOCK, COMMAND_EXECUTOR, DIRECTORY_READER } from '../shared/tokens.js';

/** Whose registry: the district's, named directly (platform) or through one of its streets (street office). */
export type RegistryTarget = { readonly districtId: string } | { readonly streetId: string };

export class RegistryCommandMessage {
  constructor(
    readonly target: RegistryTarget,
    readonly command: RegistryCommand,
    readonly context: CommandContext,
  ) {}
}

const notFound = (unitId: string) =>
  new CodedError('UNIT_NOT_FOUND', 'not-found', '未找到该单位或无权访问', `No such unit in your scope: ${unitId}`);

function newUnitId(command: RegistryCommand): string | null {
  switch (command.kind) {
    case 'RegisterDistrict':
      return command.districtId;
    case 'RegisterStreet':
      return command.streetId;
    case 'OnboardCommunity':
      return command.communityId;
    default:
      return null;
  }
}

@CommandHandler(RegistryCommandMessage)
export class RegistryCommandHandler implements ICommandHandler<RegistryCommandMessage, CommandOutcome> {
  constructor(
    @Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(DIRECTORY_READER) private readonly directory: DirectoryReader,
    @Inject(COMMAND_CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ target, command, context }: RegistryCommandMessage): Promise<CommandOutcome> {
    const today = shanghaiDate(this.clock.now());
    const viaStreetId = 'streetId' in target ? target.streetId : undefined;
    const districtId = viaStreetId
      ? await this.districtOfStreet(viaStreetId, today)
      : (target as { districtId: string }).districtId;
    const unitId = newUnitId(command);
    if (unitId) await this.refuseIdOfAnotherDistrict(unitId, today, districtId);
    // A street office acts only on communities that are on its street today.
    if (viaStreetId && command.kind !== 'OnboardCommunity' && 'communityId' in command) {
      const community = await this.directory.unit(command.communityId, today);
      if (!community || community.streetId !== viaStreetId) throw notFound(command.communityId);
    }
    return this.executor.execute(
      registryDecider,
      { tenantId: districtId, streamId: REGISTRY_STREAM },
      command,
      context,
    );
  }

  private async districtOfStreet(streetId: string, today: string): Promise<string> {
    const street = await this.directory.unit(streetId, today);
    if (!street || street.kind !== 'street') throw notFound(streetId);
    return street.districtId;
  }

  /**
   * Unit ids become tenant ids, so they must be unique across districts. A clash inside this
   * district is the decider's to refuse (or an idempotent retry's to return).
   */
  private async refuseIdOfAnotherDistrict(unitId: string, today: string, districtId: string): Promise<void> {
    const existing = await this.directory.unit(unitId, today);
    if (existing && existing.districtId !== districtId) {
      throw new CodedError(
        'UNIT_ID_TAKEN',
        'conflict',
        `编号 ${unitId} 已被占用`,
        `Unit id ${unitId} is already taken`,
        { field: 'id' },
      );
    }
  }
}
