import type { Decider, DomainEvent } from '../shared/decider.js';

/** An auditor read a community's history: who (envelope actor), what range, when (envelope times). */
export type HistoryRead = DomainEvent<
  'HistoryRead',
  { readonly purpose: 'history' | 'verify'; readonly afterPosition: number; readonly returned: number; readonly lastPosition: number | null }
>;

export interface RecordHistoryRead {
  readonly kind: 'RecordHistoryRead';
  readonly purpose: 'history' | 'verify';
  readonly afterPosition: number;
  readonly returned: number;
  readonly lastPosition: number | null;
}

export const AUDIT_LOG_STREAM = 'audit-log';

/** The audit log only accumulates: every read is recorded, nothing is refused. */
export const auditLogDecider: Decider<RecordHistoryRead, { readonly reads: number }, HistoryRead> = {
  initialState: { reads: 0 },
  evolve: (state) => ({ reads: state.reads + 1 }),
  decide: ({ purpose, afterPosition, returned, lastPosition }) => [{ type: 'HistoryRead', data: { purpose, afterPosition, returned, lastPosition } }],
};
