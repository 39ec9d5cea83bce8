import { QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import {
  CommandExecutor,
  CommunityCommandHandler,
  CommunityCommandMessage,
  RegistryCommandHandler,
  RegistryCommandMessage,
} from '@tongxin/application';
import { PostgresEventStore } from '@tongxin/event-store';
import { systemClock, uuidGenerator } from '@tongxin/kernel';
import { directoryProjection, kpiFactsProjection } from '@tongxin/projections';
import { DirectoryReader, ProjectionRunner, writeDirectory, writeKpiFacts } from '@tongxin/read-store';
import { allTenantsScope, runInTenantContext } from '@tongxin/tenancy';
import { migratedTestPool, ownerTestPool, testRedisUrl } from '@tongxin/testing';
import { createSlaWorker, scheduleSlaClocks, slaQueue } from './sla.js';

/** SLA clocks on real Redis and PostgreSQL: overdue facts recorded once, even after Redis loses every job. */
describe('SLA clocks', () => {
  let pool: pg.Pool;
  let owner: pg.Pool;
  let store: PostgresEventStore;
  const runners: ProjectionRunner<unknown>[] = [];
  const suffix = randomUUID().slice(0, 8);
  const prefix = `tongxin-test-sla-${suffix}`;
  const connection = { url: testRedisUrl(), maxRetriesPerRequest: null };
  const communityId = `c-sla-${suffix}`;
  const actor = { userId: 'staff-1', role: 'community-staff' };

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    store = new PostgresEventStore({ pool, pollIntervalMs: 20 });
    runners.push(
      new ProjectionRunner({
        pool,
        store,
        projection: { ...directoryProjection, name: `directory-sla-${suffix}` },
        write: writeDirectory,
      }) as ProjectionRunner<unknown>,
      new ProjectionRunner({
        pool,
        store,
        projection: { ...kpiFactsProjection, name: `kpi-facts-sla-${suffix}` },
        write: writeKpiFacts,
      }) as ProjectionRunner<unknown>,
    );
    for (const runner of runners) await runner.start();
  });
  afterAll(async () => {
    for (const runner of runners) await runner.stop();
    await store.close();
    await pool.end();
    await owner.end();
  });

  const overdueFacts = async () =>
    (
      await owner.query(
        "select event_type, count(*)::int as n from events where tenant_id = $1 and event_type like 'Request%Overdue' group by event_type order by event_type",
        [communityId],
      )
    ).rows;
  const waitFor = async (check: () => Promise<boolean>) => {
    const deadline = Date.now() + 15000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('records a missed response and a missed resolution once, and again only once after Redis lost its jobs', async () => {
    const executor = new CommandExecutor(store, systemClock, uuidGenerator);
    const directory = new DirectoryReader(pool);
    const registry = new RegistryCommandHandler(executor, directory, systemClock);
    const handler = new CommunityCommandHandler(executor, directory, systemClock);
    const districtId = `d-sla-${suffix}`;
    await runInTenantContext({ scope: allTenantsScope('seed'), actor }, async () => {
      await registry.execute(
        new RegistryCommandMessage({ districtId }, { kind: 'RegisterDistrict', districtId, name: '咸安区' }, { actor }),
      );
      await registry.execute(
        new RegistryCommandMessage(
          { districtId },
          { kind: 'RegisterStreet', streetId: `s-sla-${suffix}`, name: '永安办事处' },
          { actor },
        ),
      );
      await registry.execute(
        new RegistryCommandMessage(
          { districtId },
          {
            kind: 'OnboardCommunity',
            communityId,
            name: '凤凰社区',
            streetId: `s-sla-${suffix}`,
            onboardedOn: '2020-01-01',
          },
          { actor },
        ),
      );
    });
    await waitFor(async () => (await directory.unit(communityId, '2026-01-01')) !== null);

    const requestId = randomUUID();
    const raise = {
      kind: 'RaiseRequest',
      requestId,
      channel: 'visit',
      category: 'drainage',
      description: '下水道堵塞',
      by: actor,
    };
    // The handler adds the dispatch time; both deadlines already lie in the past.
    const dispatch = {
      kind: 'DispatchRequest',
      assignee: { kind: 'party-member', id: 'm1', name: '李' },
      respondBy: '2026-01-05T05:00:00.000Z',
      resolveBy: '2026-01-08T01:00:00.000Z',
    };
    await runInTenantContext({ scope: allTenantsScope('seed'), actor }, async () => {
      await handler.execute(
        new CommunityCommandMessage(communityId, 'request', requestId, raise, {
          actor,
          occurredAt: '2026-01-05T01:00:00Z',
        }),
      );
      await handler.execute(
        new CommunityCommandMessage(communityId, 'request', requestId, dispatch, {
          actor,
          occurredAt: '2026-01-05T02:00:00Z',
        }),
      );
    });
    await waitFor(
      async () =>
        (
          await owner.query(
            'select count(*)::int as n from request_queue where tenant_id = $1 and respond_by is not null',
            [communityId],
          )
        ).rows[0].n === 1,
    );

    const queue = slaQueue(connection, prefix);
    const events = new QueueEvents('tongxin-sla', { connection, prefix });
    const worker = createSlaWorker(handler, systemClock, connection, prefix);
    try {
      await events.waitUntilReady();
      const expected = [
        { event_type: 'RequestOverdue', n: 1 },
        { event_type: 'RequestResponseOverdue', n: 1 },
      ];
      expect(await scheduleSlaClocks(pool, queue, systemClock, undefined, [communityId])).toBeGreaterThanOrEqual(2);
      await waitFor(async () => JSON.stringify(await overdueFacts()) === JSON.stringify(expected));

      // Redis loses everything; the clocks are derived again from the read model and fire again.
      await queue.obliterate({ force: true });
      await scheduleSlaClocks(pool, queue, systemClock, undefined, [communityId]);
      await waitFor(async () => (await queue.getJobCounts('completed')).completed >= 2);
      expect(await overdueFacts()).toEqual(expected);
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      await events.close();
    }
  });
});
