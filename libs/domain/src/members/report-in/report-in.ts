import type { MemberEvent, MemberMode } from '../members.events.js';
import { requireMember, requireMode } from '../members.rules.js';
import type { MemberState } from '../members.state.js';

export interface ReportIn {
  readonly kind: 'ReportIn';
  readonly compoundId?: string | null;
  readonly mode: MemberMode;
}

export function reportIn(command: ReportIn, state: MemberState): MemberEvent[] {
  requireMember(state);
  requireMode(command.mode);
  return [{ type: 'PartyMemberReportedIn', data: { compoundId: command.compoundId ?? null, mode: command.mode } }];
}
