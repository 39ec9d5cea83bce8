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
import { createSlaWorker, escalationJobId, scheduleSlaClocks, slaQueue, type EscalationClock } from './sla.js';

/** Automatic escalation to the street office on real Redis and PostgreSQL: once, even after Redis loses every job. */
describe('SLA escalation after the grace', () => {
  let pool: pg.Pool;
  let owner: pg.Pool;
  let store: PostgresEventStore;
  const runners: ProjectionRunner<unknown>[] = [];
  const suffix = randomUUID().slice(0, 8);
  const prefix = `tongxin-test-esc-${suffix}`;
  const connection = { url: testRedisUrl(), maxRetriesPerRequest: null };
  const communityId = `c-esc-${suffix}`;
  const streetId = `s-esc-${suffix}`;
  const actor = { userId: 'staff-1', role: 'community-staff' };

  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
    store = new PostgresEventStore({ pool, pollIntervalMs: 20 });
    runners.push(
      new ProjectionRunner({
        pool,
        store,
        projection: { ...directoryProjection, name: `directory-esc-${suffix}` },
        write: writeDirectory,
      }) as ProjectionRunner<unknown>,
      new ProjectionRunner({
        pool,
        store,
        projection: { ...kpiFactsProjection, name: `kpi-facts-esc-${suffix}` },
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

  const escalations = async (requestId: string) =>
    (
      await owner.query(
        "select data, actor->>'userId' as actor from events where tenant_id = $1 and stream_id = $2 and event_type = 'RequestEscalated'",
        [communityId, `request-${requestId}`],
      )
    ).rows;
  const waitFor = async (check: () => Promise<boolean>) => {
    const deadline = Date.now() + 15000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('escalates a request unresolved past its deadline plus grace to the street office exactly once, also after a Redis flush and restart', async () => {
    const executor = new CommandExecutor(store, systemClock, uuidGenerator);
    const directory = new DirectoryReader(pool);
    const registry = new RegistryCommandHandler(executor, directory, systemClock);
    const handler = new CommunityCommandHandler(executor, directory, systemClock);
    const districtId = `d-esc-${suffix}`;
    await runInTenantContext({ scope: allTenantsScope('seed'), actor }, async () => {
      await registry.execute(
        new RegistryCommandMessage({ districtId }, { kind: 'RegisterDistrict', districtId, name: '咸安区' }, { actor }),
      );
      await registry.execute(
        new RegistryCommandMessage({ districtId }, { kind: 'RegisterStreet', streetId, name: '永安办事处' }, { actor }),
      );
      await registry.execute(
        new RegistryCommandMessage(
          { districtId },
          { kind: 'OnboardCommunity', communityId, name: '凤凰社区', streetId, onboardedOn: '2020-01-01' },
          { actor },
        ),
      );
    });
    await waitFor(async () => (await directory.unit(communityId, '2026-01-01')) !== null);

    // One request long past deadline + grace; one whose deadline passed ten minutes ago (grace still running).
    const late = randomUUID();
    const recent = randomUUID();
    const now = Date.now();
    const assignee = { kind: 'party-member', id: 'm1', name: '李' };
    await runInTenantContext({ scope: allTenantsScope('seed'), actor }, async () => {
      for (const [id, dispatchedAt, resolveBy] of [
        [late, '2026-01-05T02:00:00.000Z', '2026-01-08T01:00:00.000Z'],
        [recent, new Date(now - 3600_000).toISOString(), new Date(now - 600_000).toISOString()],
      ] as const) {
        const raise = {
          kind: 'RaiseRequest',
          requestId: id,
          channel: 'visit',
          category: 'drainage',
          description: '下水道堵塞',
          by: actor,
        };
        const dispatch = {
          kind: 'DispatchRequest',
          assignee,
          respondBy: new Date(Date.parse(dispatchedAt) + 60_000).toISOString(),
          resolveBy,
        };
        const accept = { kind: 'AcceptRequest', by: actor };
        const at = (offset: number) => new Date(Date.parse(dispatchedAt) + offset).toISOString();
        await handler.execute(
          new CommunityCommandMessage(communityId, 'request', id, raise, { actor, occurredAt: at(-60_000) }),
        );
        await handler.execute(
          new CommunityCommandMessage(communityId, 'request', id, dispatch, { actor, occurredAt: dispatchedAt }),
        );
        await handler.execute(
          new CommunityCommandMessage(communityId, 'request', id, accept, { actor, occurredAt: at(30_000) }),
        );
      }
    });
    await waitFor(
      async () =>
        (
          await owner.query(
            "select count(*)::int as n from request_queue where tenant_id = $1 and status = 'accepted'",
            [communityId],
          )
        ).rows[0].n === 2,
    );

    const queue = slaQueue(connection, prefix);
    const events = new QueueEvents('tongxin-sla', { connection, prefix });
    let worker = createSlaWorker(handler, systemClock, connection, prefix, { directory });
    try {
      await events.waitUntilReady();
      await scheduleSlaClocks(pool, queue, systemClock, 24, [communityId]);
      await waitFor(async () => (await escalations(late)).length === 1);
      const [first] = await escalations(late);
      expect(first).toEqual({
        actor: 'system:sla-escalation',
        data: {
          departmentId: streetId,
          reason: '超过办结时限 24 小时仍未办结，自动上报街道',
          level: 'street-office',
          overdueSince: '2026-01-08T01:00:00.000Z',
          graceHours: 24,
        },
      });
      const recentJob = await queue.getJob(
        escalationJobId({
          tenantId: communityId,
          requestId: recent,
          clock: 'escalation',
          deadline: new Date(now - 600_000).toISOString(),
          graceHours: 24,
        }),
      );
      expect(await recentJob?.getState()).toBe('delayed');
      expect(await escalations(recent)).toEqual([]);

      // Redis loses everything and the worker restarts. The clocks are derived again; a stale read
      // model (the escalation not yet projected) would hand out the same clock again: nothing new is recorded.
      await worker.close();
      await queue.obliterate({ force: true });
      worker = createSlaWorker(handler, systemClock, connection, prefix, { directory });
      await scheduleSlaClocks(pool, queue, systemClock, 24, [communityId]);
      const stale: EscalationClock = {
        tenantId: communityId,
        requestId: late,
        clock: 'escalation',
        deadline: '2026-01-08T01:00:00.000Z',
        graceHours: 24,
      };
      const replayed = await queue.add('escalation', stale, { jobId: `${escalationJobId(stale)}|replayed` });
      await waitFor(async () => (await replayed.getState()) === 'completed');
      await waitFor(async () => (await queue.getJobCounts('completed')).completed >= 3);
      expect(await escalations(late)).toHaveLength(1);
      expect(await escalations(recent)).toEqual([]);
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      await events.close();
    }
  });
});
