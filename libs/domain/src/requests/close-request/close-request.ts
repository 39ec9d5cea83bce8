import { requireStatus } from '../requests.rules.js';
import type { RequestState } from '../requests.state.js';
import { type RequestEvent } from '../requests.events.js';

export interface CloseRequest {
  readonly kind: 'CloseRequest';
}

export function closeRequest(_command: CloseRequest, state: RequestState): RequestEvent[] {
  requireStatus(state, ['resolved', 'rated'], 'REQUEST_NOT_CLOSABLE', '关闭');
  return [{ type: 'RequestClosed', data: {} }];
}
