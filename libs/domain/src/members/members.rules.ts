import { DomainError } from '../shared/domain-error.js';
import { MEMBER_MODES } from './members.events.js';
import type { MemberState } from './members.state.js';

export const requireMember = (state: MemberState) => {
  if (!state.registered) throw new DomainError('MEMBER_NOT_FOUND', 'not-found', '党员不存在', 'No such party member');
};

export const requireMode = (mode: string) => {
  if (!Object.hasOwn(MEMBER_MODES, mode))
    throw new DomainError(
      'INVALID_MODE',
      'invalid',
      '管理方式应为居民党员、在职党员或流动党员',
      'mode must be resident, in-service or mobile',
      { field: 'mode' },
    );
};
