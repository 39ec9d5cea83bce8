import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { ThreeZeroEvent } from '../organisation-life.events.js';
import type { ThreeZeroState } from '../organisation-life.state.js';

export interface GrantThreeZeroStatus {
  readonly kind: 'GrantThreeZeroStatus';
  readonly grantedBy: string;
  readonly note: string;
}

export function grantThreeZeroStatus(command: GrantThreeZeroStatus, state: ThreeZeroState): ThreeZeroEvent[] {
  if (state.status === 'granted')
    throw new DomainError(
      'THREE_ZERO_ALREADY_GRANTED',
      'conflict',
      '社区已是三零社区',
      'The community already holds 三零社区 status',
      { state: state.status },
    );
  return [
    {
      type: 'ThreeZeroStatusGranted',
      data: { grantedBy: text(command.grantedBy, 'grantedBy', 2, 100), note: text(command.note, 'note') },
    },
  ];
}
