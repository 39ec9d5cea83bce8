import { DomainError } from '../../shared/domain-error.js';
import { assertCalendarDate } from '../../shared/calendar.js';
import type { CommunityOnboarded } from '../registry.events.js';
import { assertName, assertUnitId, requireDistrict, requireStreet } from '../registry.rules.js';
import type { RegistryState } from '../registry.state.js';

/** Onboarding creates the tenant: from now on the community records its own history. */
export interface OnboardCommunity {
  readonly kind: 'OnboardCommunity';
  readonly communityId: string;
  readonly name: string;
  readonly streetId: string;
  readonly onboardedOn: string;
}

export function onboardCommunity(command: OnboardCommunity, state: RegistryState): [CommunityOnboarded] {
  requireDistrict(state);
  requireStreet(state, command.streetId);
  const communityId = assertUnitId(command.communityId, 'c', 'communityId');
  if (state.communities.has(communityId)) {
    throw new DomainError(
      'COMMUNITY_ALREADY_ONBOARDED',
      'conflict',
      `社区 ${communityId} 已入驻`,
      `Community ${communityId} is already onboarded`,
      { field: 'communityId' },
    );
  }
  return [
    {
      type: 'CommunityOnboarded',
      data: {
        communityId,
        name: assertName(command.name),
        streetId: command.streetId,
        onboardedOn: assertCalendarDate(command.onboardedOn, 'onboardedOn'),
      },
    },
  ];
}
