import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { MemberEvent } from '../members.events.js';
import { requireMember } from '../members.rules.js';
import type { MemberState } from '../members.state.js';

export interface ReleaseVolunteerPost {
  readonly kind: 'ReleaseVolunteerPost';
  readonly postId: string;
  readonly reason: string;
}

export function releaseVolunteerPost(command: ReleaseVolunteerPost, state: MemberState): MemberEvent[] {
  requireMember(state);
  if (!Object.hasOwn(state.posts, command.postId))
    throw new DomainError('POST_NOT_CLAIMED', 'conflict', '该党员未认领此岗位', 'The member does not hold this post', {
      state: 'not-claimed',
    });
  return [{ type: 'VolunteerPostReleased', data: { postId: command.postId, reason: text(command.reason, 'reason') } }];
}
