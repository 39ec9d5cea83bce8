import { ApiTags } from '@nestjs/swagger';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { DIRECTORY_READER } from '@tongxin/application';
import { Access, onCommunity, onDistrict, onStreet } from '@tongxin/auth';
import { shanghaiDate } from '@tongxin/domain';
import type { Clock } from '@tongxin/kernel';
import type pg from 'pg';
import { CLOCK, PG_POOL } from '@tongxin/platform';
import { communityAlerts, type DirectoryReader } from '@tongxin/read-store';
import { currentTenantContext } from '@tongxin/tenancy';
import { ReadViews, ViewQuery } from '../shared/read-views.js';

const COMMUNITY_READERS = [
  'community-admin',
  'community-staff',
  'grid-worker',
  'party-member',
  'resident',
  'street-office',
  'district-committee',
  'department',
  'auditor',
] as const;

/** The organisational structure as it stands today, read under the caller's own tenant scope. */
@ApiTags('组织架构')
@Controller('api/v1')
export class DirectoryController {
  constructor(
    @Inject(DIRECTORY_READER) private readonly directory: DirectoryReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(ReadViews) private readonly views: ReadViews,
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

  /** A street office's view: its communities today with their alerts (open, overdue, escalated requests); `asOf`: as recorded then. */
  @Get('streets/:streetId/overview')
  @Access(['street-office', 'district-committee', 'auditor'], onStreet())
  async streetOverview(@Param('streetId') streetId: string, @Query() query: ViewQuery) {
    const { scope } = currentTenantContext();
    const view = await this.views.open(query);
    const communities = await this.directory.communitiesOfStreet(streetId, shanghaiDate(view.now), scope, view.asOf);
    return {
      streetId,
      asOf: view.now.toISOString(),
      projectionPosition: view.projectionPosition,
      communities: await communityAlerts(
        this.pool,
        scope,
        communities.map((c) => c.unitId),
        view.now,
        view.asOf,
      ),
    };
  }

  /** The district committee's view: every community with its alerts, grouped by street; `asOf`: as recorded then. */
  @Get('districts/:districtId/overview')
  @Access(['district-committee', 'auditor'], onDistrict())
  async districtOverview(@Param('districtId') districtId: string, @Query() query: ViewQuery) {
    const { scope } = currentTenantContext();
    const view = await this.views.open(query);
    const units = await this.directory.unitsOfDistrict(districtId, shanghaiDate(view.now), scope, view.asOf);
    const alerts = await communityAlerts(
      this.pool,
      scope,
      units.filter((u) => u.kind === 'community').map((u) => u.unitId),
      view.now,
      view.asOf,
    );
    const streetOf = new Map(units.filter((u) => u.kind === 'community').map((u) => [u.unitId, u.streetId]));
    return {
      districtId,
      asOf: view.now.toISOString(),
      projectionPosition: view.projectionPosition,
      streets: units
        .filter((u) => u.kind === 'street')
        .map((street) => ({
          streetId: street.unitId,
          name: street.name,
          communities: alerts.filter((a) => streetOf.get(a.communityId) === street.unitId),
        })),
    };
  }

  @Get('communities/:communityId')
  @Access(COMMUNITY_READERS, onCommunity())
  async community(@Param('communityId') communityId: string) {
    return { community: await this.directory.unit(communityId, this.today(), currentTenantContext().scope) };
  }
}
