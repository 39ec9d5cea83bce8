import type { EventEnvelope, TenantId } from '@tongxin/kernel';
import type { Projection } from '../projection.js';
import { recordKindOfStream, type RecordEvent, type RecordKind } from './record-facts.js';

/** One event of a KPI-bearing record, to be kept in the record's compact history. */
export interface RecordEventChange {
  readonly tenantId: TenantId;
  readonly kind: RecordKind;
  readonly recordId: string;
  readonly position: number;
  /** When the event was recorded: an as-of view (domain.md §5.1 asOf) leaves out later ones. */
  readonly recordedAt: string;
  readonly event: RecordEvent;
}

/**
 * Routes the events of requests, disputes, wishes, hazards and works to their records. The
 * writer keeps each record's history and recomputes its facts with `recordFacts`.
 */
export const kpiFactsProjection: Projection<RecordEventChange> = {
  name: 'kpi-facts',
  version: 1,
  project: (events: readonly EventEnvelope[]) =>
    events.flatMap((e) => {
      const kind = recordKindOfStream(e.streamId);
      return kind
        ? [
            {
              tenantId: e.tenantId,
              kind,
              recordId: e.streamId.slice(kind.length + 1),
              position: e.globalPosition,
              recordedAt: e.recordedAt,
              event: {
                eventId: e.eventId,
                type: e.type,
                occurredAt: e.occurredAt,
                data: e.data as Record<string, unknown>,
              },
            },
          ]
        : [];
    }),
};
