import { DomainError } from '../../shared/domain-error.js';
import type { StreetRegistered } from '../registry.events.js';
import { assertName, assertUnitId, requireDistrict } from '../registry.rules.js';
import type { RegistryState } from '../registry.state.js';

export interface RegisterStreet {
  readonly kind: 'RegisterStreet';
  readonly streetId: string;
  readonly name: string;
}

export function registerStreet(command: RegisterStreet, state: RegistryState): [StreetRegistered] {
  requireDistrict(state);
  const streetId = assertUnitId(command.streetId, 's', 'streetId');
  if (state.streets.has(streetId)) {
    throw new DomainError(
      'STREET_ALREADY_REGISTERED',
      'conflict',
      `街道 ${streetId} 已登记`,
      `Street ${streetId} is already registered`,
      { field: 'streetId' },
    );
  }
  return [{ type: 'StreetRegistered', data: { streetId, name: assertName(command.name) } }];
}
