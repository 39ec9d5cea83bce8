import type { HistoryRead, PiiDecrypted } from '../audit.events.js';
import { accessReason } from '../audit.rules.js';

export interface RecordPiiDecryption {
  readonly kind: 'RecordPiiDecryption';
  readonly record: string;
  readonly recordId: string;
  readonly streamId: string;
  readonly subjects: readonly string[];
  readonly reason: string;
}

export function recordPiiDecryption(command: RecordPiiDecryption): (HistoryRead | PiiDecrypted)[] {
  const { record, recordId, streamId, subjects } = command;
  return [
    { type: 'PiiDecrypted', data: { record, recordId, streamId, subjects, reason: accessReason(command.reason) } },
  ];
}
