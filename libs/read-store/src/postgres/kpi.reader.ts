import type pg from 'pg';
import type { UnitMonth } from '@tongxin/projections';
import type { TenantScope } from '@tongxin/tenancy';
import { ReadView } from './as-of-view.js';
import { MEASURES, type Measure } from './kpi-measures.js';
import { LIVE_MEDIAN_COLUMNS, ROLLUP_SUM_COLUMNS, STOCK_FACTS_TABLE } from './kpi-rollups.js';

export type KpiLevel = 'community' | 'street' | 'district';
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Version of the KPI definitions below; every figure says which version computed it. */
export const KPI_DEFINITION_VERSION = 1;

export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  /** null when the denominator is 0. */
  readonly value: number | null;
}

export interface UnitKpis {
  readonly unitId: string;
  readonly name: string;
  /** The street a community is placed under (null for street rows). */
  readonly streetId: string | null;
  readonly kpis: Record<string, number | Ratio | null>;
}

export interface PeriodKpis {
  readonly period: string;
  readonly kpis: Record<string, number | Ratio | null>;
}

/** The coverage stocks, each a share of the compounds registered at T. */
export const COVERAGE_KEYS = ['coverage.partyBranch', 'coverage.ownersCommittee', 'coverage.propertyService'] as const;

const LABEL: Record<PeriodKind, string> = {
  day: 'YYYY-MM-DD',
  week: 'IYYY-"W"IW',
  month: 'YYYY-MM',
  quarter: 'YYYY-"Q"Q',
  year: 'YYYY',
};

/**
 * The communities a unit covers. A community counts under the street of its latest recorded
 * move for all periods (restated history), so placements are taken by recording order.
 */
const UNIT_COMMUNITIES = `
  select u.unit_id as community_id from directory_units u
  where u.unit_kind = 'community' and (
    ($1 = 'community' and u.unit_id = $2)
    or ($1 = 'district' and u.district_id = $2)
    or ($1 = 'street' and (select p.street_id from community_placements p where p.community_id = u.unit_id order by p.global_position desc limit 1) = $2))`;

const ratio = (numerator: string | number, denominator: string | number): Ratio => {
  const n = Number(numerator);
  const d = Number(denominator);
  return { numerator: n, denominator: d, value: d === 0 ? null : n / d };
};

/** Stocks at T summed from +1 / -1 facts `stock.<key>`: branches classed 软弱涣散 and not rectified, communities holding 三零社区. */
export const STOCK_KEYS = ['branches.weak', 'threeZero.communities'] as const;

const countOf = (condition: string) => `count(*) filter (where ${condition})`;
const measureColumn = (m: Measure, i: number) => {
  if ('count' in m) return `${countOf(m.count)} as m${i}`;
  if ('ratio' in m) return `${countOf(m.ratio[0])} as m${i}, ${countOf(m.ratio[1])} as d${i}`;
  if ('sum' in m) return `coalesce(sum(amount) filter (where ${m.sum}), 0) as m${i}`;
  return `percentile_cont(0.5) within group (order by amount) filter (where fact = '${m.median}') as m${i}`;
};
const MEASURE_COLUMNS = MEASURES.map(measureColumn).join(',\n           ');

function measureValues(row: Record<string, string | null>): Record<string, number | Ratio | null> {
  return Object.fromEntries(
    MEASURES.map((m, i): [string, number | Ratio | null] => {
      const value = row[`m${i}`] ?? null;
      if ('ratio' in m) return [m.key, ratio(value ?? 0, row[`d${i}`] ?? 0)];
      if ('median' in m) return [m.key, value === null ? null : Math.round(Number(value) * 100) / 100];
      return [m.key, Number(value)];
    }),
  );
}

/**
 * KPIs of domain.md §5 counted from record facts, by Asia/Shanghai calendar periods of
 * occurredAt (start inclusive, end exclusive; ISO weeks). Requests excluded from assessment
 * (核减) count in requests.received and requests.resolved but not in the three assessment
 * rates; their number is reported as requests.excluded, so the exclusion is never silent.
 */
export class KpiReader {
  private readonly view: ReadView;

  /** `asOf`: read as recorded at that moment (domain.md §5.1); null reads the live figures. */
  constructor(
    private readonly pool: pg.Pool,
    readonly asOf: Date | null = null,
  ) {
    this.view = new ReadView(pool, asOf);
  }

  /** Runs SQL against this reader's view (live, or as recorded at asOf). */
  query<T>(scope: TenantScope, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.view.run(scope, work);
  }

  /**
   * Where the stock facts (coverage, stock.*, report-ins, overdue) are read: live, their copy in
   * kpi_stock_facts (kpi-rollups.ts), which holds exactly those rows of record_facts; as of T,
   * record_facts (the view restated at T).
   */
  get stockFacts(): string {
    return this.asOf ? 'record_facts' : STOCK_FACTS_TABLE;
  }

  /** The same reader as recorded at `asOf` (or live when null). */
  at(asOf: Date | null): KpiReader {
    return asOf ? new KpiReader(this.pool, asOf) : this;
  }

  async kpis(
    scope: TenantScope,
    level: KpiLevel,
    unitId: string,
    period: PeriodKind,
    from: string,
    to: string,
  ): Promise<PeriodKpis[]> {
    if (!this.asOf) return this.liveKpis(scope, level, unitId, period, from, to);
    const rows = await this.view.run(scope, (client) =>
      client.query<Record<string, string | null> & { period: string }>(
        `with f as (
           select f.*, to_char(date_trunc($3, f.occurred_at at time zone 'Asia/Shanghai'), '${LABEL[period]}') as period
           from record_facts f
           where f.tenant_id in (${UNIT_COMMUNITIES})
             and f.occurred_at >= ($4::timestamp at time zone 'Asia/Shanghai') and f.occurred_at < ($5::timestamp at time zone 'Asia/Shanghai'))
         select period,
           ${MEASURE_COLUMNS}
         from f group by period order by period`,
        [level, unitId, period, from, to],
      ),
    );
    return rows.rows.map((row) => ({ period: row.period, kpis: measureValues(row) }));
  }

  /**
   * The live figures of `kpis`, from kpi_rollups (kpi-rollups.ts): the whole periods inside
   * [from, to) from their period rows, the days at the edges of a range not on period boundaries
   * from day rows, summed per period label; a period is listed when it holds any fact, as in
   * the fact query. Medians from record_facts, over the rows of their fact only. The asOf view
   * keeps the fact query: the rollups hold the live figures only.
   */
  private async liveKpis(
    scope: TenantScope,
    level: KpiLevel,
    unitId: string,
    period: PeriodKind,
    from: string,
    to: string,
  ): Promise<PeriodKpis[]> {
    const medians =
      LIVE_MEDIAN_COLUMNS.length === 0
        ? ''
        : `, ${MEASURES.flatMap((m, i) => ('median' in m ? [`md.m${i}`] : [])).join(', ')}`;
    const medianJoin =
      LIVE_MEDIAN_COLUMNS.length === 0
        ? ''
        : `left join (
             select to_char(m.start, '${LABEL[period]}') as period, ${MEASURES.flatMap((m, i) => ('median' in m ? [`m.m${i}`] : [])).join(', ')}
             from (
               select date_trunc($3, s.occurred_at at time zone 'Asia/Shanghai') as start, ${LIVE_MEDIAN_COLUMNS.join(', ')}
               from record_facts s
               where s.tenant_id in (select community_id from unit) and s.fact in (${MEASURES.flatMap((m) => ('median' in m ? [`'${m.median}'`] : [])).join(', ')})
                 and s.occurred_at >= ($4::timestamp at time zone 'Asia/Shanghai') and s.occurred_at < ($5::timestamp at time zone 'Asia/Shanghai')
               group by 1) m) md using (period)`;
    // The whole periods inside [from, to): [wholeFrom, wholeTo); the days before and after them
    // are the edges (all of [from, to) when it lies inside one period), each read as an index range.
    const wholeFrom = `(case when date_trunc($3, $4::timestamp) = $4::timestamp then $4::timestamp else date_trunc($3, $4::timestamp) + $6::interval end)::date`;
    const wholeTo = `date_trunc($3, $5::timestamp)::date`;
    const rows = await this.view.run(scope, async (client) => {
      // The median sorts a district's resolutions of the range: in memory, not on disk.
      await client.query("select set_config('work_mem', '32MB', true)");
      return client.query<Record<string, string | null> & { period: string }>(
        `with unit as (${UNIT_COMMUNITIES}),
         parts as (
           select r.* from kpi_rollups r
           where r.tenant_id in (select community_id from unit) and r.period_kind = $3 and r.period_start >= ${wholeFrom} and r.period_start < ${wholeTo}
           union all
           select r.* from kpi_rollups r
           where r.tenant_id in (select community_id from unit) and r.period_kind = 'day' and r.period_start >= $4::date and r.period_start < least(${wholeFrom}, $5::date)
           union all
           select r.* from kpi_rollups r
           where r.tenant_id in (select community_id from unit) and r.period_kind = 'day' and r.period_start >= greatest(${wholeTo}, least(${wholeFrom}, $5::date)) and r.period_start < $5::date),
         summed as (
           select to_char(date_trunc($3, r.period_start::timestamp), '${LABEL[period]}') as period, sum(r.facts) as facts,
             ${ROLLUP_SUM_COLUMNS}
           from parts r group by 1)
         select summed.*${medians}
         from summed ${medianJoin}
         where summed.facts > 0
         order by summed.period`,
        [level, unitId, period, from, to, INTERVAL[period]],
      );
    });
    return rows.rows.map((row) => ({ period: row.period, kpis: measureValues(row) }));
  }

  /**
   * partyMembers.reportedIn, a stock at T: members reported in by T, counted once per member and
   * split by the mode of their latest report-in.
   */
  async reportedInAt(scope: TenantScope, level: KpiLevel, unitId: string, at: Date): Promise<Record<string, number>> {
    const rows = await this.view.run(scope, (client) =>
      client.query<{ mode: string; n: string }>(
        `select substring(fact from 'member.reportedIn.(.*)') as mode, count(*) as n from (
           select distinct on (tenant_id, record_id) tenant_id, record_id, fact from ${this.stockFacts}
           where tenant_id in (${UNIT_COMMUNITIES}) and fact like 'member.reportedIn.%' and occurred_at <= $3
           order by tenant_id, record_id, occurred_at desc) latest
         group by mode`,
        [level, unitId, at],
      ),
    );
    const byMode = Object.fromEntries(rows.rows.map((r) => [r.mode, Number(r.n)]));
    return {
      total: rows.rows.reduce((sum, r) => sum + Number(r.n), 0),
      resident: byMode.resident ?? 0,
      'in-service': byMode['in-service'] ?? 0,
      mobile: byMode.mobile ?? 0,
    };
  }

  /**
   * coverage.* stocks at T (domain.md §5): each coverage fact adds its amount (+1 / -1) at its
   * time; a ratio's denominator is the number of compounds registered by T. "Before T" (§5.1):
   * a service started at the period end itself counts in the next period.
   */
  async coverageAt(scope: TenantScope, level: KpiLevel, unitId: string, at: Date): Promise<Record<string, Ratio>> {
    const rows = await this.view.run(scope, (client) =>
      client.query<{ fact: string; n: string }>(
        `select fact, coalesce(sum(amount), 0) as n from ${this.stockFacts}
         where tenant_id in (${UNIT_COMMUNITIES}) and fact like 'coverage.%' and occurred_at < $3
         group by fact`,
        [level, unitId, at],
      ),
    );
    const stock = Object.fromEntries(rows.rows.map((r) => [r.fact, Number(r.n)]));
    const compounds = stock['coverage.compounds'] ?? 0;
    return Object.fromEntries(COVERAGE_KEYS.map((key) => [key, ratio(stock[key] ?? 0, compounds)]));
  }

  /** The STOCK_KEYS at T: the sum of their +1 / -1 facts up to T. */
  async stocksAt(scope: TenantScope, level: KpiLevel, unitId: string, at: Date): Promise<Record<string, number>> {
    const rows = await this.view.run(scope, (client) =>
      client.query<{ fact: string; n: string }>(
        `select fact, coalesce(sum(amount), 0) as n from ${this.stockFacts}
         where tenant_id in (${UNIT_COMMUNITIES}) and fact like 'stock.%' and occurred_at <= $3
         group by fact`,
        [level, unitId, at],
      ),
    );
    const stock = Object.fromEntries(rows.rows.map((r) => [r.fact.slice('stock.'.length), Number(r.n)]));
    return Object.fromEntries(STOCK_KEYS.map((key) => [key, stock[key] ?? 0]));
  }

  /** Each community of a district in a month and the month before: the figures 红黑榜 ranks on. */
  async communityMonths(scope: TenantScope, districtId: string, month: string): Promise<UnitMonth[]> {
    const rows = await this.view.run(scope, (client) =>
      client.query<{
        community_id: string;
        name: string;
        month: string | null;
        received: string;
        assessed: string;
        response_num: string;
        resolution_num: string;
        sat_num: string;
        sat_den: string;
      }>(
        `with months as (select ($2 || '-01')::timestamp as this_month, ($2 || '-01')::timestamp - interval '1 month' as last_month)
         select u.unit_id as community_id, u.name, to_char(date_trunc('month', f.occurred_at at time zone 'Asia/Shanghai'), 'YYYY-MM') as month,
           count(*) filter (where f.fact = 'request.raised') as received,
           count(*) filter (where f.fact = 'request.raised' and not f.excluded) as assessed,
           count(*) filter (where f.fact = 'request.raised' and not f.excluded and f.in_time) as response_num,
           count(*) filter (where f.fact = 'request.raised' and not f.excluded and f.resolved_now) as resolution_num,
           count(*) filter (where f.fact = 'request.rating' and not f.excluded and f.positive) as sat_num,
           count(*) filter (where f.fact = 'request.rating' and not f.excluded) as sat_den
         from directory_units u cross join months m
         left join record_facts f on f.tenant_id = u.unit_id
           and f.occurred_at >= (m.last_month at time zone 'Asia/Shanghai') and f.occurred_at < ((m.this_month + interval '1 month') at time zone 'Asia/Shanghai')
         where u.unit_kind = 'community' and u.district_id = $1
         group by u.unit_id, u.name, month`,
        [districtId, month],
      ),
    );
    const rate = (n: string, d: string) => (Number(d) === 0 ? null : Number(n) / Number(d));
    const figures = (r: (typeof rows.rows)[number]) => ({
      received: Number(r.received),
      responseRate: rate(r.response_num, r.assessed),
      resolutionRate: rate(r.resolution_num, r.assessed),
      satisfactionRate: rate(r.sat_num, r.sat_den),
    });
    const units = new Map<string, UnitMonth>();
    for (const r of rows.rows) {
      const unit = units.get(r.community_id) ?? {
        unitId: r.community_id,
        name: r.name,
        received: 0,
        responseRate: null,
        resolutionRate: null,
        satisfactionRate: null,
        previous: null,
      };
      units.set(
        r.community_id,
        r.month === month ? { ...unit, ...figures(r) } : r.month ? { ...unit, previous: figures(r) } : unit,
      );
    }
    return [...units.values()];
  }

  /**
   * Every KPI over [from, to) for each street of a district, or each community of a district or
   * street: the sortable table behind the dashboards. Ratios stay numerator/denominator pairs.
   */
  async unitTable(
    scope: TenantScope,
    parent: { level: 'district' | 'street'; unitId: string },
    rows: 'street' | 'community',
    from: string,
    to: string,
  ): Promise<UnitKpis[]> {
    const result = await this.view.run(scope, (client) =>
      client.query<Record<string, string | null> & { unit_id: string; name: string; street_id: string | null }>(
        `with placed as (
           select u.unit_id as community_id, u.name,
             (select p.street_id from community_placements p where p.community_id = u.unit_id order by p.global_position desc limit 1) as street_id
           from directory_units u
           where u.unit_kind = 'community' and u.unit_id in (${UNIT_COMMUNITIES})),
         units as (
           select community_id, case when $5 = 'street' then street_id else community_id end as unit_id,
             case when $5 = 'street' then coalesce(s.name, placed.street_id) else placed.name end as name,
             case when $5 = 'street' then null else placed.street_id end as street_id
           from placed left join directory_units s on s.unit_id = placed.street_id and s.unit_kind = 'street')
         select units.unit_id, min(units.name) as name, min(units.street_id) as street_id,
           ${MEASURE_COLUMNS}
         from units left join record_facts f on f.tenant_id = units.community_id
           and f.occurred_at >= ($3::timestamp at time zone 'Asia/Shanghai') and f.occurred_at < ($4::timestamp at time zone 'Asia/Shanghai')
         where units.unit_id is not null
         group by units.unit_id order by units.unit_id`,
        [parent.level, parent.unitId, from, to, rows],
      ),
    );
    return result.rows.map((row) => ({
      unitId: row.unit_id,
      name: row.name,
      streetId: row.street_id,
      kpis: measureValues(row),
    }));
  }

  /** The records behind a request figure of one period: which made the numerator and the denominator. */
  async explain(
    scope: TenantScope,
    level: KpiLevel,
    unitId: string,
    key: string,
    period: PeriodKind,
    periodStart: string,
    limit: number,
    after: string | null,
  ) {
    const fact = key.startsWith('requests.satisfaction')
      ? 'request.rating'
      : key === 'requests.resolved' || key === 'requests.medianHoursToResolve'
        ? 'request.resolved'
        : key.startsWith('disputes.') && key !== 'disputes.registered'
          ? 'dispute.closed'
          : key === 'disputes.registered'
            ? 'dispute.registered'
            : 'request.raised';
    const numerator: Record<string, string> = {
      'requests.resolutionRate': 'not coalesce(excluded, false) and resolved_now',
      'requests.responseRate': 'not coalesce(excluded, false) and in_time',
      'requests.satisfactionRate': 'not coalesce(excluded, false) and positive',
      'disputes.mediationSuccessRate': 'positive',
      'disputes.mediated': 'positive',
    };
    const rows = await this.view.run(scope, (client) =>
      client.query(
        `select tenant_id as "communityId", record_id as "recordId", fact, occurred_at as "occurredAt", resolved_now as "resolvedNow", in_time as "inTime",
                positive, coalesce(excluded, false) as excluded, amount, (${numerator[key] ?? 'true'}) as "inNumerator"
         from record_facts
         where tenant_id in (${UNIT_COMMUNITIES}) and fact = $3
           and date_trunc($4, occurred_at at time zone 'Asia/Shanghai') = date_trunc($4, $5::timestamp)
           and ($7::text is null or tenant_id || ':' || record_id > $7)
         order by tenant_id || ':' || record_id limit $6`,
        [level, unitId, fact, period, periodStart, limit, after],
      ),
    );
    const last = rows.rows.at(-1) as { communityId: string; recordId: string } | undefined;
    return {
      key,
      fact,
      records: rows.rows,
      next: rows.rows.length === limit && last ? `${last.communityId}:${last.recordId}` : null,
    };
  }
}

const INTERVAL: Record<PeriodKind, string> = {
  day: '1 day',
  week: '1 week',
  month: '1 month',
  quarter: '3 months',
  year: '1 year',
};

export interface OverdueStock {
  readonly period: string;
  /** T = min(period end, now). */
  readonly at: string;
  readonly overdue: number;
}

/**
 * requests.overdue (domain.md §5.1), a stock at T = min(period end, now): requests open at T whose
 * latest dispatch before T has a resolution deadline before T, summed from the +1/-1 overdue facts
 * (libs/projections/src/kpi/request-overdue.ts). One row per period of [from, to) begun by now.
 */
export async function overdueByPeriod(
  reader: KpiReader,
  scope: TenantScope,
  level: KpiLevel,
  unitId: string,
  period: PeriodKind,
  from: string,
  to: string,
  now: Date,
): Promise<OverdueStock[]> {
  return reader.query(scope, async (client) => {
    const rows = await client.query<{ period: string; at: Date; n: string }>(
      `with periods as (
         select to_char(s, '${LABEL[period]}') as period, least((s + $4::interval) at time zone 'Asia/Shanghai', $7::timestamptz) as t
         from generate_series(date_trunc($3, $5::timestamp), $6::timestamp - interval '1 microsecond', $4::interval) s
         where (s at time zone 'Asia/Shanghai') <= $7::timestamptz)
       select p.period, p.t as at, coalesce(sum(f.amount), 0) as n
       from periods p left join ${reader.stockFacts} f on f.tenant_id in (${UNIT_COMMUNITIES}) and f.fact = 'request.overdue' and f.occurred_at <= p.t
       group by p.period, p.t order by p.period`,
      [level, unitId, period, INTERVAL[period], from, to, now],
    );
    return rows.rows.map((r) => ({ period: r.period, at: r.at.toISOString(), overdue: Number(r.n) }));
  });
}

/** requests.overdue at one instant T (the stock of the response). */
export async function overdueAt(
  reader: KpiReader,
  scope: TenantScope,
  level: KpiLevel,
  unitId: string,
  at: Date,
): Promise<number> {
  return reader.query(scope, async (client) => {
    const rows = await client.query<{ n: string }>(
      `select coalesce(sum(amount), 0) as n from ${reader.stockFacts} where tenant_id in (${UNIT_COMMUNITIES}) and fact = 'request.overdue' and occurred_at <= $3`,
      [level, unitId, at],
    );
    return Number(rows.rows[0]?.n ?? 0);
  });
}

/**
 * The periods with requests.overdue added: a period that has no facts but an overdue stock is
 * listed too (its counts are zero), since a stock carries over quiet periods.
 */
export function withOverdue(
  periods: readonly PeriodKpis[],
  overdue: readonly OverdueStock[],
  empty: Record<string, number | Ratio | null>,
): PeriodKpis[] {
  const byPeriod = new Map(periods.map((p) => [p.period, p]));
  for (const o of overdue)
    if (o.overdue !== 0 && !byPeriod.has(o.period)) byPeriod.set(o.period, { period: o.period, kpis: empty });
  const stock = new Map(overdue.map((o) => [o.period, o.overdue]));
  return [...byPeriod.values()]
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map((p) => ({ period: p.period, kpis: { ...p.kpis, 'requests.overdue': stock.get(p.period) ?? 0 } }));
}

/** The measures of a period without facts, as the measure SQL gives them (counts 0, a median null). */
export async function emptyKpis(reader: KpiReader, scope: TenantScope): Promise<Record<string, number | Ratio | null>> {
  return reader.query(scope, async (client) =>
    measureValues(
      (await client.query<Record<string, string | null>>(`select ${MEASURE_COLUMNS} from record_facts where false`))
        .rows[0] ?? {},
    ),
  );
}

// For the as-of diff (kpi-diff.ts): the one definition of every measure and of a unit's communities.
export { MEASURES, MEASURE_COLUMNS, UNIT_COMMUNITIES, LABEL, measureValues };
