import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import type { MemberEvent } from '../members.events.js';
import { requireMember } from '../members.rules.js';
import type { MemberState } from '../members.state.js';

const POST_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export interface ClaimVolunteerPost {
  readonly kind: 'ClaimVolunteerPost';
  readonly postId: string;
  readonly postName: string;
  readonly compoundId?: string | null;
}

export function claimVolunteerPost(command: ClaimVolunteerPost, state: MemberState): MemberEvent[] {
  requireMember(state);
  if (!POST_ID.test(command.postId))
    throw new DomainError(
      'INVALID_POST_ID',
      'invalid',
      'postId 应为小写字母数字编号',
      'postId must be a lowercase code',
      { field: 'postId' },
    );
  if (Object.hasOwn(state.posts, command.postId))
    throw new DomainError(
      'POST_ALREADY_CLAIMED',
      'conflict',
      '该党员已认领此岗位',
      'The member already holds this post',
      { state: 'claimed' },
    );
  return [
    {
      type: 'VolunteerPostClaimed',
      data: {
        postId: command.postId,
        postName: text(command.postName, 'postName', 2, 50),
        compoundId: command.compoundId ?? null,
      },
    },
  ];
}
