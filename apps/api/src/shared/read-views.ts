import { Inject, Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min, ValidateBy } from 'class-validator';
import type pg from 'pg';
import type { Environment } from '@tongxin/config';
import { CodedError, type Clock } from '@tongxin/kernel';
import { EARLIEST_AS_OF_MS } from '@tongxin/auth';
import { CLOCK, ENVIRONMENT, PG_POOL } from '@tongxin/platform';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** How far ahead of the server clock an `asOf` may be (the caller's clock may run fast). */
const AS_OF_SKEW_MS = 5 * 60_000;
/** Positions beyond the log's head by more than this were never handed out: such a `minPosition` is refused at once. */
export const MIN_POSITION_MARGIN = 1000;

/** asOf between 2000-01-01 and a few minutes from now: checked by the validation pipe, before any database work. */
function IsSaneAsOf(): PropertyDecorator {
  return ValidateBy({
    name: 'isSaneAsOf',
    validator: {
      validate: (value: unknown) => {
        const at = typeof value === 'string' ? new Date(value).getTime() : Number.NaN;
        return !Number.isNaN(at) && at >= EARLIEST_AS_OF_MS && at <= Date.now() + AS_OF_SKEW_MS;
      },
      defaultMessage: () => 'asOf 应在 2000-01-01 与当前时间之间 / asOf must lie between 2000-01-01 and now',
    },
  });
}

/** The projection whose checkpoint KPI and view responses report and read-your-writes waits for. */
export const VIEW_PROJECTION = 'kpi-facts';

/** `asOf` alone: reads straight from the event log (a record and its timeline as recorded then). */
export class AsOfQuery {
  @ApiPropertyOptional({
    description:
      '按当时记录查看：只计入记录时间不晚于该时刻的事件，区划亦取当时 / as recorded at this moment (events with recordedAt <= asOf, the hierarchy as it stood then)',
    example: '2026-11-30T16:00:00+08:00',
  })
  @IsOptional()
  @Matches(ISO_TIMESTAMP, {
    message:
      'asOf 应为带时区的 ISO 时间，如 2026-11-30T16:00:00+08:00 / asOf must be an ISO timestamp with a time zone',
  })
  @IsSaneAsOf()
  asOf?: string;
}

/** Query parameters every KPI and view query accepts. */
export class ViewQuery extends AsOfQuery {
  @ApiPropertyOptional({
    description:
      "读己之写：等待统计投影到达该位置（命令返回的 position）/ read your writes: wait until the KPI projection reaches this position (a command's `position`)",
    example: 1024,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'minPosition 应为正整数 / minPosition must be a positive integer' })
  @Min(1, { message: 'minPosition 应为正整数 / minPosition must be a positive integer' })
  @Max(Number.MAX_SAFE_INTEGER, { message: 'minPosition 超出范围 / minPosition is out of range' })
  minPosition?: number;
}

export interface OpenedView {
  /** null: live figures. */
  readonly asOf: Date | null;
  /** "Now" of the figures: asOf if given, else the server clock (domain.md §5.1). */
  readonly now: Date;
  readonly projectionPosition: number;
}

const invalidAsOf = (zh: string, en: string) =>
  new CodedError('VALIDATION_FAILED', 'invalid', `请求参数无效：asOf（${zh}）`, `Invalid request: asOf (${en})`, {
    field: 'asOf',
    fields: [{ field: 'asOf', messages: [`${zh} / ${en}`] }],
  });

/** Opens a KPI or view query: checks asOf, waits (bounded) for the projection to reach minPosition. */
@Injectable()
export class ReadViews {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ENVIRONMENT) private readonly environment: Environment,
  ) {}

  async open(query: ViewQuery): Promise<OpenedView> {
    const clockNow = this.clock.now();
    let asOf: Date | null = null;
    if (query.asOf !== undefined) {
      asOf = new Date(query.asOf);
      if (Number.isNaN(asOf.getTime())) throw invalidAsOf('不是有效的时间', 'not a valid time');
      if (asOf.getTime() > clockNow.getTime()) throw invalidAsOf('不能晚于当前时间', 'must not be in the future');
    }
    const projectionPosition = await this.awaitPosition(query.minPosition);
    return { asOf, now: asOf ?? clockNow, projectionPosition };
  }

  /**
   * A position the log never handed out (beyond its head plus a margin) is never reached: 400 at
   * once instead of waiting out the timeout. The head is the position sequence (reserved
   * positions included), readable without a tenant scope; with KurrentDB positions are its own.
   */
  private async assertHandedOut(minPosition: number): Promise<void> {
    if (this.environment.EVENT_STORE !== 'postgres') return;
    const head = await this.pool.query<{ head: string }>(
      'select case when is_called then last_value else 0 end as head from events_global_position_seq',
    );
    const logHead = Number(head.rows[0]?.head ?? 0);
    if (minPosition > logHead + MIN_POSITION_MARGIN)
      throw new CodedError(
        'VALIDATION_FAILED',
        'invalid',
        `请求参数无效：minPosition（${minPosition} 超出事件日志的位置 ${logHead}）`,
        `Invalid request: minPosition (${minPosition} is beyond the event log's head ${logHead})`,
        {
          field: 'minPosition',
          fields: [{ field: 'minPosition', messages: ['超出事件日志 / beyond the event log'] }],
          logHead,
        },
      );
  }

  async position(): Promise<number> {
    const checkpoint = await this.pool.query<{ position: string }>(
      'select position from projection_checkpoints where projection = $1',
      [VIEW_PROJECTION],
    );
    return Number(checkpoint.rows[0]?.position ?? 0);
  }

  /** Read-your-writes: polls the checkpoint until it reaches `minPosition`, at most READ_YOUR_WRITES_TIMEOUT_MS, else 503. */
  private async awaitPosition(minPosition: number | undefined): Promise<number> {
    if (minPosition !== undefined) await this.assertHandedOut(minPosition);
    const deadline = Date.now() + this.environment.READ_YOUR_WRITES_TIMEOUT_MS;
    for (;;) {
      const position = await this.position();
      if (minPosition === undefined || position >= minPosition) return position;
      if (Date.now() >= deadline) {
        throw new CodedError(
          'PROJECTION_LAGGING',
          'unavailable',
          `统计数据尚未更新到位置 ${minPosition}（当前 ${position}），请稍后重试`,
          `The KPI projection has not reached position ${minPosition} yet (it is at ${position}); retry shortly`,
          { field: 'minPosition', projection: VIEW_PROJECTION, minPosition, projectionPosition: position },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
