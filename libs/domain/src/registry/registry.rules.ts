import { DomainError } from '../shared/domain-error.js';
import type { CommunityEntry, RegistryState } from './registry.state.js';

/** Unit ids become tenant ids: lowercase, a kind prefix (d- district, s- street, c- community). */
export function assertUnitId(id: string, prefix: 'd' | 's' | 'c', field: string): string {
  if (!new RegExp(`^${prefix}-[a-z0-9][a-z0-9-]{1,40}$`).test(id)) {
    throw new DomainError(
      'INVALID_UNIT_ID',
      'invalid',
      `${field} 格式无效，应为 ${prefix}- 开头的小写字母数字`,
      `${field} must look like ${prefix}-xxxx (lowercase letters, digits, dashes)`,
      { field },
    );
  }
  return id;
}

export function assertName(name: string, field = 'name'): string {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 50) {
    throw new DomainError(
      'INVALID_NAME',
      'invalid',
      `${field} 长度应为 2–50 个字符`,
      `${field} must be 2-50 characters`,
      { field },
    );
  }
  return trimmed;
}

export function requireDistrict(state: RegistryState): string {
  if (!state.districtId)
    throw new DomainError('DISTRICT_NOT_FOUND', 'not-found', '该区尚未登记', 'The district is not registered');
  return state.districtId;
}

export function requireStreet(state: RegistryState, streetId: string): void {
  if (!state.streets.has(streetId)) {
    throw new DomainError(
      'STREET_NOT_FOUND',
      'not-found',
      `街道 ${streetId} 不存在`,
      `Street ${streetId} is not registered in this district`,
      { field: 'streetId' },
    );
  }
}

export function requireActiveCommunity(state: RegistryState, communityId: string): CommunityEntry {
  const community = state.communities.get(communityId);
  if (!community) {
    throw new DomainError(
      'COMMUNITY_NOT_FOUND',
      'not-found',
      `社区 ${communityId} 不存在`,
      `Community ${communityId} is not registered in this district`,
    );
  }
  if (!community.active) {
    throw new DomainError(
      'COMMUNITY_OFFBOARDED',
      'conflict',
      `社区 ${communityId} 已注销`,
      `Community ${communityId} was offboarded`,
      { state: 'offboarded' },
    );
  }
  return community;
}
