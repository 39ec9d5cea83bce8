import { ApiTags } from '@nestjs/swagger';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import {
  RegistryCommandMessage,
  type CommandContext,
  type CommandOutcome,
  type RegistryTarget,
} from '@tongxin/application';
import { Access, onPlatform, onStreet } from '@tongxin/auth';
import type { RegistryCommand } from '@tongxin/domain';
import { CommandHeaders, sendOutcome, withActor } from '../shared/command-headers.js';
import {
  MoveCommunityDto,
  OffboardCommunityDto,
  OnboardCommunityDto,
  RankingPolicyDto,
  RegisterDistrictDto,
  RegisterStreetDto,
  RenameCommunityDto,
} from './dto/registry.dto.js';

type Headers = Omit<CommandContext, 'actor'>;

/** The district registry: districts and streets (platform), onboarding and upkeep of communities (street offices). */
@ApiTags('区划与入驻')
@Controller('api/v1')
export class RegistryController {
  constructor(private readonly commands: CommandBus) {}

  private async run(
    response: Response,
    where: RegistryTarget,
    command: RegistryCommand,
    headers: Headers,
  ): Promise<CommandOutcome> {
    const outcome = await this.commands.execute<RegistryCommandMessage, CommandOutcome>(
      new RegistryCommandMessage(where, command, withActor(headers)),
    );
    return sendOutcome(response, outcome);
  }

  @Post('districts')
  @Access(['platform-admin'], onPlatform)
  registerDistrict(
    @Body() body: RegisterDistrictDto,
    @CommandHeaders() headers: Headers,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.run(response, { districtId: body.districtId }, { kind: 'RegisterDistrict', ...body }, headers);
  }

  @Post('districts/:districtId/streets')
  @Access(['platform-admin'], onPlatform)
  registerStreet(
    @Param('districtId') districtId: string,
    @Body() body: RegisterStreetDto,
    @CommandHeaders() headers: Headers,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.run(response, { districtId }, { kind: 'RegisterStreet', ...body }, headers);
  }

  @Post('districts/:districtId/communities/:communityId/move')
  @Access(['platform-admin'], onPlatform)
  moveCommunity(
    @Param('districtId') districtId: string,
    @Param('communityId') communityId: string,
    @Body() body: MoveCommunityDto,
    @CommandHeaders() headers: Headers,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.run(response, { districtId }, { kind: 'MoveCommunity', communityId, ...body }, headers);
  }

  /** The district's 红黑榜 policy: weights (summing to 100) and the minimum number of requests to be ranked. */
  @Post('districts/:districtId/ranking-policy')
  @Access(['platform-admin'], onPlatform)
  setRankingPolicy(
    @Param('districtId') districtId: string,
    @Body() body: RankingPolicyDto,
    @CommandHeaders() headers: Headers,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.run(response, { districtId }, { kind: 'SetRankingPolicy', ...body }, headers);
  }

  @Post('streets/:streetId/communities')
  @Access(['street-office'], onStreet())
  onboardCommunity(
    @Param('streetId') streetId: string,
    @Body() body: OnboardCommunityDto,
    @CommandHeaders() headers: Headers,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.run(response, { streetId }, { kind: 'OnboardCommunity', streetId, ...body }, headers);
  }

  @Post('streets/:streetId/communities/:communityId/rename')
  @Access(['street-office'], onStreet())
  renameCommunity(
    @Param('streetId') streetId: string,
    @Param('communityId') communityId: string,
    @Body() body: RenameCommunityDto,
    @CommandHeaders() headers: Headers,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.run(response, { streetId }, { kind: 'RenameCommunity', communityId, ...body }, headers);
  }

  @Post('streets/:streetId/communities/:communityId/offboard')
  @Access(['street-office'], onStreet())
  offboardCommunity(
    @Param('streetId') streetId: string,
    @Param('communityId') communityId: string,
    @Body() body: OffboardCommunityDto,
    @CommandHeaders() headers: Headers,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.run(response, { streetId }, { kind: 'OffboardCommunity', communityId, ...body }, headers);
  }
}
