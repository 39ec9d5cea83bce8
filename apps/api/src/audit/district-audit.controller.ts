import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import canonicalize from 'canonicalize';
import { merkleRoot, type MerkleAlgorithm } from '@tongxin/audit';
import { DIRECTORY_READER } from '@tongxin/application';
import { Access, onDistrict } from '@tongxin/auth';
import type { EventStore } from '@tongxin/event-store';
import type { Clock } from '@tongxin/kernel';
import { CLOCK, EVENT_STORE } from '@tongxin/platform';
import type { DirectoryReader } from '@tongxin/read-store';
import { currentTenantContext, toTenantId } from '@tongxin/tenancy';
import { shanghaiDate } from '@tongxin/domain';
import { communityLeaves } from './audit.controller.js';

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
  ) {}

  @Get('root')
  @Access(['auditor'], onDistrict())
  async root(@Param('districtId') districtId: string) {
    const units = await this.directory.unitsOfDistrict(districtId, shanghaiDate(this.clock.now()), currentTenantContext().scope);
    const communities = [];
    for (const unit of units.filter((u) => u.kind === 'community').sort((a, b) => a.unitId.localeCompare(b.unitId))) {
      const { leaves, algorithm, verification } = await communityLeaves(this.store, toTenantId(unit.unitId));
      communities.push({ communityId: unit.unitId, treeSize: leaves.length, rootHash: merkleRoot(algorithm, leaves).toString('hex'), algorithm, verified: verification.ok });
    }
    const algorithm: MerkleAlgorithm = communities.every((c) => c.algorithm === 'sm3') && communities.length > 0 ? 'sm3' : 'sha256';
    const leaves = communities.map((c) => Buffer.from(canonicalize({ communityId: c.communityId, treeSize: c.treeSize, rootHash: c.rootHash, verified: c.verified }) as string, 'utf8'));
    return { districtId, at: this.clock.now().toISOString(), algorithm, rootHash: merkleRoot(algorithm, leaves).toString('hex'), communities };
  }
}
