import { DomainError } from '../../shared/domain-error.js';
import { requireNew, text } from '../../shared/lifecycle.js';
import { DISPUTE_KINDS, type DisputeEvent, type DisputeKind } from '../disputes.events.js';
import type { DisputeState } from '../disputes.state.js';

export interface RegisterDispute {
  readonly kind: 'RegisterDispute';
  readonly disputeId: string;
  readonly disputeKind: DisputeKind;
  readonly summary: string;
  readonly parties: readonly string[];
}

export function registerDispute(command: RegisterDispute, state: DisputeState): DisputeEvent[] {
  requireNew(state.status, 'DISPUTE_ALREADY_REGISTERED');
  if (!Object.hasOwn(DISPUTE_KINDS, command.disputeKind))
    throw new DomainError('INVALID_DISPUTE_KIND', 'invalid', '纠纷类型无效', 'Unknown dispute kind', {
      field: 'kind',
    });
  if (command.parties.length < 2)
    throw new DomainError('PARTIES_REQUIRED', 'invalid', '纠纷至少涉及两方', 'A dispute needs at least two parties', {
      field: 'parties',
    });
  return [
    {
      type: 'DisputeRegistered',
      data: {
        disputeId: command.disputeId,
        kind: command.disputeKind,
        summary: text(command.summary, 'summary'),
        partiesPii: command.parties.map((p) => text(p, 'parties', 1, 50)),
      },
    },
  ];
}
