import { DomainError } from '../../shared/domain-error.js';
import { forbidden, isStaff, requireStatus, type ActingUser } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import { RATINGS, type Rating, type RequestEvent } from '../requests.events.js';

export interface RateRequest {
  readonly kind: 'RateRequest';
  readonly rating: Rating;
  readonly comment?: string | null;
  readonly by: ActingUser;
}

export function rateRequest(command: RateRequest, state: RequestState): RequestEvent[] {
  requireStatus(state, ['resolved', 'rated'], 'REQUEST_NOT_RESOLVED', '评价');
  // 民评: the resident who raised it rates; staff record ratings collected on other channels.
  const requester = state.raisedBy !== null && state.raisedBy === command.by.userId;
  if (!requester && !isStaff(command.by))
    throw forbidden(
      'NOT_THE_REQUESTER',
      '只有提出诉求的居民或社区工作人员可以评价',
      'Only the resident who raised the request, or staff, may rate it',
    );
  if (!RATINGS.includes(command.rating))
    throw new DomainError('INVALID_RATING', 'invalid', '评价等级无效', 'Unknown rating', { field: 'rating' });
  return [{ type: 'RequestRated', data: { rating: command.rating, comment: command.comment?.trim() || null } }];
}
