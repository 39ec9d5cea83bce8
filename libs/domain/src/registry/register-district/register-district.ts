import { DomainError } from '../../shared/domain-error.js';
import type { DistrictRegistered } from '../registry.events.js';
import { assertName, assertUnitId } from '../registry.rules.js';
import type { RegistryState } from '../registry.state.js';

export interface RegisterDistrict {
  readonly kind: 'RegisterDistrict';
  readonly districtId: string;
  readonly name: string;
}

export function registerDistrict(command: RegisterDistrict, state: RegistryState): [DistrictRegistered] {
  if (state.districtId) {
    throw new DomainError(
      'DISTRICT_ALREADY_REGISTERED',
      'conflict',
      `区 ${state.districtId} 已登记`,
      `District ${state.districtId} is already registered`,
    );
  }
  return [
    {
      type: 'DistrictRegistered',
      data: { districtId: assertUnitId(command.districtId, 'd', 'districtId'), name: assertName(command.name) },
    },
  ];
}
