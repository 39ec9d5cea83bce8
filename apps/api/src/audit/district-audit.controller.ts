import { Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { districtRoot } from '@tongxin/audit';
import {
  COMMAND_EXECUTOR,
  communityRoots,
  DIRECTORY_READER,
  districtAlgorithm,
  sealDistrictCheckpoint,
  type CommandExecutor,
} from '@tongxin/application';
import { Access, onDistrict } from '@tongxin/auth';
import type { Environment } from '@tongxin/config';
import type { EventStore } from '@tongxin/event-store';
import type { Clock } from '@tongxin/kernel';
import { CLOCK, ENVIRONMENT, EVENT_STORE } from '@tongxin/platform';
import type { DirectoryReader } from '@tongxin/read-store';
import { currentTenantContext } from '@tongxin/tenancy';
import { shanghaiDate } from '@tongxin/domain';

/**
 * A district's root over its communities' current roots: leaf i is the RFC 8785 canonical JSON
 * of { communityId, treeSize, rootHash, verified } for the communities in id order, so one root
 * vouches for the whole district and each community's entry can be checked on its own.
 */
@ApiTags('审计')
@Controller('api/v1/districts/:districtId/audit')
export class DistrictAuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DIRECTORY_READER) private readonly directory: DirectoryReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(ENVIRONMENT) private readonly environment: Environment,
  ) {}

  private async communityIds(districtId: string): Promise<string[]> {
    const units = await this.directory.unitsOfDistrict(
      districtId,
      shanghaiDate(this.clock.now()),
      currentTenantContext().scope,
    );
    return units.filter((u) => u.kind === 'community').map((u) => u.unitId);
  }

  @Get('root')
  @Access(['auditor'], onDistrict())
  async root(@Param('districtId') districtId: string) {
    const communities = await communityRoots(this.store, await this.communityIds(districtId));
    const algorithm = districtAlgorithm(communities);
    return {
      districtId,
      at: this.clock.now().toISOString(),
      algorithm,
      rootHash: districtRoot(algorithm, communities),
      communities,
    };
  }

  /** Seals a signed district checkpoint (the root over its communities' roots) as a DistrictCheckpointSealed event in the district's history; check it offline with `cli verify-district`. */
  @Post('checkpoints')
  @Access(['auditor'], onDistrict())
  async seal(@Param('districtId') districtId: string) {
    const { checkpoint, outcome } = await sealDistrictCheckpoint(
      {
        store: this.store,
        executor: this.executor,
        clock: this.clock,
        signingKey: this.environment.AUDIT_SIGNING_KEY,
        actor: currentTenantContext().actor,
      },
      districtId,
      await this.communityIds(districtId),
    );
    return { checkpoint, position: outcome.position };
  }
}
