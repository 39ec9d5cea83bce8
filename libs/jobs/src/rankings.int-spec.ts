import pg from 'pg';
import { CommandExecutor, RegistryCommandHandler, RegistryCommandMessage } from '@tongxin/application';
import { PostgresEventStore } from '@tongxin/event-store';
import { systemClock, uuidGenerator } from '@tongxin/kernel';
import { directoryProjection } from '@tongxin/projections';
import { appRoleOption, DirectoryReader, migrateSchema, ProjectionRunner, writeDirectory } from '@tongxin/read-store';
import { allTenantsScope, runInTenantContext } from '@tongxin/tenancy';
import { scratchDatabase } from '@tongxin/testing';
import { publishMonthlyRankings } from './rankings.js';

/** Month-end 红黑榜 snapshots, in a database of their own (the job publishes for every district). */
describe('monthly ranking snapshots', () => {
  it("publishes each district's ranking of a month once, however often the job runs", async () => {
    const scratch = await scratchDatabase('rankings');
    const owner = new pg.Pool({ connectionString: scratch.url, max: 2 });
    await migrateSchema(owner);
    const pool = new pg.Pool({ connectionString: scratch.url, max: 4, options: appRoleOption() });
    // Dropping the scratch database ends any connection still idle: not an error of the test.
    for (const p of [owner, pool]) p.on('error', () => undefined);
    const store = new PostgresEventStore({ pool, pollIntervalMs: 20 });
    const runner = new ProjectionRunner({ pool, store, projection: directoryProjection, write: writeDirectory });
    try {
      const registry = new RegistryCommandHandler(
        new CommandExecutor(store, systemClock, uuidGenerator),
        new DirectoryReader(pool),
        systemClock,
      );
      const actor = { userId: 'platform', role: 'platform-admin' };
      await runInTenantContext({ scope: allTenantsScope('seed'), actor }, async () => {
        for (const districtId of ['d-xianan', 'd-wuping']) {
          await registry.execute(
            new RegistryCommandMessage(
              { districtId },
              { kind: 'RegisterDistrict', districtId, name: districtId === 'd-xianan' ? '咸安区' : '武平县' },
              { actor },
            ),
          );
        }
      });
      await runner.start();
      const deadline = Date.now() + 10000;
      while (
        Number(
          (await owner.query("select count(*) as n from directory_units where unit_kind = 'district'")).rows[0].n,
        ) < 2
      ) {
        if (Date.now() > deadline) throw new Error('directory not built');
        await new Promise((r) => setTimeout(r, 20));
      }

      expect(await publishMonthlyRankings({ pool, store, registry }, '2026-10')).toBe(2);
      expect(await publishMonthlyRankings({ pool, store, registry }, '2026-10')).toBe(0);
      const published = (
        await owner.query(
          "select tenant_id, data->>'month' as month, data->'ranking'->'policy'->>'minimumRequests' as minimum from events where event_type = 'RankingPublished' order by tenant_id",
        )
      ).rows;
      expect(published).toEqual([
        { tenant_id: 'd-wuping', month: '2026-10', minimum: '10' },
        { tenant_id: 'd-xianan', month: '2026-10', minimum: '10' },
      ]);
    } finally {
      await runner.stop();
      await store.close();
      await pool.end();
      await owner.end();
      await scratch.drop();
    }
  });
});
