import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PostgresEventStore } from '@tongxin/event-store';
import { appRoleOption, migrateSchema } from '@tongxin/read-store';
import { metadata, scratchDatabase } from '@tongxin/testing';
import { toTenantId } from '@tongxin/tenancy';
import { expectProjectionsEqualRebuild } from './projection-checks.js';

/**
 * SIGKILL the real projector process in the middle of its work, start it again, and the read
 * models equal a from-scratch computation over the whole log: nothing lost, nothing twice.
 */
describe('projector crash and restart', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let owner: pg.Pool;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    scratch = await scratchDatabase('crash');
    owner = new pg.Pool({ connectionString: scratch.url, max: 2 });
    await migrateSchema(owner);
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await owner.end();
    await scratch.drop();
  });

  const startProjector = () =>
    spawn(process.execPath, ['dist/apps/projector/main.js'], {
      env: {
        ...process.env,
        DATABASE_URL: scratch.url,
        LOG_LEVEL: 'silent',
        PROJECTOR_POLL_INTERVAL_MS: '20',
        REDIS_URL: '',
      },
      stdio: 'ignore',
    });
  const checkpoints = async () =>
    (
      await owner.query<{ projection: string; position: string }>(
        'select projection, position from projection_checkpoints',
      )
    ).rows;
  const waitUntil = async (check: () => Promise<boolean>, ms: number) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('leaves tenant activity and KPI facts exactly as a rebuild from the log', async () => {
    // 1,500 requests over 6 communities, three events each (raised, dispatched, accepted).
    const app = new pg.Pool({ connectionString: scratch.url, max: 4, options: appRoleOption() });
    const store = new PostgresEventStore({ pool: app });
    for (let c = 0; c < 6; c += 1) {
      const tenant = toTenantId(`c-crash-${c}`);
      const writes = Array.from({ length: 250 }, (_, i) => ({
        streamId: `request-${randomUUID()}`,
        expectedVersion: 0,
        events: [
          {
            eventId: randomUUID(),
            type: 'RequestRaised',
            schemaVersion: 1,
            occurredAt: `2026-0${(i % 9) + 1}-10T02:00:00.000Z`,
            data: { category: 'parking', channel: 'visit', description: '停车难' },
          },
          {
            eventId: randomUUID(),
            type: 'RequestDispatched',
            schemaVersion: 1,
            occurredAt: `2026-0${(i % 9) + 1}-10T03:00:00.000Z`,
            data: {
              assignee: { kind: 'party-member', id: 'm', name: '李' },
              respondBy: `2026-0${(i % 9) + 1}-10T07:00:00.000Z`,
              resolveBy: '2026-12-31T00:00:00.000Z',
            },
          },
          {
            eventId: randomUUID(),
            type: 'RequestAccepted',
            schemaVersion: 1,
            occurredAt: `2026-0${(i % 9) + 1}-10T0${(i % 6) + 4}:00:00.000Z`,
            data: { acceptedBy: 'm' },
          },
        ],
      }));
      await store.appendBatch(tenant, writes, metadata());
    }
    await store.close();
    await app.end();
    const last = Number((await owner.query('select max(global_position) as p from events')).rows[0].p);

    child = startProjector();
    // Kill it once the KPI projection has committed some pages but not all.
    await waitUntil(
      async () => (await checkpoints()).some((c) => c.projection === 'kpi-facts' && Number(c.position) > 0),
      60_000,
    );
    child.kill('SIGKILL');
    await new Promise((r) => child?.once('exit', r));
    const atKill = Number((await checkpoints()).find((c) => c.projection === 'kpi-facts')?.position);
    expect(atKill).toBeLessThan(last);

    child = startProjector();
    await waitUntil(
      async () => (await checkpoints()).every((c) => Number(c.position) === last) && (await checkpoints()).length === 3,
      120_000,
    );
    child.kill('SIGTERM');

    // Each request: raised, and overdue from its resolution deadline on (a +1 requests.overdue fact).
    expect(await expectProjectionsEqualRebuild(owner)).toBe(3000);
  }, 240_000);
});
