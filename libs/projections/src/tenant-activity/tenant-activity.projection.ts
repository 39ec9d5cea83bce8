import type { EventEnvelope, TenantId } from '@tongxin/kernel';
import type { Projection } from '../projection.js';

/** How much each community has recorded, and up to where: the simplest view of the log. */
export interface TenantActivityChange {
  readonly tenantId: TenantId;
  readonly eventsAdded: number;
  readonly lastPosition: number;
  readonly lastRecordedAt: string;
}

export const tenantActivityProjection: Projection<TenantActivityChange> = {
  name: 'tenant-activity',
  version: 1,
  project(events: readonly EventEnvelope[]): TenantActivityChange[] {
    const byTenant = new Map<TenantId, TenantActivityChange>();
    for (const event of events) {
      const previous = byTenant.get(event.tenantId);
      byTenant.set(event.tenantId, {
        tenantId: event.tenantId,
        eventsAdded: (previous?.eventsAdded ?? 0) + 1,
        lastPosition: event.globalPosition,
        lastRecordedAt: event.recordedAt,
      });
    }
    return [...byTenant.values()];
  },
};
