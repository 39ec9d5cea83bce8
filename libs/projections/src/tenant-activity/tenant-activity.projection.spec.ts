import type { EventEnvelope, TenantId } from '@tongxin/kernel';
import { tenantActivityProjection } from './tenant-activity.projection.js';

const event = (tenantId: string, globalPosition: number, recordedAt: string) =>
  ({ tenantId: tenantId as TenantId, globalPosition, recordedAt }) as EventEnvelope;

describe('tenant activity projection', () => {
  it('counts events per community and keeps the latest position and time', () => {
    const changes = tenantActivityProjection.project([
      event('fenghuang', 1, '2026-01-01T00:00:00.000Z'),
      event('nanmen', 2, '2026-01-01T00:01:00.000Z'),
      event('fenghuang', 3, '2026-01-01T00:02:00.000Z'),
    ]);
    expect(changes).toEqual([
      { tenantId: 'fenghuang', eventsAdded: 2, lastPosition: 3, lastRecordedAt: '2026-01-01T00:02:00.000Z' },
      { tenantId: 'nanmen', eventsAdded: 1, lastPosition: 2, lastRecordedAt: '2026-01-01T00:01:00.000Z' },
    ]);
  });

  it('produces nothing for an empty page', () => {
    expect(tenantActivityProjection.project([])).toEqual([]);
  });
});
