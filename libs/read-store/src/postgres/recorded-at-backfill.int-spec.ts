import pg from 'pg';
import { migrate, PostgresEventStore } from '@tongxin/event-store';
import { metadata, requestRaised, scratchDatabase } from '@tongxin/testing';
import { toTenantId } from '@tongxin/tenancy';
import { appRoleOption, SCHEMA_MIGRATIONS } from './schema-migrations.js';

const AS_OF_MIGRATION = '0020_recorded_at_for_as_of';

/** Migration 0020 gives read models recorded before it the recording times asOf needs, from the event log. */
describe('recordedAt backfill for asOf (migration 0020)', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let owner: pg.Pool;

  beforeAll(async () => {
    scratch = await scratchDatabase('asof_backfill');
    owner = new pg.Pool({ connectionString: scratch.url, max: 2 });
  });
  afterAll(async () => {
    await owner?.end();
    await scratch?.drop();
  });

  it('fills record_history, directory_units and community_placements from the events by event id', async () => {
    await migrate(
      owner,
      SCHEMA_MIGRATIONS.filter((m) => m.id !== AS_OF_MIGRATION),
    );
    const app = new pg.Pool({ connectionString: scratch.url, max: 2, options: appRoleOption() });
    const store = new PostgresEventStore({ pool: app });
    try {
      const district = toTenantId('d-backfill');
      const onboarded = await store.append(
        district,
        'registry',
        'any',
        [
          {
            ...requestRaised(),
            type: 'CommunityOnboarded',
            data: { communityId: 'c-backfill', name: '回填社区', streetId: 's-backfill', onboardedOn: '2026-01-01' },
          },
        ],
        metadata(),
      );
      const raised = await store.append(toTenantId('c-backfill'), 'request-r1', 'any', [requestRaised()], metadata());
      const [o, r] = [onboarded.events[0], raised.events[0]];
      if (!o || !r) throw new Error('nothing appended');
      // The read models as the projections wrote them before 0020: no recording times.
      await owner.query(
        `insert into record_history (tenant_id, record_kind, record_id, global_position, event) values ('c-backfill', 'request', 'r1', $1, $2)`,
        [r.globalPosition, { eventId: r.eventId, type: r.type, occurredAt: r.occurredAt, data: r.data }],
      );
      await owner.query(
        `insert into directory_units (unit_id, unit_kind, name, district_id, onboarded_on, tenant_id) values ('c-backfill', 'community', '回填社区', 'd-backfill', '2026-01-01', 'd-backfill')`,
      );
      await owner.query(
        `insert into community_placements (community_id, street_id, effective_from, recorded_at, global_position, tenant_id) values ('c-backfill', 's-backfill', '2026-01-01', $1, $2, 'd-backfill')`,
        [o.recordedAt, o.globalPosition],
      );

      const report = await migrate(owner, SCHEMA_MIGRATIONS);
      expect(report.applied).toEqual([AS_OF_MIGRATION]);
      const history = await owner.query<{ recorded_at: Date }>(
        `select recorded_at from record_history where record_id = 'r1'`,
      );
      expect(history.rows[0]?.recorded_at.toISOString()).toBe(r.recordedAt);
      const unit = await owner.query<{ recorded_at: Date }>(
        `select recorded_at from directory_units where unit_id = 'c-backfill'`,
      );
      expect(unit.rows[0]?.recorded_at.toISOString()).toBe(o.recordedAt);
      const placement = await owner.query<{ event_id: string }>(
        `select event_id from community_placements where community_id = 'c-backfill'`,
      );
      expect(placement.rows[0]?.event_id).toBe(o.eventId);
    } finally {
      await store.close();
      await app.end();
    }
  });
});
