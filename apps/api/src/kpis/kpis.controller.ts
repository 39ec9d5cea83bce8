import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type pg from 'pg';
import { districtRanking } from '@tongxin/application';
import { Access, onCommunity, onDistrict, onStreet, type Role } from '@tongxin/auth';
import { CodedError } from '@tongxin/kernel';
import { EVENT_STORE, PG_POOL } from '@tongxin/platform';
import type { EventStore } from '@tongxin/event-store';
import { REGISTRY_STREAM, shanghaiDate } from '@tongxin/domain';
import {
  DIFFABLE_KEYS,
  emptyKpis,
  KPI_DEFINITION_VERSION,
  KpiReader,
  kpiDiff,
  overdueAt,
  overdueByPeriod,
  withOverdue,
  type KpiLevel,
  type PeriodKind,
} from '@tongxin/read-store';
import { currentTenantContext, toTenantId } from '@tongxin/tenancy';
import { kpiReportRows, toCsv, toXlsx } from './kpi-export.js';
import { ReadViews, ViewQuery } from '../shared/read-views.js';

const PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class KpiQuery extends ViewQuery {
  @IsIn(PERIODS, { message: 'period 应为 day/week/month/quarter/year' })
  period: PeriodKind = 'month';

  @IsOptional()
  @Matches(DATE, { message: 'from 应为 YYYY-MM-DD（上海时间，含） / from must be YYYY-MM-DD' })
  from?: string;

  @IsOptional()
  @Matches(DATE, { message: 'to 应为 YYYY-MM-DD（上海时间，不含） / to must be YYYY-MM-DD' })
  to?: string;
}

export class UnitTableQuery extends ViewQuery {
  @IsOptional()
  @IsIn(['street', 'community'], { message: 'rows 应为 street 或 community / rows must be street or community' })
  rows: 'street' | 'community' = 'community';

  @Matches(DATE, { message: 'from 应为 YYYY-MM-DD（上海时间，含） / from must be YYYY-MM-DD' })
  from!: string;

  @Matches(DATE, { message: 'to 应为 YYYY-MM-DD（上海时间，不含） / to must be YYYY-MM-DD' })
  to!: string;
}

export class UnitExportQuery extends UnitTableQuery {
  @IsIn(['csv', 'xlsx'], { message: 'format 应为 csv 或 xlsx / format must be csv or xlsx' })
  format!: 'csv' | 'xlsx';
}

export class RankingQuery extends ViewQuery {
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month 应为 YYYY-MM / month must be YYYY-MM' })
  month!: string;
}

export class ExplainQuery extends ViewQuery {
  @IsIn(
    [
      'requests.received',
      'requests.resolved',
      'requests.resolutionRate',
      'requests.responseRate',
      'requests.satisfactionRate',
      'requests.medianHoursToResolve',
      'disputes.registered',
      'disputes.mediated',
      'disputes.mediationSuccessRate',
    ],
    {
      message: 'key 不是可解释的指标 / key is not an explainable KPI',
    },
  )
  key!: string;

  @IsIn(PERIODS, { message: 'period 应为 day/week/month/quarter/year' })
  period: PeriodKind = 'month';

  @Matches(DATE, { message: 'at 应为该周期内的日期 YYYY-MM-DD / at must be a date in the period' })
  at!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @IsOptional()
  @Matches(/^[a-z0-9:_-]{3,200}$/, { message: 'after 无效 / after is invalid' })
  after?: string;
}

export class DiffQuery {
  @IsIn(DIFFABLE_KEYS, { message: 'key 不是可比对的指标 / key is not a KPI that can be compared' })
  key!: string;

  @IsIn(PERIODS, { message: 'period 应为 day/week/month/quarter/year' })
  period: PeriodKind = 'month';

  @Matches(DATE, { message: 'at 应为该周期内的日期 YYYY-MM-DD / at must be a date in the period' })
  at!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'asOf 应为带时区的 ISO 时间 / asOf must be an ISO timestamp with a time zone',
  })
  asOf!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER, { message: 'minPosition 超出范围 / minPosition is out of range' })
  minPosition?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER, { message: 'after 超出范围 / after is out of range' })
  after?: number;
}

/** The Shanghai calendar period holding a date: [from, to) as YYYY-MM-DD. */
export function periodAround(period: PeriodKind, date: string): { from: string; to: string } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = (year: number, month: number, dayOfMonth: number) =>
    new Date(Date.UTC(year, month - 1, dayOfMonth)).toISOString().slice(0, 10);
  switch (period) {
    case 'day':
      return { from: day(y, m, d), to: day(y, m, d + 1) };
    case 'week': {
      const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday 0
      return { from: day(y, m, d - weekday), to: day(y, m, d - weekday + 7) };
    }
    case 'month':
      return { from: day(y, m, 1), to: day(y, m + 1, 1) };
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: day(y, first, 1), to: day(y, first + 3, 1) };
    }
    case 'year':
      return { from: day(y, 1, 1), to: day(y + 1, 1, 1) };
  }
}

const DISTRICT_READERS: Role[] = ['district-committee', 'auditor'];
const STREET_READERS: Role[] = ['street-office', ...DISTRICT_READERS];
const COMMUNITY_READERS: Role[] = ['community-admin', 'community-staff', ...STREET_READERS];

/** KPIs by level, unit and Shanghai calendar period, each ratio with its numerator and denominator; and the records behind a figure. */
@ApiTags('指标')
@Controller('api/v1')
export class KpisController {
  private readonly reader: KpiReader;

  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ReadViews) private readonly views: ReadViews,
  ) {
    this.reader = new KpiReader(pool);
  }

  private async figures(level: KpiLevel, unitId: string, query: KpiQuery) {
    const view = await this.views.open(query);
    const { now } = view;
    // Default range: the year up to and including today (Shanghai).
    const to = query.to ?? shanghaiDate(new Date(now.getTime() + 24 * 3600_000));
    const from = query.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    if (from >= to)
      throw new CodedError('VALIDATION_FAILED', 'invalid', 'from 须早于 to', 'from must be before to', {
        field: 'from',
      });
    // Stocks are taken at the end of the range, or now if that is earlier.
    const stockAt = new Date(Math.min(Date.parse(`${to}T00:00:00+08:00`), now.getTime()));
    const scope = currentTenantContext().scope;
    const reader = this.reader.at(view.asOf);
    const [periods, overdue, reportedIn, coverage, stocks, overdueStock, empty] = await Promise.all([
      reader.kpis(scope, level, unitId, query.period, from, to),
      overdueByPeriod(reader, scope, level, unitId, query.period, from, to, now),
      reader.reportedInAt(scope, level, unitId, stockAt),
      reader.coverageAt(scope, level, unitId, stockAt),
      reader.stocksAt(scope, level, unitId, stockAt),
      overdueAt(reader, scope, level, unitId, stockAt),
      emptyKpis(this.reader, scope), // no rows read: the live view will do
    ]);
    return {
      level,
      unitId,
      period: query.period,
      from,
      to,
      timeZone: 'Asia/Shanghai',
      definitionVersion: KPI_DEFINITION_VERSION,
      projectionPosition: view.projectionPosition,
      asOf: view.asOf?.toISOString() ?? null,
      periods: withOverdue(periods, overdue, empty),
      stocks: {
        at: stockAt.toISOString(),
        'partyMembers.reportedIn': reportedIn,
        ...coverage,
        ...stocks,
        'requests.overdue': overdueStock,
      },
    };
  }

  private async explain(level: KpiLevel, unitId: string, query: ExplainQuery) {
    const view = await this.views.open(query);
    const result = await this.reader
      .at(view.asOf)
      .explain(
        currentTenantContext().scope,
        level,
        unitId,
        query.key,
        query.period,
        query.at,
        query.limit ?? 100,
        query.after ?? null,
      );
    return { ...result, asOf: view.asOf?.toISOString() ?? null, projectionPosition: view.projectionPosition };
  }

  private async diff(level: KpiLevel, unitId: string, query: DiffQuery) {
    const view = await this.views.open(query);
    const asOf = view.asOf as Date;
    const { from, to } = periodAround(query.period, query.at);
    const diff = await kpiDiff(this.pool, currentTenantContext().scope, {
      level,
      unitId,
      key: query.key,
      period: query.period,
      from,
      to,
      asOf,
      limit: query.limit ?? 100,
      after: query.after ?? null,
    });
    return { ...diff, definitionVersion: KPI_DEFINITION_VERSION, projectionPosition: view.projectionPosition };
  }

  @Get('districts/:districtId/kpis')
  @Access(DISTRICT_READERS, onDistrict())
  district(@Param('districtId') id: string, @Query() query: KpiQuery) {
    return this.figures('district', id, query);
  }

  @Get('streets/:streetId/kpis')
  @Access(STREET_READERS, onStreet())
  street(@Param('streetId') id: string, @Query() query: KpiQuery) {
    return this.figures('street', id, query);
  }

  @Get('communities/:communityId/kpis')
  @Access(COMMUNITY_READERS, onCommunity())
  community(@Param('communityId') id: string, @Query() query: KpiQuery) {
    return this.figures('community', id, query);
  }

  private async unitTable(
    parent: { level: 'district' | 'street'; unitId: string },
    rows: 'street' | 'community',
    query: UnitTableQuery,
  ) {
    if (query.from >= query.to)
      throw new CodedError('VALIDATION_FAILED', 'invalid', 'from 须早于 to', 'from must be before to', {
        field: 'from',
      });
    const view = await this.views.open(query);
    const units = await this.reader
      .at(view.asOf)
      .unitTable(currentTenantContext().scope, parent, rows, query.from, query.to);
    return {
      ...parent,
      rows,
      from: query.from,
      to: query.to,
      timeZone: 'Asia/Shanghai',
      definitionVersion: KPI_DEFINITION_VERSION,
      projectionPosition: view.projectionPosition,
      asOf: view.asOf?.toISOString() ?? null,
      units,
    };
  }

  /** Every KPI of each street or community of a district over [from, to): the sortable table of the district dashboard. */
  @Get('districts/:districtId/kpis/units')
  @Access(DISTRICT_READERS, onDistrict())
  districtUnits(@Param('districtId') id: string, @Query() query: UnitTableQuery) {
    return this.unitTable({ level: 'district', unitId: id }, query.rows, query);
  }

  /** The same table as a file for district meetings (Chinese headers), exactly the dashboard's filters. */
  @Get('districts/:districtId/kpis/units/export')
  @Access(DISTRICT_READERS, onDistrict())
  async districtUnitsExport(
    @Param('districtId') id: string,
    @Query() query: UnitExportQuery,
    @Res() response: Response,
  ) {
    await this.sendReport(response, await this.unitTable({ level: 'district', unitId: id }, query.rows, query), query);
  }

  @Get('streets/:streetId/kpis/units/export')
  @Access(STREET_READERS, onStreet())
  async streetUnitsExport(@Param('streetId') id: string, @Query() query: UnitExportQuery, @Res() response: Response) {
    await this.sendReport(response, await this.unitTable({ level: 'street', unitId: id }, 'community', query), query);
  }

  private async sendReport(
    response: Response,
    table: Awaited<ReturnType<KpisController['unitTable']>>,
    query: UnitExportQuery,
  ) {
    const unitLabel = table.rows === 'street' ? '街道' : '社区';
    const rows = kpiReportRows(table.units, unitLabel);
    const caption = `${table.unitId} ${unitLabel}指标 ${query.from} 至 ${query.to}（上海时间，不含结束日） 指标口径 v${table.definitionVersion} 投影位置 ${table.projectionPosition}`;
    const file = `${table.unitId}-${table.rows}-kpis-${query.from}_${query.to}.${query.format}`;
    const body = query.format === 'csv' ? toCsv(rows) : await toXlsx(rows, `${unitLabel}指标`, caption);
    response
      .status(200)
      .setHeader(
        'Content-Type',
        query.format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      .setHeader('Content-Disposition', `attachment; filename="${file}"`)
      .send(body);
  }

  /** Every KPI of each community of a street over [from, to). */
  @Get('streets/:streetId/kpis/units')
  @Access(STREET_READERS, onStreet())
  streetUnits(@Param('streetId') id: string, @Query() query: UnitTableQuery) {
    return this.unitTable({ level: 'street', unitId: id }, 'community', query);
  }

  /** 红黑榜 of the district's communities for a month, with the district's own policy. */
  @Get('districts/:districtId/rankings')
  @Access(DISTRICT_READERS, onDistrict())
  async rankings(@Param('districtId') id: string, @Query() query: RankingQuery) {
    const view = await this.views.open(query);
    const ranking = await districtRanking(
      this.store,
      this.reader.at(view.asOf),
      currentTenantContext().scope,
      id,
      query.month,
      view.asOf,
    );
    return {
      districtId: id,
      month: query.month,
      level: 'community',
      definitionVersion: KPI_DEFINITION_VERSION,
      projectionPosition: view.projectionPosition,
      asOf: view.asOf?.toISOString() ?? null,
      ...ranking,
    };
  }

  /** The ranking as published at month end (frozen); 404 until the worker published that month. */
  @Get('districts/:districtId/rankings/published')
  @Access(DISTRICT_READERS, onDistrict())
  async published(@Param('districtId') id: string, @Query() query: RankingQuery) {
    const view = await this.views.open(query);
    const registry = await this.store.readStream(currentTenantContext().scope, toTenantId(id), REGISTRY_STREAM);
    const event = registry.find(
      (e) =>
        e.type === 'RankingPublished' &&
        (e.data as { month: string }).month === query.month &&
        (!view.asOf || Date.parse(e.recordedAt) <= view.asOf.getTime()),
    );
    if (!event)
      throw new CodedError(
        'RANKING_NOT_PUBLISHED',
        'not-found',
        `${query.month} 红黑榜尚未发布`,
        `The ranking of ${query.month} is not published`,
      );
    return {
      districtId: id,
      month: query.month,
      publishedAt: event.recordedAt,
      position: event.globalPosition,
      ...(event.data as { ranking: object }).ranking,
    };
  }

  @Get('districts/:districtId/kpis/explain')
  @Access(DISTRICT_READERS, onDistrict())
  explainDistrict(@Param('districtId') id: string, @Query() query: ExplainQuery) {
    return this.explain('district', id, query);
  }

  @Get('streets/:streetId/kpis/explain')
  @Access(STREET_READERS, onStreet())
  explainStreet(@Param('streetId') id: string, @Query() query: ExplainQuery) {
    return this.explain('street', id, query);
  }

  @Get('communities/:communityId/kpis/explain')
  @Access(COMMUNITY_READERS, onCommunity())
  explainCommunity(@Param('communityId') id: string, @Query() query: ExplainQuery) {
    return this.explain('community', id, query);
  }

  /** A figure as recorded at asOf beside today's restated figure, and the events recorded since that changed it. */
  @Get('districts/:districtId/kpis/diff')
  @Access(DISTRICT_READERS, onDistrict())
  diffDistrict(@Param('districtId') id: string, @Query() query: DiffQuery) {
    return this.diff('district', id, query);
  }

  @Get('streets/:streetId/kpis/diff')
  @Access(STREET_READERS, onStreet())
  diffStreet(@Param('streetId') id: string, @Query() query: DiffQuery) {
    return this.diff('street', id, query);
  }

  @Get('communities/:communityId/kpis/diff')
  @Access(COMMUNITY_READERS, onCommunity())
  diffCommunity(@Param('communityId') id: string, @Query() query: DiffQuery) {
    return this.diff('community', id, query);
  }
}
