import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { MemberEvent } from '../members.events.js';
import { requireMember } from '../members.rules.js';
import type { MemberState } from '../members.state.js';

export interface StartFamilyPairing {
  readonly kind: 'StartFamilyPairing';
  readonly pairingId: string;
  readonly family: string;
  readonly circumstances: string;
  readonly compoundId?: string | null;
}

export function startFamilyPairing(command: StartFamilyPairing, state: MemberState): MemberEvent[] {
  requireMember(state);
  if (Object.hasOwn(state.pairings, command.pairingId))
    throw new DomainError('PAIRING_EXISTS', 'conflict', '该结对帮扶已登记', 'The pairing already exists', {
      state: state.pairings[command.pairingId],
    });
  return [
    {
      type: 'FamilyPairingStarted',
      data: {
        pairingId: command.pairingId,
        familyPii: text(command.family, 'family', 1, 100),
        circumstancesPii: text(command.circumstances, 'circumstances'),
        compoundId: command.compoundId ?? null,
      },
    },
  ];
}
