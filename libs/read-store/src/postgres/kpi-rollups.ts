import type { Migration } from '@tongxin/event-store';
import { MEASURES, type Measure } from './kpi-measures.js';

/**
 * KPI rollups (issue 6 item 2): for each community (tenant), Shanghai calendar period kind and
 * period, the numerator and denominator of every decomposable measure of MEASURES (counts,
 * ratios, sums) and the number of facts. Kept by both KPI-facts writers in the transaction that
 * writes record_facts, by adding each touched record's new facts and subtracting its old ones,
 * so at every commit a row equals the aggregation of record_facts over its period. A live
 * period query sums them at the level asked: every ratio stays a ratio of sums.
 *
 * Day rows are kept too, so a range that does not start or end on a period boundary (the
 * default "year up to today") sums the whole periods inside it and the days at its edges.
 *
 * Medians are not decomposable: they stay computed from record_facts, over the rows of their
 * fact only. The stock facts (coverage, stock.*, report-ins, overdue) are copied into
 * kpi_stock_facts — a small table with the columns of record_facts — so the live stock reads
 * do not scan every fact of a district up to T.
 */
export const PERIOD_KINDS = ['day', 'week', 'month', 'quarter', 'year'] as const;

export const KPI_ROLLUPS_TABLE = 'kpi_rollups';
export const STOCK_FACTS_TABLE = 'kpi_stock_facts';

/** The facts kpi_stock_facts holds: those the stocks at T are summed from (kpi.reader.ts stocks, coverage, report-ins, overdue). */
export const STOCK_FACT_CONDITION =
  "(fact = 'request.overdue' or fact like 'coverage.%' or fact like 'stock.%' or fact like 'member.reportedIn.%')";

const snake = (key: string) => key.replace(/\./g, '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

interface RollupColumn {
  readonly name: string;
  readonly type: 'bigint' | 'numeric';
  /** A fact's contribution (the fact's columns unqualified). */
  readonly contribution: string;
  /** Which output column of the measure SQL (m<i> or d<i>) it sums into. */
  readonly alias: string;
}

const one = (condition: string) => `case when ${condition} then 1 else 0 end`;

function columnsOf(m: Measure, i: number): RollupColumn[] {
  if ('count' in m) return [{ name: snake(m.key), type: 'bigint', contribution: one(m.count), alias: `m${i}` }];
  if ('ratio' in m) {
    return [
      { name: `${snake(m.key)}_num`, type: 'bigint', contribution: one(m.ratio[0]), alias: `m${i}` },
      { name: `${snake(m.key)}_den`, type: 'bigint', contribution: one(m.ratio[1]), alias: `d${i}` },
    ];
  }
  if ('sum' in m)
    return [
      {
        name: snake(m.key),
        type: 'numeric',
        contribution: `case when ${m.sum} then coalesce(amount, 0) else 0 end`,
        alias: `m${i}`,
      },
    ];
  return [];
}

/** One column per decomposable measure numerator / denominator, generated from MEASURES. */
export const ROLLUP_COLUMNS: readonly RollupColumn[] = MEASURES.flatMap(columnsOf);
const ALL = [{ name: 'facts', type: 'bigint', contribution: '1', alias: 'facts' } as RollupColumn, ...ROLLUP_COLUMNS];

/** The summed rollup columns under the aliases the measure SQL uses (m<i>, d<i>), for `measureValues`. */
export const ROLLUP_SUM_COLUMNS = ROLLUP_COLUMNS.map((c) => `sum(r.${c.name}) as ${c.alias}`).join(',\n           ');

/** The median measures over the facts `s` (record_facts), under their aliases. */
export const LIVE_MEDIAN_COLUMNS = MEASURES.flatMap((m, i) =>
  'median' in m
    ? [`percentile_cont(0.5) within group (order by s.amount) filter (where s.fact = '${m.median}') as m${i}`]
    : [],
);

const KINDS = `unnest(array[${PERIOD_KINDS.map((k) => `'${k}'`).join(', ')}]) as k(kind)`;

/**
 * Adds to kpi_rollups the contribution of the rows of `delta` (columns of record_facts and
 * `sign`: +1 for a fact written, -1 for one removed); rows whose delta is all zero (a record
 * recomputed to the same facts) are not touched. Returns the rows written with their fact count,
 * so the caller can drop those left empty.
 */
export function rollupUpsert(delta: string): string {
  const sums = ALL.map((c) => `sum(d.sign * (${c.contribution})) as ${c.name}`).join(', ');
  return `insert into ${KPI_ROLLUPS_TABLE} as r (tenant_id, period_kind, period_start, ${ALL.map((c) => c.name).join(', ')})
    select * from (
      select d.tenant_id, k.kind, date_trunc(k.kind, d.occurred_at at time zone 'Asia/Shanghai')::date as period_start, ${sums}
      from ${delta} d cross join ${KINDS}
      group by 1, 2, 3) t
    where ${ALL.map((c) => `t.${c.name} <> 0`).join(' or ')}
    order by 1, 2, 3
    on conflict (tenant_id, period_kind, period_start) do update set ${ALL.map((c) => `${c.name} = r.${c.name} + excluded.${c.name}`).join(', ')}
    returning r.tenant_id, r.period_kind, r.period_start::text as period_start, r.facts`;
}

/** Drops the rollup rows a write left without facts (every column is then 0). */
export const DROP_EMPTY_ROLLUPS = `delete from ${KPI_ROLLUPS_TABLE} r using unnest($1::text[], $2::text[], $3::date[]) as k(tenant_id, period_kind, period_start)
  where r.tenant_id = k.tenant_id and r.period_kind = k.period_kind and r.period_start = k.period_start and r.facts = 0`;

export function emptyRollupKeys(
  rows: readonly { tenant_id: string; period_kind: string; period_start: unknown; facts: string | number }[],
): [string[], string[], unknown[]] | null {
  const empty = rows.filter((r) => Number(r.facts) === 0);
  return empty.length === 0
    ? null
    : [empty.map((r) => r.tenant_id), empty.map((r) => r.period_kind), empty.map((r) => r.period_start)];
}

/**
 * The migration: both tables with tenant isolation, registered for kpi-facts rebuilds (the
 * blue/green copies include them), backfilled from record_facts. A measure added to MEASURES
 * later needs a migration adding its column(s) (`add column if not exists`) and refilling
 * kpi_rollups; kpi-rollups.int-spec.ts fails until the table has every column of ROLLUP_COLUMNS.
 */
export function kpiRollupsMigration(id: string, tenantIsolationPolicy: (table: string) => string): Migration {
  return {
    id,
    sql: `
select set_config('tongxin.all_tenants', 'on', true);
create table ${KPI_ROLLUPS_TABLE} (
  tenant_id     text not null,
  period_kind   text not null check (period_kind in (${PERIOD_KINDS.map((k) => `'${k}'`).join(', ')})),
  period_start  date not null,
  ${ALL.map((c) => `${c.name} ${c.type} not null default 0`).join(',\n  ')},
  primary key (tenant_id, period_kind, period_start)
);
with delta as (select f.*, 1 as sign from record_facts f)
${rollupUpsert('delta').replace(/returning[\s\S]*$/, '')};
${tenantIsolationPolicy(KPI_ROLLUPS_TABLE)}

create table ${STOCK_FACTS_TABLE} (like record_facts);
insert into ${STOCK_FACTS_TABLE} select * from record_facts where ${STOCK_FACT_CONDITION};
create index ${STOCK_FACTS_TABLE}_record_idx on ${STOCK_FACTS_TABLE} (tenant_id, record_kind, record_id);
create index ${STOCK_FACTS_TABLE}_fact_idx on ${STOCK_FACTS_TABLE} (tenant_id, fact, occurred_at) include (amount);
${tenantIsolationPolicy(STOCK_FACTS_TABLE)}

insert into projection_tables (projection, table_name) values ('kpi-facts', '${KPI_ROLLUPS_TABLE}'), ('kpi-facts', '${STOCK_FACTS_TABLE}');

-- The medians stay computed from record_facts: the time index (same name, same keys) carries the
-- fact and the amount, so a median over a district's year is an index-only scan.
drop index record_facts_time_idx;
create index record_facts_time_idx on record_facts (tenant_id, occurred_at) include (fact, amount);`,
  };
}
