import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PostgresEventStore } from '@tongxin/event-store';
import { kpiFactsOfRecord, recordKindOfStream, type RecordEvent, type RecordKind } from '@tongxin/projections';
import { appRoleOption, migrateSchema } from '@tongxin/read-store';
import { metadata, scratchDatabase } from '@tongxin/testing';
import { toTenantId } from '@tongxin/tenancy';

/**
 * SIGKILL the real `npm run cli -- rebuild kpi-facts` process after it committed some pages, run
 * it again: it resumes from the committed position, switches, and the tables equal a from-scratch
 * computation; the live tables were untouched while the copies were half-built.
 */
describe('rebuild killed mid-way and run again (CLI process)', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let owner: pg.Pool;

  beforeAll(async () => {
    scratch = await scratchDatabase('rebuildkill');
    owner = new pg.Pool({ connectionString: scratch.url, max: 2 });
    await migrateSchema(owner);
  });
  afterAll(async () => {
    await owner.end();
    await scratch.drop();
  });

  const cli = (...args: string[]) => ({
    cmd: process.execPath,
    args: ['dist/apps/cli/main.js', ...args],
    env: { ...process.env, DATABASE_URL: scratch.url },
  });

  it('resumes from its committed position and switches to tables equal to a from-scratch computation', async () => {
    const app = new pg.Pool({ connectionString: scratch.url, max: 4, options: appRoleOption() });
    const store = new PostgresEventStore({ pool: app });
    for (let c = 0; c < 6; c += 1) {
      const writes = Array.from({ length: 1500 }, (_, i) => {
        const month = String((i % 9) + 1).padStart(2, '0');
        return {
          streamId: `request-${randomUUID()}`,
          expectedVersion: 0 as const,
          events: [
            {
              eventId: randomUUID(),
              type: 'RequestRaised',
              schemaVersion: 1,
              occurredAt: `2026-${month}-10T02:00:00.000Z`,
              data: { category: 'parking', channel: 'visit', description: '停车难' },
            },
            {
              eventId: randomUUID(),
              type: 'RequestDispatched',
              schemaVersion: 1,
              occurredAt: `2026-${month}-10T03:00:00.000Z`,
              data: {
                assignee: { kind: 'party-member', id: 'm', name: '李' },
                respondBy: `2026-${month}-10T07:00:00.000Z`,
                resolveBy: '2026-12-31T00:00:00.000Z',
              },
            },
            {
              eventId: randomUUID(),
              type: 'RequestAccepted',
              schemaVersion: 1,
              occurredAt: `2026-${month}-10T0${(i % 6) + 4}:00:00.000Z`,
              data: { acceptedBy: 'm' },
            },
            {
              eventId: randomUUID(),
              type: 'RequestResolved',
              schemaVersion: 1,
              occurredAt: `2026-${month}-11T0${(i % 6) + 4}:00:00.000Z`,
              data: {},
            },
          ],
        };
      });
      await store.appendBatch(toTenantId(`c-rk-${c}`), writes, metadata());
    }
    await store.close();
    await app.end();
    const head = Number((await owner.query('select max(global_position) as p from events')).rows[0].p);

    const first = cli('rebuild', 'kpi-facts');
    const child = spawn(first.cmd, first.args, { env: first.env, stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', r));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const row = (
        await owner.query("select position::int as p from projection_rebuilds where projection = 'kpi-facts'")
      ).rows[0];
      if (row && row.p > 0) break;
      if (Date.now() > deadline) throw new Error('the rebuild committed no page');
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await exited;
    const killed = (
      await owner.query(
        "select rebuild_id, status, position::int as p from projection_rebuilds where projection = 'kpi-facts'",
      )
    ).rows;
    expect(killed).toEqual([{ rebuild_id: expect.any(String), status: 'running', p: expect.any(Number) }]);
    expect(killed[0].p).toBeLessThan(head);
    // Nothing was switched: the live tables are still the empty ones.
    expect((await owner.query('select count(*)::int as n from record_facts')).rows[0].n).toBe(0);

    const again = cli('rebuild', 'kpi-facts');
    const second = spawnSync(again.cmd, again.args, { env: again.env, encoding: 'utf8', timeout: 120_000 });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(`resuming rebuild ${killed[0].rebuild_id} of kpi-facts at position`);
    expect(second.stdout).toContain(
      `switched: kpi-facts now serves the rebuilt tables at position ${head.toLocaleString('en-US')}`,
    );
    const done = (
      await owner.query(
        "select status, runs, events_done::int as n from projection_rebuilds where projection = 'kpi-facts'",
      )
    ).rows;
    expect(done).toEqual([{ status: 'switched', runs: 2, n: 36000 }]);

    const events = (
      await owner.query(
        'select tenant_id, stream_id, event_id, event_type, occurred_at, data from events order by global_position',
      )
    ).rows;
    const records = new Map<string, { kind: RecordKind; tenant: string; id: string; history: RecordEvent[] }>();
    for (const e of events) {
      const kind = recordKindOfStream(e.stream_id) as RecordKind;
      const entry = records.get(`${e.tenant_id}|${e.stream_id}`) ?? {
        kind,
        tenant: e.tenant_id,
        id: (e.stream_id as string).slice(kind.length + 1),
        history: [] as RecordEvent[],
      };
      entry.history.push({
        eventId: e.event_id,
        type: e.event_type,
        occurredAt: e.occurred_at.toISOString(),
        data: e.data,
      });
      records.set(`${e.tenant_id}|${e.stream_id}`, entry);
    }
    const expected = [...records.values()]
      .flatMap((r) =>
        kpiFactsOfRecord(r.kind, r.history).map(
          (f) =>
            `${r.tenant}|${r.id}|${f.fact}|${Date.parse(f.occurredAt)}|${f.inTime ?? ''}|${f.resolvedNow ?? ''}|${f.amount ?? ''}`,
        ),
      )
      .sort();
    const stored = (
      await owner.query(
        'select tenant_id, record_id, fact, occurred_at, in_time, resolved_now, amount from record_facts',
      )
    ).rows
      .map(
        (f) =>
          `${f.tenant_id}|${f.record_id}|${f.fact}|${f.occurred_at.getTime()}|${f.in_time ?? ''}|${f.resolved_now ?? ''}|${f.amount === null ? '' : Number(f.amount)}`,
      )
      .sort();
    expect(stored).toHaveLength(18000);
    expect(stored).toEqual(expected);
    expect(
      (
        await owner.query(
          "select position::int as p, generation from projection_checkpoints where projection = 'kpi-facts'",
        )
      ).rows[0],
    ).toEqual({ p: head, generation: 1 });
  }, 240_000);
});
