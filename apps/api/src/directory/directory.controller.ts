import { ApiTags } from '@nestjs/swagger';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { DIRECTORY_READER } from '@tongxin/application';
import { Access, onCommunity, onDistrict, onStreet } from '@tongxin/auth';
import { shanghaiDate } from '@tongxin/domain';
import type { Clock } from '@tongxin/kernel';
import { CLOCK } from '@tongxin/platform';
import type { DirectoryReader } from '@tongxin/read-store';
import { currentTenantContext } from '@tongxin/tenancy';

const COMMUNITY_READERS = ['community-admin', 'community-staff', 'grid-worker', 'party-member', 'resident', 'street-office', 'district-committee', 'department', 'auditor'] as const;

/** The organisational structure as it stands today, read under the caller's own tenant scope. */
@ApiTags('组织架构')
@Controller('api/v1')
export class DirectoryController {
  constructor(
    @Inject(DIRECTORY_READER) private readonly directory: DirectoryReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today(): string {
    return shanghaiDate(this.clock.now());
  }

  @Get('districts/:districtId')
  @Access(['district-committee', 'department', 'auditor'], onDistrict())
  async district(@Param('districtId') districtId: string) {
    const units = await this.directory.unitsOfDistrict(districtId, this.today(), currentTenantContext().scope);
    return {
      district: units.find((u) => u.kind === 'district') ?? null,
      streets: units.filter((u) => u.kind === 'street'),
      communities: units.filter((u) => u.kind === 'community'),
    };
  }

  @Get('streets/:streetId')
  @Access(['street-office', 'district-committee', 'auditor'], onStreet())
  async street(@Param('streetId') streetId: string) {
    const scope = currentTenantContext().scope;
    const [street, communities] = await Promise.all([
      this.directory.unit(streetId, this.today(), scope),
      this.directory.communitiesOfStreet(streetId, this.today(), scope),
    ]);
    return { street, communities };
  }

  @Get('communities/:communityId')
  @Access(COMMUNITY_READERS, onCommunity())
  async community(@Param('communityId') communityId: string) {
    return { community: await this.directory.unit(communityId, this.today(), currentTenantContext().scope) };
  }
}
