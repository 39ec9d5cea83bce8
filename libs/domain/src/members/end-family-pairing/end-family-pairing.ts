import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { MemberEvent } from '../members.events.js';
import { requireMember } from '../members.rules.js';
import type { MemberState } from '../members.state.js';

export interface EndFamilyPairing {
  readonly kind: 'EndFamilyPairing';
  readonly pairingId: string;
  readonly outcome: string;
}

export function endFamilyPairing(command: EndFamilyPairing, state: MemberState): MemberEvent[] {
  requireMember(state);
  if (state.pairings[command.pairingId] !== 'active') {
    throw new DomainError(
      'PAIRING_NOT_ACTIVE',
      'conflict',
      `没有进行中的该项结对帮扶（当前：${state.pairings[command.pairingId] === 'ended' ? '已结束' : '不存在'}）`,
      'No active pairing with that id',
      {
        state: state.pairings[command.pairingId] ?? 'none',
      },
    );
  }
  return [
    {
      type: 'FamilyPairingEnded',
      data: { pairingId: command.pairingId, outcome: text(command.outcome, 'outcome') },
    },
  ];
}
