import type { DirectoryLookup, TargetUnit } from '@tongxin/auth';
import type { DirectoryReader } from '@tongxin/read-store';
import { allTenantsScope } from '@tongxin/tenancy';

/**
 * Authorization's view of the hierarchy. A request on a unit may touch that unit's tenants
 * and the district's registry (its organisational structure, shared within the district).
 */
export class ReadModelDirectoryLookup implements DirectoryLookup {
  constructor(private readonly reader: DirectoryReader) {}

  async unit(unitId: string, onDate: string): Promise<TargetUnit | null> {
    const unit = await this.reader.unit(unitId, onDate);
    return unit ? { unitId: unit.unitId, kind: unit.kind, districtId: unit.districtId, streetId: unit.streetId } : null;
  }

  async tenantsOf(unit: TargetUnit, onDate: string, asOf?: Date): Promise<string[]> {
    const scope = allTenantsScope('authorization');
    switch (unit.kind) {
      case 'community':
        return [unit.districtId, unit.unitId];
      case 'street':
        return [
          unit.districtId,
          ...(await this.reader.communitiesOfStreet(unit.unitId, onDate, scope, asOf ?? null)).map((c) => c.unitId),
        ];
      case 'district':
        return [
          unit.districtId,
          ...(await this.reader.unitsOfDistrict(unit.districtId, onDate, scope, asOf ?? null))
            .filter((u) => u.kind === 'community')
            .map((u) => u.unitId),
        ];
    }
  }
}
