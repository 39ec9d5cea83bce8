import { requireNew, text } from '../../shared/lifecycle.js';
import type { MemberEvent, MemberMode } from '../members.events.js';
import { requireMode } from '../members.rules.js';
import type { MemberState } from '../members.state.js';

export interface RegisterPartyMember {
  readonly kind: 'RegisterPartyMember';
  readonly memberId: string;
  readonly name: string;
  readonly mode: MemberMode;
}

export function registerPartyMember(command: RegisterPartyMember, state: MemberState): MemberEvent[] {
  requireNew(state.registered ? 'registered' : 'none', 'MEMBER_ALREADY_REGISTERED');
  requireMode(command.mode);
  return [
    {
      type: 'PartyMemberRegistered',
      data: { memberId: command.memberId, namePii: text(command.name, 'name', 1, 50), mode: command.mode },
    },
  ];
}
