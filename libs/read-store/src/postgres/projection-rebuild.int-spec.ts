import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PostgresEventStore, type NewEvent } from '@tongxin/event-store';
import { kpiFactsOfRecord, recordKindOfStream, type RecordEvent, type RecordKind } from '@tongxin/projections';
import { metadata, scratchDatabase } from '@tongxin/testing';
import { allTenantsScope, toTenantId } from '@tongxin/tenancy';
import { KpiReader } from './kpi.reader.js';
import { ProjectionRebuilder, type RebuildProgress } from './projection-rebuild.js';
import { ProjectionRunner, type ProjectionSwitchedError } from './projection-runner.js';
import { PROJECTIONS } from './projections.js';
import { appRoleOption, migrateSchema } from './schema-migrations.js';

/**
 * Blue/green rebuilds on real PostgreSQL, in a database of their own (a rebuild replays every
 * tenant's events and swaps shared tables, which would disturb the suites running beside it).
 */
describe('projection rebuild (blue/green, PostgreSQL)', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let owner: pg.Pool;
  let app: pg.Pool;
  let store: PostgresEventStore;
  const runners: ProjectionRunner<unknown>[] = [];
  const switches: ProjectionSwitchedError[] = [];
  const district = 'd-rb';
  const communities = ['c-rb-1', 'c-rb-2', 'c-rb-3', 'c-rb-4'];

  const ev = (type: string, occurredAt: string, data: Record<string, unknown>): NewEvent => ({
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    occurredAt,
    data,
  });

  /** `n` requests per community over 2026, most resolved and rated, some late, some unsatisfied. */
  async function appendRequests(n: number, salt: number): Promise<void> {
    for (const [c, community] of communities.entries()) {
      const writes = Array.from({ length: n }, (_, i) => {
        const month = String(((i + salt) % 12) + 1).padStart(2, '0');
        const day = String((i % 27) + 1).padStart(2, '0');
        const at = (h: number) => `2026-${month}-${day}T${String(h).padStart(2, '0')}:00:00.000Z`;
        const events = [
          ev('RequestRaised', at(1), { channel: 'visit', category: '路灯', description: '路灯不亮' }),
          ev('RequestDispatched', at(2), {
            assignee: { kind: 'party-member', id: 'm-1', name: '李' },
            respondBy: at(4),
            resolveBy: at(20),
          }),
          ev('RequestAccepted', at((i + c) % 3 === 0 ? 6 : 3), { acceptedBy: 'm-1' }),
        ];
        if (i % 5 !== 0) events.push(ev('RequestResolved', at(8), { note: '已修复' }));
        if (i % 5 !== 0 && i % 2 === 0)
          events.push(ev('RequestRated', at(9), { rating: i % 7 === 0 ? 'unsatisfied' : 'satisfied' }));
        return { streamId: `request-${randomUUID()}`, expectedVersion: 0 as const, events };
      });
      await store.appendBatch(toTenantId(community), writes, metadata());
    }
  }

  async function head(): Promise<number> {
    return Number((await owner.query('select coalesce(max(global_position), 0) as p from events')).rows[0].p);
  }

  async function waitUntil(check: () => Promise<boolean>, ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  const liveCaughtUp = async () => {
    const h = await head();
    const rows = (
      await owner.query<{ position: string }>(
        "select position from projection_checkpoints where projection in ('kpi-facts', 'directory')",
      )
    ).rows;
    return rows.length === 2 && rows.every((r) => Number(r.position) === h);
  };

  /** Every record's facts recomputed from the log with the pure function: the from-scratch answer. */
  async function fromScratch(): Promise<string[]> {
    const events = (
      await owner.query(
        'select tenant_id, stream_id, event_id, event_type, occurred_at, data from events order by global_position',
      )
    ).rows;
    const records = new Map<string, { kind: RecordKind; tenant: string; id: string; history: RecordEvent[] }>();
    for (const e of events) {
      const kind = recordKindOfStream(e.stream_id);
      if (!kind) continue;
      const key = `${e.tenant_id}|${e.stream_id}`;
      const entry = records.get(key) ?? {
        kind,
        tenant: e.tenant_id as string,
        id: (e.stream_id as string).slice(kind.length + 1),
        history: [] as RecordEvent[],
      };
      entry.history.push({
        eventId: e.event_id,
        type: e.event_type,
        occurredAt: e.occurred_at.toISOString(),
        data: e.data,
      });
      records.set(key, entry);
    }
    return [...records.values()]
      .flatMap((r) =>
        kpiFactsOfRecord(r.kind, r.history).map(
          (f) =>
            `${r.tenant}|${r.id}|${f.fact}|${Date.parse(f.occurredAt)}|${f.inTime ?? ''}|${f.resolvedNow ?? ''}|${f.positive ?? ''}|${f.excluded ?? ''}`,
        ),
      )
      .sort();
  }

  async function storedFacts(): Promise<string[]> {
    return (
      await owner.query(
        'select tenant_id, record_id, fact, occurred_at, in_time, resolved_now, positive, excluded from record_facts',
      )
    ).rows
      .map(
        (f) =>
          `${f.tenant_id}|${f.record_id}|${f.fact}|${f.occurred_at.getTime()}|${f.in_time ?? ''}|${f.resolved_now ?? ''}|${f.positive ?? ''}|${f.excluded ?? ''}`,
      )
      .sort();
  }

  beforeAll(async () => {
    scratch = await scratchDatabase('rebuild');
    owner = new pg.Pool({ connectionString: scratch.url, max: 3 });
    await migrateSchema(owner);
    app = new pg.Pool({ connectionString: scratch.url, max: 12, options: appRoleOption() });
    // The scratch database is dropped with force in afterAll: a connection a stopped runner's listener still holds then ends, no failure of the test.
    for (const pool of [owner, app]) pool.on('error', () => undefined);
    store = new PostgresEventStore({ pool: app, pollIntervalMs: 20, subscriptionBatchSize: 300 });
    await store.append(
      toTenantId(district),
      'registry',
      0,
      [
        ev('DistrictRegistered', '2025-12-01T00:00:00.000Z', { districtId: district, name: '重建区' }),
        ev('StreetRegistered', '2025-12-01T00:00:00.000Z', { streetId: 's-rb', name: '重建街道' }),
        ...communities.map((c, i) =>
          ev('CommunityOnboarded', '2025-12-01T00:00:00.000Z', {
            communityId: c,
            name: `重建${i + 1}社区`,
            streetId: 's-rb',
            onboardedOn: '2025-12-01',
          }),
        ),
      ],
      metadata(),
    );
    await appendRequests(150, 0);
    for (const binding of PROJECTIONS.filter((b) => ['kpi-facts', 'directory'].includes(b.projection.name))) {
      const runner = new ProjectionRunner({
        pool: app,
        store,
        projection: binding.projection,
        write: binding.write,
        onSwitch: (s) => switches.push(s),
      });
      await runner.start();
      runners.push(runner);
    }
    await waitUntil(liveCaughtUp);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await store.close();
    await app.end();
    await owner.end();
    await scratch.drop();
  });

  it('never lets a reader see a half-built view: every read is the complete old or the complete new answer', async () => {
    // The "old" read model differs from what the log says (as after a projection bug): the
    // rebuild must replace it in one step.
    await owner.query("delete from record_facts where fact = 'request.resolved'");
    await owner.query("update record_facts set resolved_now = false, in_time = false where fact = 'request.raised'");
    const reader = new KpiReader(app);
    const read = () =>
      reader.kpis(allTenantsScope('platform'), 'district', district, 'month', '2026-01-01', '2027-01-01');
    const old = JSON.stringify(await read());

    const seen: string[] = [];
    let rebuilding = true;
    const loop = (async () => {
      let afterSwitch = 0;
      while (rebuilding || afterSwitch < 5) {
        seen.push(JSON.stringify(await read()));
        if (!rebuilding) afterSwitch += 1;
      }
    })();
    const progress: RebuildProgress[] = [];
    const rebuilder = new ProjectionRebuilder({ pool: app, store, pageSize: 200, onProgress: (p) => progress.push(p) });
    const done = await rebuilder.rebuild({ projection: 'kpi-facts', requestedBy: 'test' }).finally(() => {
      rebuilding = false;
    });
    await loop;
    const fresh = JSON.stringify(await read());

    expect(done).toMatchObject({ status: 'switched', percent: 100, etaSeconds: 0, projection: 'kpi-facts' });
    expect(done.eventsDone).toBeGreaterThanOrEqual(await head());
    expect(fresh).not.toEqual(old);
    const partial = seen.filter((s) => s !== old && s !== fresh);
    expect(partial).toHaveLength(0);
    expect(seen.filter((s) => s === old).length).toBeGreaterThan(0);
    expect(seen.filter((s) => s === fresh).length).toBeGreaterThanOrEqual(5);
    expect(await storedFacts()).toEqual(await fromScratch());
  }, 120_000);

  it('switches while commands keep arriving: the live runner continues from the new checkpoint and the tables equal a from-scratch computation', async () => {
    const before = (await owner.query("select generation from projection_checkpoints where projection = 'kpi-facts'"))
      .rows[0].generation as number;
    const switchesBefore = switches.length;
    let appending = true;
    const writer = (async () => {
      let salt = 1;
      while (appending) {
        await appendRequests(5, (salt += 1));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const rebuilder = new ProjectionRebuilder({ pool: app, store, pageSize: 300 });
    const done = await rebuilder.rebuild({ projection: 'kpi-facts', requestedBy: 'test' }).finally(() => {
      appending = false;
    });
    await writer;
    await appendRequests(3, 7); // after the switch: only the live runner projects these
    await waitUntil(liveCaughtUp);

    expect(done.status).toBe('switched');
    const checkpoint = (
      await owner.query("select generation, version from projection_checkpoints where projection = 'kpi-facts'")
    ).rows[0];
    expect(checkpoint.generation).toBe(before + 1);
    // The live runner noticed (the earlier test's switch too, if no event had arrived since).
    expect(switches.length).toBeGreaterThan(switchesBefore);
    expect(switches.at(-1)).toMatchObject({ position: done.position, generation: before + 1 });
    expect(await storedFacts()).toEqual(await fromScratch());
    const queue = (await owner.query('select count(*)::int as n from request_queue')).rows[0].n;
    expect(queue).toBe(
      (await owner.query("select count(*)::int as n from events where event_type = 'RequestRaised'")).rows[0].n,
    );

    // The new tables carry the live ones' fences: policies, forced RLS, grants and index names.
    const policies = (
      await owner.query(
        "select tablename from pg_policies where schemaname = 'public' and tablename in ('record_facts', 'record_history', 'request_queue') order by 1",
      )
    ).rows;
    expect(policies.map((p) => p.tablename)).toEqual(['record_facts', 'record_history', 'request_queue']);
    const indexes = (
      await owner.query(
        "select indexname from pg_indexes where schemaname = 'public' and tablename = 'record_facts' order by 1",
      )
    ).rows.map((r) => r.indexname);
    expect(indexes).toEqual(['record_facts_record_idx', 'record_facts_time_idx']);
    const unscoped = await app.query('select count(*)::int as n from record_facts');
    expect(unscoped.rows[0].n).toBe(0); // no tenant named: row-level security shows nothing
    const leftovers = (
      await owner.query(
        "select nspname from pg_namespace where nspname like 'rebuild\\_%' or nspname like 'retired\\_%'",
      )
    ).rows;
    expect(leftovers).toEqual([]);
    // The app role may swap only the tables migrations registered, and cannot register others.
    await expect(app.query("insert into projection_tables values ('evil', 'events')")).rejects.toThrow(
      /permission denied/,
    );
    await expect(app.query("select tongxin_rebuild_prepare('evil')")).rejects.toThrow(/no tables registered/);
  }, 120_000);

  it('resumes a rebuild killed mid-way, refuses a second one meanwhile, and then equals a from-scratch computation', async () => {
    const crashing = new ProjectionRebuilder({
      pool: app,
      store,
      pageSize: 150,
      beforeCommit: (page) => {
        if (page === 4) throw new Error('killed mid-page');
      },
    });
    await expect(crashing.rebuild({ projection: 'kpi-facts', requestedBy: 'test' })).rejects.toThrow('killed mid-page');
    const failed = await crashing.latest('kpi-facts');
    expect(failed).toMatchObject({ status: 'failed', error: 'killed mid-page', runs: 1 });
    expect(failed?.position).toBeGreaterThan(0);
    expect(failed?.percent).toBeLessThan(100);
    // The live tables were not touched: the copies wait in their own schema.
    expect(await storedFacts()).toEqual(await fromScratch());

    const again = new ProjectionRebuilder({ pool: app, store, pageSize: 500 });
    const claimed = await again.claim({ projection: 'kpi-facts', requestedBy: 'test' });
    expect(claimed.rebuildId).toBe(failed?.rebuildId);
    await expect(
      new ProjectionRebuilder({ pool: app, store }).claim({ projection: 'kpi-facts', requestedBy: 'other' }),
    ).rejects.toMatchObject({
      code: 'REBUILD_RUNNING',
      details: { rebuildId: failed?.rebuildId },
    });
    const done = await claimed.run();
    expect(done).toMatchObject({ status: 'switched', runs: 2, rebuildId: failed?.rebuildId });
    // The second run continued from the committed position instead of starting over.
    expect(done.eventsDone).toBe(await countEventsUpTo(done.position));
    expect(await storedFacts()).toEqual(await fromScratch());

    await expect(again.rebuild({ projection: 'no-such-projection', requestedBy: 'test' })).rejects.toMatchObject({
      code: 'PROJECTION_UNKNOWN',
    });
  }, 120_000);

  async function countEventsUpTo(position: number): Promise<number> {
    return (await owner.query('select count(*)::int as n from events where global_position <= $1', [position])).rows[0]
      .n;
  }
});
