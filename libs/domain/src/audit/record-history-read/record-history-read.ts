import type { HistoryRead, PiiDecrypted } from '../audit.events.js';
import { accessReason } from '../audit.rules.js';

export interface RecordHistoryRead {
  readonly kind: 'RecordHistoryRead';
  readonly purpose: 'history' | 'verify' | 'export';
  readonly afterPosition: number;
  /** null for an export: it is recorded before the stream starts. */
  readonly returned: number | null;
  readonly lastPosition: number | null;
  readonly reason: string;
}

export function recordHistoryRead(command: RecordHistoryRead): (HistoryRead | PiiDecrypted)[] {
  const { purpose, afterPosition, returned, lastPosition } = command;
  return [
    {
      type: 'HistoryRead',
      data: { purpose, afterPosition, returned, lastPosition, reason: accessReason(command.reason) },
    },
  ];
}
