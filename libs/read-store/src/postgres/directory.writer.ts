import type { DirectoryChange } from '@tongxin/projections';
import type { ReadModelWriter } from './projection-runner.js';

/** Applies directory changes in order. A unit id seen twice keeps its first registration. */
export const writeDirectory: ReadModelWriter<DirectoryChange> = async (client, changes) => {
  for (const change of changes) {
    switch (change.kind) {
      case 'unit-added':
        await client.query(
          `insert into directory_units (unit_id, unit_kind, name, district_id, onboarded_on, tenant_id, recorded_at)
           values ($1, $2, $3, $4, $5, $4, $6) on conflict (unit_id) do nothing`,
          [
            change.unitId,
            change.unitKind,
            change.name,
            change.districtId,
            change.onboardedOn,
            change.recordedAt ?? null,
          ],
        );
        break;
      case 'unit-renamed':
        await client.query('update directory_units set name = $2 where unit_id = $1', [change.unitId, change.name]);
        break;
      case 'community-placed':
        await client.query(
          `insert into community_placements (community_id, street_id, effective_from, recorded_at, global_position, tenant_id, event_id)
           values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing`,
          [
            change.communityId,
            change.streetId,
            change.effectiveFrom,
            change.recordedAt,
            change.position,
            change.districtId,
            change.eventId ?? null,
          ],
        );
        break;
      case 'community-offboarded':
        await client.query('update directory_units set offboarded_from = $2 where unit_id = $1', [
          change.communityId,
          change.effectiveFrom,
        ]);
        break;
    }
  }
};
