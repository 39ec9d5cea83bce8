import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { inScopedTransaction } from '@tongxin/event-store';
import type { RecordEventChange, RecordKind } from '@tongxin/projections';
import { migratedTestPool, ownerTestPool, uniqueTenant } from '@tongxin/testing';
import { tenantScope, type TenantId } from '@tongxin/tenancy';
import { writeKpiFactsInBulk } from './kpi-facts.bulk-writer.js';
import { writeKpiFacts } from './kpi-facts.writer.js';
import { KpiReader, MEASURE_COLUMNS, type PeriodKind } from './kpi.reader.js';
import {
  kpiRollupsMigration,
  PERIOD_KINDS,
  ROLLUP_COLUMNS,
  ROLLUP_SUM_COLUMNS,
  STOCK_FACT_CONDITION,
} from './kpi-rollups.js';
import type { ReadModelWriter } from './projection-runner.js';

/**
 * kpi_rollups must equal, at every commit, a from-scratch aggregation of record_facts (with the
 * measure SQL of the fact query, not the rollups' own expressions), whichever writer kept them;
 * kpi_stock_facts must equal the stock rows of record_facts; and the live reader (rollups) must
 * give exactly the figures of the fact query (the asOf path) for every period kind and for
 * ranges on and off period boundaries.
 */
describe('KPI rollups equal a from-scratch aggregation of record_facts', () => {
  let pool: pg.Pool;
  let owner: pg.Pool;
  beforeAll(async () => {
    pool = await migratedTestPool();
    owner = ownerTestPool();
  });
  afterAll(async () => {
    await pool.end();
    await owner.end();
  });

  // A small deterministic PRNG: a failure can be replayed.
  function prng(seed: number) {
    let s = seed;
    return () => {
      s = (s * 1664525 + 1013904223) % 4294967296;
      return s / 4294967296;
    };
  }

  /** Random records around month, quarter and year boundaries (Asia/Shanghai), with reopens, voids, exclusions and re-resolutions. */
  function randomHistory(tenantId: TenantId, seed: number): RecordEventChange[] {
    const random = prng(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const HOUR = 3600_000;
    // Shanghai midnight of the new year is 16:00 UTC the day before: times straddle it.
    const anchors = [
      Date.parse('2025-12-31T15:00:00Z'),
      Date.parse('2026-03-31T15:30:00Z'),
      Date.parse('2026-06-28T10:00:00Z'),
    ];
    const at = () => new Date(pick(anchors) + Math.floor((random() - 0.5) * 96) * HOUR);
    const plus = (d: Date, hours: number) => new Date(d.getTime() + hours * HOUR).toISOString();
    const changes: RecordEventChange[] = [];
    let position = 0;
    const e = (
      kind: RecordKind,
      recordId: string,
      type: string,
      occurredAt: string,
      data: Record<string, unknown> = {},
    ) => {
      const eventId = randomUUID();
      changes.push({
        tenantId,
        kind,
        recordId,
        position: (position += 1),
        recordedAt: occurredAt,
        event: { eventId, type, occurredAt, data },
      });
      return eventId;
    };
    for (let i = 0; i < 25; i += 1) {
      const id = `r${i}`;
      const raised = at();
      const raisedId = e('request', id, 'RequestRaised', raised.toISOString(), {
        channel: 'visit',
        category: '路灯',
        description: '路灯不亮',
      });
      e('request', id, 'RequestDispatched', plus(raised, 1), {
        assignee: { kind: 'party-member', id: 'm-1', name: '李' },
        respondBy: plus(raised, 5),
        resolveBy: plus(raised, random() < 0.5 ? 20 : 72),
      });
      if (random() < 0.8) e('request', id, 'RequestAccepted', plus(raised, random() < 0.7 ? 2 : 8));
      if (random() < 0.2) e('request', id, 'RequestExcludedFromAssessment', plus(raised, 3), { reason: '不可抗力' });
      if (random() < 0.75) {
        const resolvedAfter = 4 + Math.floor(random() * 60);
        e('request', id, 'RequestResolved', plus(raised, resolvedAfter));
        const rating =
          random() < 0.6
            ? e('request', id, 'RequestRated', plus(raised, resolvedAfter + 1), {
                rating: random() < 0.8 ? 'satisfied' : 'unsatisfied',
              })
            : null;
        if (random() < 0.3) {
          e('request', id, 'RequestReopened', plus(raised, resolvedAfter + 2));
          if (random() < 0.6) e('request', id, 'RequestResolved', plus(raised, resolvedAfter + 30));
        }
        if (rating && random() < 0.3)
          e('request', id, 'EventVoided', plus(raised, resolvedAfter + 40), { voidedEventId: rating });
      }
      if (random() < 0.12) e('request', id, 'EventVoided', plus(raised, 100), { voidedEventId: raisedId });
    }
    for (let i = 0; i < 8; i += 1) {
      const registered = at();
      const id = `d${i}`;
      const registeredId = e('dispute', id, 'DisputeRegistered', registered.toISOString(), {});
      if (random() < 0.8)
        e('dispute', id, random() < 0.7 ? 'DisputeMediated' : 'DisputeMediationFailed', plus(registered, 48), {
          note: '调解',
        });
      if (random() < 0.15) e('dispute', id, 'EventVoided', plus(registered, 60), { voidedEventId: registeredId });
    }
    e('member', 'm1', 'PartyMemberRegistered', '2025-11-01T01:00:00.000Z');
    e('member', 'm1', 'PartyMemberReportedIn', '2025-11-02T01:00:00.000Z', { mode: 'resident' });
    for (let i = 0; i < 6; i += 1) {
      const logged = e('member', 'm1', 'VolunteerServiceLogged', at().toISOString(), {
        hours: 0.5 + Math.floor(random() * 8) / 2,
      });
      if (random() < 0.3) e('member', 'm1', 'EventVoided', '2026-07-01T00:00:00.000Z', { voidedEventId: logged });
    }
    e('structure', 'structure', 'CompoundRegistered', '2025-12-01T00:00:00.000Z', { compoundId: 'x1' });
    e('structure', 'structure', 'PartyOrganisationRegistered', '2025-12-05T00:00:00.000Z', {
      compoundId: 'x1',
      level: 'compound-branch',
    });
    return changes;
  }

  async function apply(
    write: ReadModelWriter<RecordEventChange>,
    changes: RecordEventChange[],
    pageSize: number,
    afterEachPage?: () => Promise<void>,
  ): Promise<void> {
    for (let i = 0; i < changes.length; i += pageSize) {
      await inScopedTransaction(pool, tenantScope(changes[0].tenantId), (client) =>
        write(client, changes.slice(i, i + pageSize)),
      );
      await afterEachPage?.();
    }
  }

  const ALIASES = ['facts', ...ROLLUP_COLUMNS.map((c) => c.alias)];
  const KINDS = `unnest(array[${PERIOD_KINDS.map((k) => `'${k}'`).join(', ')}]) as k(kind)`;

  /** The stored rollups, as `kind start alias=value …` lines. */
  async function stored(tenant: string): Promise<string[]> {
    const rows = await owner.query(
      `select r.period_kind as kind, r.period_start::text as start, sum(r.facts) as facts, ${ROLLUP_SUM_COLUMNS}
       from kpi_rollups r where r.tenant_id = $1 group by 1, 2`,
      [tenant],
    );
    return rows.rows.map((r) => `${r.kind} ${r.start} ${ALIASES.map((a) => `${a}=${Number(r[a])}`).join(' ')}`).sort();
  }

  /** The same, aggregated from scratch from record_facts with the fact query's measure SQL. */
  async function fromScratch(tenant: string): Promise<string[]> {
    const rows = await owner.query(
      `select k.kind, date_trunc(k.kind, occurred_at at time zone 'Asia/Shanghai')::date::text as start, count(*) as facts, ${MEASURE_COLUMNS}
       from record_facts cross join ${KINDS} where tenant_id = $1 group by 1, 2`,
      [tenant],
    );
    return rows.rows.map((r) => `${r.kind} ${r.start} ${ALIASES.map((a) => `${a}=${Number(r[a])}`).join(' ')}`).sort();
  }

  async function stockRows(table: string, tenant: string, condition = 'true'): Promise<string[]> {
    const rows = await owner.query(
      `select (to_jsonb(t) - 'tenant_id')::text as row from ${table} t where tenant_id = $1 and ${condition}`,
      [tenant],
    );
    return rows.rows.map((r) => r.row as string).sort();
  }

  it('has a column for every numerator and denominator of MEASURES', async () => {
    const columns = (
      await owner.query(
        "select column_name from information_schema.columns where table_schema = 'public' and table_name = 'kpi_rollups'",
      )
    ).rows.map((r) => r.column_name);
    expect(columns.sort()).toEqual(
      ['facts', 'period_kind', 'period_start', 'tenant_id', ...ROLLUP_COLUMNS.map((c) => c.name)].sort(),
    );
    expect(ROLLUP_COLUMNS.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'requests_received',
        'requests_resolution_rate_num',
        'requests_resolution_rate_den',
        'volunteer_hours',
      ]),
    );
  });

  it.each([
    [101, 1, 9],
    [202, 4, 50],
    [303, 7, 1000],
  ])(
    'seed %i: after every page of the live writer (pages of %i) and of the bulk writer (pages of %i)',
    async (seed, livePage, bulkPage) => {
      const live = uniqueTenant('ru');
      const bulk = uniqueTenant('ru');
      const changes = randomHistory(live, seed);
      let checks = 0;
      await apply(writeKpiFacts, changes, livePage, async () => {
        // Not after every page (too slow for pages of 1): every fifth, and at the end below.
        if ((checks += 1) % 5 === 0) expect(await stored(live)).toEqual(await fromScratch(live));
      });
      await apply(
        writeKpiFactsInBulk,
        changes.map((c) => ({ ...c, tenantId: bulk })),
        bulkPage,
      );
      const expected = await fromScratch(live);
      expect(expected.length).toBeGreaterThan(10);
      expect(await stored(live)).toEqual(expected);
      expect(await stored(bulk)).toEqual(await fromScratch(bulk));
      expect(await stored(bulk)).toEqual(expected);
      // No row left behind without facts (voids moved facts away).
      expect(
        (
          await owner.query('select count(*)::int as n from kpi_rollups where tenant_id = any($1) and facts = 0', [
            [live, bulk],
          ])
        ).rows[0].n,
      ).toBe(0);
      // The stock copy holds exactly the stock rows of record_facts.
      for (const tenant of [live, bulk]) {
        const stocks = await stockRows('record_facts', tenant, STOCK_FACT_CONDITION);
        expect(stocks.length).toBeGreaterThan(0);
        expect(await stockRows('kpi_stock_facts', tenant)).toEqual(stocks);
      }

      // The live reader (rollups) gives exactly the fact query's figures (the asOf path, far in the future).
      await owner.query(
        "insert into directory_units (unit_id, unit_kind, name, district_id, tenant_id, recorded_at) values ($1, 'community', '测试社区', 'd-x', $1, '2020-01-01')",
        [live],
      );
      const rollupReader = new KpiReader(pool);
      const factReader = new KpiReader(pool, new Date('2100-01-01T00:00:00Z'));
      const ranges: [PeriodKind, string, string][] = [
        ['day', '2025-12-25', '2026-07-10'],
        ['week', '2025-12-20', '2026-07-05'],
        ['month', '2025-12-01', '2026-08-01'],
        ['month', '2025-12-15', '2026-06-29'],
        ['quarter', '2025-10-01', '2027-01-01'],
        ['quarter', '2025-12-31', '2026-04-02'],
        ['year', '2025-01-01', '2027-01-01'],
        ['year', '2025-12-31', '2026-07-01'],
        ['month', '2026-01-02', '2026-01-05'],
      ];
      const scope = tenantScope(live);
      for (const [kind, from, to] of ranges) {
        const expectedFigures = await factReader.kpis(scope, 'community', live, kind, from, to);
        expect({ kind, from, to, figures: await rollupReader.kpis(scope, 'community', live, kind, from, to) }).toEqual({
          kind,
          from,
          to,
          figures: expectedFigures,
        });
      }
      expect(
        (await factReader.kpis(scope, 'community', live, 'year', '2025-01-01', '2027-01-01')).length,
      ).toBeGreaterThan(0);
      // Stocks read from the copy equal those of record_facts.
      const T = new Date('2026-05-01T00:00:00Z');
      expect(await rollupReader.coverageAt(scope, 'community', live, T)).toEqual(
        await factReader.coverageAt(scope, 'community', live, T),
      );
      expect(await rollupReader.reportedInAt(scope, 'community', live, T)).toEqual(
        await factReader.reportedInAt(scope, 'community', live, T),
      );
      expect(await rollupReader.stocksAt(scope, 'community', live, T)).toEqual(
        await factReader.stocksAt(scope, 'community', live, T),
      );
    },
    120_000,
  );

  it('the migration backfills from existing record_facts exactly the rows the writers keep, and registers both tables for kpi-facts rebuilds', async () => {
    const tenant = uniqueTenant('ru');
    await apply(writeKpiFacts, randomHistory(tenant, 11), 6);
    const sql = kpiRollupsMigration('test', () => '').sql;
    const statements = sql.split(/;\n/).map((s) => s.trim());
    const rollupBackfill = statements.find((s) => s.startsWith('with delta as'));
    const stockBackfill = statements.find((s) => s.startsWith('insert into kpi_stock_facts'));
    expect(rollupBackfill).toBeTruthy();
    expect(stockBackfill).toBeTruthy();
    const kept = await stored(tenant);
    const keptStocks = await stockRows('kpi_stock_facts', tenant);
    expect(kept.length).toBeGreaterThan(10);
    const client = await owner.connect();
    try {
      await client.query('begin');
      // Temporary tables shadow the live ones for unqualified names: the backfill fills them.
      await client.query(
        'create temp table kpi_rollups (like public.kpi_rollups including all); create temp table kpi_stock_facts (like public.kpi_stock_facts including all)',
      );
      await client.query(rollupBackfill as string);
      await client.query(stockBackfill as string);
      const filled = await client.query(
        `select r.period_kind as kind, r.period_start::text as start, sum(r.facts) as facts, ${ROLLUP_SUM_COLUMNS} from kpi_rollups r where r.tenant_id = $1 group by 1, 2`,
        [tenant],
      );
      expect(
        filled.rows.map((r) => `${r.kind} ${r.start} ${ALIASES.map((a) => `${a}=${Number(r[a])}`).join(' ')}`).sort(),
      ).toEqual(kept);
      const stocks = await client.query(
        "select (to_jsonb(t) - 'tenant_id')::text as row from kpi_stock_facts t where tenant_id = $1",
        [tenant],
      );
      expect(stocks.rows.map((r) => r.row as string).sort()).toEqual(keptStocks);
    } finally {
      await client.query('rollback');
      client.release();
    }
    const registered = (
      await owner.query("select table_name from projection_tables where projection = 'kpi-facts' order by 1")
    ).rows.map((r) => r.table_name);
    expect(registered).toEqual(expect.arrayContaining(['kpi_rollups', 'kpi_stock_facts', 'record_facts']));
  });

  it('is invisible to a transaction that names no tenant, like the facts', async () => {
    const tenant = uniqueTenant('ru');
    await apply(writeKpiFacts, randomHistory(tenant, 7), 20);
    expect(
      (await owner.query('select count(*)::int as n from kpi_rollups where tenant_id = $1', [tenant])).rows[0].n,
    ).toBeGreaterThan(0);
    expect((await pool.query('select count(*)::int as n from kpi_rollups')).rows[0].n).toBe(0);
    expect((await pool.query('select count(*)::int as n from kpi_stock_facts')).rows[0].n).toBe(0);
  });
});
