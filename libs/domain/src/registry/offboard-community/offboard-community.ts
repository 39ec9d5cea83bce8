import { DomainError } from '../../shared/domain-error.js';
import { assertCalendarDate } from '../../shared/calendar.js';
import type { CommunityOffboarded } from '../registry.events.js';
import { requireActiveCommunity } from '../registry.rules.js';
import type { RegistryState } from '../registry.state.js';

/** Offboarding keeps the history (auditors still read it); the community just stops recording. */
export interface OffboardCommunity {
  readonly kind: 'OffboardCommunity';
  readonly communityId: string;
  readonly reason: string;
  readonly effectiveFrom: string;
}

export function offboardCommunity(command: OffboardCommunity, state: RegistryState): [CommunityOffboarded] {
  requireActiveCommunity(state, command.communityId);
  const reason = command.reason.trim();
  if (reason.length < 2)
    throw new DomainError('REASON_REQUIRED', 'invalid', '注销须说明理由', 'Offboarding needs a reason', {
      field: 'reason',
    });
  return [
    {
      type: 'CommunityOffboarded',
      data: {
        communityId: command.communityId,
        reason,
        effectiveFrom: assertCalendarDate(command.effectiveFrom, 'effectiveFrom'),
      },
    },
  ];
}
