import type { Principal } from './principal.js';
import type { Role } from './roles.js';

/** A unit as authorization sees it: where it sits in the hierarchy on the date of the request. */
export interface TargetUnit {
  readonly unitId: string;
  readonly kind: 'district' | 'street' | 'community';
  readonly districtId: string;
  /** Communities: their street on the request date (placements follow moves from their effective date). */
  readonly streetId: string | null;
}

const COMMUNITY_ROLES: readonly Role[] = [
  'community-admin',
  'community-staff',
  'grid-worker',
  'party-member',
  'resident',
];

/**
 * Whether one role of a principal reaches a unit. Pure, so the whole matrix is unit-tested.
 * District-level roles reach everything in their district; street offices their street and
 * the communities currently on it; community roles their community only.
 */
export function roleReaches(principal: Principal, role: Role, unit: TargetUnit): boolean {
  const { districtId, streetId, communityId } = principal.scope;
  const inStreet = (s: string | undefined) =>
    s !== undefined && (unit.kind === 'street' ? unit.unitId === s : unit.kind === 'community' && unit.streetId === s);
  switch (role) {
    case 'platform-admin':
      return false; // registers districts and streets; reads no community data
    case 'district-committee':
    case 'department':
      return districtId !== undefined && unit.districtId === districtId;
    case 'street-office':
      return inStreet(streetId);
    case 'auditor':
      if (communityId) return unit.kind === 'community' && unit.unitId === communityId;
      if (streetId) return inStreet(streetId);
      return districtId !== undefined && unit.districtId === districtId;
    default:
      return COMMUNITY_ROLES.includes(role) && unit.kind === 'community' && unit.unitId === communityId;
  }
}
