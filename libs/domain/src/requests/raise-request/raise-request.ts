import { DomainError } from '../../shared/domain-error.js';
import { requireText, type ActingUser } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import {
  REQUEST_CATEGORIES,
  REQUEST_CHANNELS,
  type RequestCategory,
  type RequestChannel,
  type RequestEvent,
  type ResidentContactPii,
} from '../requests.events.js';

export interface RaiseRequest {
  readonly kind: 'RaiseRequest';
  readonly requestId: string;
  readonly channel: RequestChannel;
  readonly category: RequestCategory;
  readonly description: string;
  readonly compoundId?: string | null;
  readonly gridId?: string | null;
  readonly location?: string | null;
  readonly residentContact?: ResidentContactPii | null;
  readonly by: ActingUser;
}

export function raiseRequest(command: RaiseRequest, state: RequestState): RequestEvent[] {
  if (state.status !== 'none')
    throw new DomainError('REQUEST_ALREADY_RAISED', 'conflict', '该诉求已登记', 'The request was already raised', {
      state: state.status,
    });
  if (!REQUEST_CHANNELS.includes(command.channel))
    throw new DomainError('INVALID_CHANNEL', 'invalid', '受理渠道无效', `Unknown channel ${command.channel}`, {
      field: 'channel',
    });
  if (!Object.hasOwn(REQUEST_CATEGORIES, command.category)) {
    throw new DomainError(
      'INVALID_CATEGORY',
      'invalid',
      '诉求类别不在管理清单内',
      `Unknown category ${command.category}`,
      { field: 'category' },
    );
  }
  return [
    {
      type: 'RequestRaised',
      data: {
        requestId: command.requestId,
        channel: command.channel,
        category: command.category,
        description: requireText(command.description, 'description', 2, 1000),
        compoundId: command.compoundId ?? null,
        gridId: command.gridId ?? null,
        location: command.location ?? null,
        raisedBy: command.by.role === 'resident' ? command.by.userId : null,
        residentContactPii: command.residentContact ?? null,
      },
    },
  ];
}
