import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { MemberEvent } from '../members.events.js';
import { requireMember } from '../members.rules.js';
import type { MemberState } from '../members.state.js';

export interface LogVolunteerService {
  readonly kind: 'LogVolunteerService';
  readonly hours: number;
  readonly description: string;
}

export function logVolunteerService(command: LogVolunteerService, state: MemberState): MemberEvent[] {
  requireMember(state);
  if (!(command.hours > 0 && command.hours <= 24))
    throw new DomainError('INVALID_HOURS', 'invalid', '服务时长应在 0–24 小时之间', 'hours must be between 0 and 24', {
      field: 'hours',
    });
  return [
    {
      type: 'VolunteerServiceLogged',
      data: { hours: command.hours, description: text(command.description, 'description') },
    },
  ];
}
