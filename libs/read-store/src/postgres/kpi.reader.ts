import type pg from 'pg';
import { inScopedTransaction } from '@tongxin/event-store';
import type { UnitMonth } from '@tongxin/projections';
import type { TenantScope } from '@tongxin/tenancy';

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

export interface PeriodKpis {
  readonly period: string;
  readonly kpis: Record<string, number | Ratio | null>;
}

const LABEL: Record<PeriodKind, string> = { day: 'YYYY-MM-DD', week: 'IYYY-"W"IW', month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' };

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

interface Row {
  period: string;
  received: string;
  excluded: string;
  resolved: string;
  resolution_num: string;
  assessed: string;
  response_num: string;
  satisfaction_num: string;
  satisfaction_den: string;
  median_hours: string | null;
  disputes_registered: string;
  disputes_mediated: string;
  disputes_closed: string;
  wishes_posted: string;
  wishes_claimed: string;
  wishes_fulfilled: string;
  hazards_reported: string;
  hazards_eliminated: string;
  commitments_made: string;
  commitments_fulfilled: string;
  volunteer_services: string;
  volunteer_hours: string;
  welfare_applications: string;
  welfare_granted: string;
  proposals_raised: string;
  proposals_decided: string;
  proposals_implemented: string;
  disclosures_published: string;
  meetings_held: string;
}

/**
 * KPIs of domain.md §5 counted from record facts, by Asia/Shanghai calendar periods of
 * occurredAt (start inclusive, end exclusive; ISO weeks). Requests excluded from assessment
 * (核减) count in requests.received and requests.resolved but not in the three assessment
 * rates; their number is reported as requests.excluded, so the exclusion is never silent.
 */
export class KpiReader {
  constructor(private readonly pool: pg.Pool) {}

  async kpis(scope: TenantScope, level: KpiLevel, unitId: string, period: PeriodKind, from: string, to: string): Promise<PeriodKpis[]> {
    const rows = await inScopedTransaction(this.pool, scope, (client) =>
      client.query<Row>(
        `with f as (
           select f.*, to_char(date_trunc($3, f.occurred_at at time zone 'Asia/Shanghai'), '${LABEL[period]}') as period
           from record_facts f
           where f.tenant_id in (${UNIT_COMMUNITIES})
             and f.occurred_at >= ($4::timestamp at time zone 'Asia/Shanghai') and f.occurred_at < ($5::timestamp at time zone 'Asia/Shanghai'))
         select period,
           count(*) filter (where fact = 'request.raised') as received,
           count(*) filter (where fact = 'request.raised' and excluded) as excluded,
           count(*) filter (where fact = 'request.resolved') as resolved,
           count(*) filter (where fact = 'request.raised' and not excluded and resolved_now) as resolution_num,
           count(*) filter (where fact = 'request.raised' and not excluded) as assessed,
           count(*) filter (where fact = 'request.raised' and not excluded and in_time) as response_num,
           count(*) filter (where fact = 'request.rating' and not excluded and positive) as satisfaction_num,
           count(*) filter (where fact = 'request.rating' and not excluded) as satisfaction_den,
           percentile_cont(0.5) within group (order by amount) filter (where fact = 'request.resolved') as median_hours,
           count(*) filter (where fact = 'dispute.registered') as disputes_registered,
           count(*) filter (where fact = 'dispute.closed' and positive) as disputes_mediated,
           count(*) filter (where fact = 'dispute.closed') as disputes_closed,
           count(*) filter (where fact = 'wish.posted') as wishes_posted,
           count(*) filter (where fact = 'wish.claimed') as wishes_claimed,
           count(*) filter (where fact = 'wish.fulfilled') as wishes_fulfilled,
           count(*) filter (where fact = 'hazard.reported') as hazards_reported,
           count(*) filter (where fact = 'hazard.eliminated') as hazards_eliminated,
           count(*) filter (where fact = 'commitment.made') as commitments_made,
           count(*) filter (where fact = 'commitment.fulfilled') as commitments_fulfilled,
           count(*) filter (where fact = 'volunteer.service') as volunteer_services,
           coalesce(sum(amount) filter (where fact = 'volunteer.service'), 0) as volunteer_hours,
           count(*) filter (where fact = 'welfare.application') as welfare_applications,
           count(*) filter (where fact = 'welfare.granted') as welfare_granted,
           count(*) filter (where fact = 'proposal.raised') as proposals_raised,
           count(*) filter (where fact = 'proposal.decided') as proposals_decided,
           count(*) filter (where fact = 'proposal.implemented') as proposals_implemented,
           count(*) filter (where fact = 'disclosure.published') as disclosures_published,
           count(*) filter (where fact = 'meeting.held') as meetings_held
         from f group by period order by period`,
        [level, unitId, period, from, to],
      ),
    );
    return rows.rows.map((r) => ({
      period: r.period,
      kpis: {
        'requests.received': Number(r.received),
        'requests.excluded': Number(r.excluded),
        'requests.resolved': Number(r.resolved),
        'requests.resolutionRate': ratio(r.resolution_num, r.assessed),
        'requests.responseRate': ratio(r.response_num, r.assessed),
        'requests.satisfactionRate': ratio(r.satisfaction_num, r.satisfaction_den),
        'requests.medianHoursToResolve': r.median_hours === null ? null : Math.round(Number(r.median_hours) * 100) / 100,
        'disputes.registered': Number(r.disputes_registered),
        'disputes.mediated': Number(r.disputes_mediated),
        'disputes.mediationSuccessRate': ratio(r.disputes_mediated, r.disputes_closed),
        'wishes.posted': Number(r.wishes_posted),
        'wishes.claimed': Number(r.wishes_claimed),
        'wishes.fulfilled': Number(r.wishes_fulfilled),
        'hazards.reported': Number(r.hazards_reported),
        'hazards.eliminated': Number(r.hazards_eliminated),
        'commitments.made': Number(r.commitments_made),
        'commitments.fulfilled': Number(r.commitments_fulfilled),
        'volunteer.services': Number(r.volunteer_services),
        'volunteer.hours': Number(r.volunteer_hours),
        'welfare.applications': Number(r.welfare_applications),
        'welfare.granted': Number(r.welfare_granted),
        'proposals.raised': Number(r.proposals_raised),
        'proposals.decided': Number(r.proposals_decided),
        'proposals.implemented': Number(r.proposals_implemented),
        'disclosures.published': Number(r.disclosures_published),
        'meetings.held': Number(r.meetings_held),
      },
    }));
  }

  /**
   * partyMembers.reportedIn, a stock at T: members reported in by T, counted once per member and
   * split by the mode of their latest report-in.
   */
  async reportedInAt(scope: TenantScope, level: KpiLevel, unitId: string, at: Date): Promise<Record<string, number>> {
    const rows = await inScopedTransaction(this.pool, scope, (client) =>
      client.query<{ mode: string; n: string }>(
        `select substring(fact from 'member.reportedIn.(.*)') as mode, count(*) as n from (
           select distinct on (tenant_id, record_id) tenant_id, record_id, fact from record_facts
           where tenant_id in (${UNIT_COMMUNITIES}) and fact like 'member.reportedIn.%' and occurred_at <= $3
           order by tenant_id, record_id, occurred_at desc) latest
         group by mode`,
        [level, unitId, at],
      ),
    );
    const byMode = Object.fromEntries(rows.rows.map((r) => [r.mode, Number(r.n)]));
    return { total: rows.rows.reduce((sum, r) => sum + Number(r.n), 0), resident: byMode.resident ?? 0, 'in-service': byMode['in-service'] ?? 0, mobile: byMode.mobile ?? 0 };
  }

  /** Each community of a district in a month and the month before: the figures 红黑榜 ranks on. */
  async communityMonths(scope: TenantScope, districtId: string, month: string): Promise<UnitMonth[]> {
    const rows = await inScopedTransaction(this.pool, scope, (client) =>
      client.query<{ community_id: string; name: string; month: string | null; received: string; assessed: string; response_num: string; resolution_num: string; sat_num: string; sat_den: string }>(
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
      const unit = units.get(r.community_id) ?? { unitId: r.community_id, name: r.name, received: 0, responseRate: null, resolutionRate: null, satisfactionRate: null, previous: null };
      units.set(r.community_id, r.month === month ? { ...unit, ...figures(r) } : r.month ? { ...unit, previous: figures(r) } : unit);
    }
    return [...units.values()];
  }

  /** The records behind a request figure of one period: which made the numerator and the denominator. */
  async explain(scope: TenantScope, level: KpiLevel, unitId: string, key: string, period: PeriodKind, periodStart: string, limit: number, after: string | null) {
    const fact = key.startsWith('requests.satisfaction') ? 'request.rating' : key === 'requests.resolved' || key === 'requests.medianHoursToResolve' ? 'request.resolved' : key.startsWith('disputes.') && key !== 'disputes.registered' ? 'dispute.closed' : key === 'disputes.registered' ? 'dispute.registered' : 'request.raised';
    const numerator: Record<string, string> = {
      'requests.resolutionRate': 'not coalesce(excluded, false) and resolved_now',
      'requests.responseRate': 'not coalesce(excluded, false) and in_time',
      'requests.satisfactionRate': 'not coalesce(excluded, false) and positive',
      'disputes.mediationSuccessRate': 'positive',
      'disputes.mediated': 'positive',
    };
    const rows = await inScopedTransaction(this.pool, scope, (client) =>
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
    return { key, fact, records: rows.rows, next: rows.rows.length === limit && last ? `${last.communityId}:${last.recordId}` : null };
  }
}
