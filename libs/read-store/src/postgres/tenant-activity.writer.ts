import type { TenantActivityChange } from '@tongxin/projections';
import type { ReadModelWriter } from './projection-runner.js';

export const writeTenantActivity: ReadModelWriter<TenantActivityChange> = async (client, changes) => {
  if (changes.length === 0) return;
  await client.query(
    `insert into tenant_activity (tenant_id, event_count, last_position, last_recorded_at)
     select * from jsonb_to_recordset($1::jsonb) as c(tenant_id text, event_count bigint, last_position bigint, last_recorded_at timestamptz)
     on conflict (tenant_id) do update set
       event_count = tenant_activity.event_count + excluded.event_count,
       last_position = excluded.last_position,
       last_recorded_at = excluded.last_recorded_at`,
    [
      JSON.stringify(
        changes.map((c) => ({
          tenant_id: c.tenantId,
          event_count: c.eventsAdded,
          last_position: c.lastPosition,
          last_recorded_at: c.lastRecordedAt,
        })),
      ),
    ],
  );
};
