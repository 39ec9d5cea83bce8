import { DomainError } from '../../shared/domain-error.js';
import { assertCalendarDate } from '../../shared/calendar.js';
import type { CommunityMovedToStreet } from '../registry.events.js';
import { requireActiveCommunity, requireStreet } from '../registry.rules.js';
import type { RegistryState } from '../registry.state.js';

/** Redistricting (区划调整): the community's whole history then counts toward the new street. */
export interface MoveCommunity {
  readonly kind: 'MoveCommunity';
  readonly communityId: string;
  readonly toStreetId: string;
  readonly effectiveFrom: string;
}

export function moveCommunity(command: MoveCommunity, state: RegistryState): [CommunityMovedToStreet] {
  const community = requireActiveCommunity(state, command.communityId);
  requireStreet(state, command.toStreetId);
  if (community.streetId === command.toStreetId) {
    throw new DomainError(
      'ALREADY_IN_STREET',
      'conflict',
      `社区已属于街道 ${command.toStreetId}`,
      `The community already belongs to ${command.toStreetId}`,
      { field: 'toStreetId' },
    );
  }
  return [
    {
      type: 'CommunityMovedToStreet',
      data: {
        communityId: command.communityId,
        fromStreetId: community.streetId,
        toStreetId: command.toStreetId,
        effectiveFrom: assertCalendarDate(command.effectiveFrom, 'effectiveFrom'),
      },
    },
  ];
}
