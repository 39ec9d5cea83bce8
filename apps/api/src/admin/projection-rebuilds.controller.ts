import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Injectable,
  Logger,
  Param,
  Post,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { IsBoolean, IsOptional } from 'class-validator';
import type pg from 'pg';
import { Access, CurrentPrincipal, onPlatform, type Principal } from '@tongxin/auth';
import type { EventStore } from '@tongxin/event-store';
import { CodedError, type Clock } from '@tongxin/kernel';
import { CLOCK, EVENT_STORE, PG_POOL } from '@tongxin/platform';
import { ProjectionRebuilder, type RebuildProgress } from '@tongxin/read-store';

export class StartRebuildDto {
  @ApiProperty({
    required: false,
    example: false,
    description: '丢弃中断的重建从头开始 / discard an interrupted rebuild and start from position 0',
  })
  @IsOptional()
  @IsBoolean({ message: 'restart 应为布尔值 / restart must be a boolean' })
  restart?: boolean;
}

const rebuildNotFound = (rebuildId: string) =>
  new CodedError(
    'REBUILD_NOT_FOUND',
    'not-found',
    `没有编号为 ${rebuildId} 的重建`,
    `there is no rebuild ${rebuildId}`,
    { rebuildId },
  );

/**
 * Rebuilds started over HTTP run in the api process, in the background; their state lives in
 * PostgreSQL (projection_rebuilds), so a rebuild cut short by a restart is resumed by the next
 * request (or by `npm run cli -- rebuild <projection>`).
 */
@Injectable()
export class ProjectionRebuilds implements OnApplicationShutdown {
  private readonly logger = new Logger(ProjectionRebuilds.name);
  readonly rebuilder: ProjectionRebuilder;
  private readonly runs = new Set<Promise<unknown>>();
  private readonly shutdown = new AbortController();

  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.rebuilder = new ProjectionRebuilder({ pool, store, clock });
  }

  async start(projection: string, requestedBy: string, restart: boolean): Promise<RebuildProgress> {
    const claimed = await this.rebuilder.claim({ projection, requestedBy, restart, signal: this.shutdown.signal });
    const run: Promise<unknown> = claimed
      .run()
      .then((done) =>
        this.logger.log(
          { projection, rebuildId: done.rebuildId, position: done.position, status: done.status },
          'projection rebuild finished',
        ),
      )
      .catch((error: unknown) =>
        this.logger.error(
          { err: error, projection, rebuildId: claimed.rebuildId },
          'projection rebuild failed; a new request resumes it',
        ),
      )
      .finally(() => this.runs.delete(run));
    this.runs.add(run);
    return claimed.progress;
  }

  async checkpoints(): Promise<
    { projection: string; version: number; position: number; generation: number; updatedAt: string }[]
  > {
    const rows = await this.pool.query<{
      projection: string;
      version: number;
      position: string;
      generation: number;
      updated_at: Date;
    }>(
      'select projection, version, position, generation, updated_at from projection_checkpoints where projection = any($1)',
      [this.rebuilder.names()],
    );
    return rows.rows.map((r) => ({
      projection: r.projection,
      version: r.version,
      position: Number(r.position),
      generation: r.generation,
      updatedAt: r.updated_at.toISOString(),
    }));
  }

  async onApplicationShutdown(): Promise<void> {
    this.shutdown.abort(); // stops between pages; the committed position stays for the resume
    await Promise.all([...this.runs]);
  }
}

/** Platform operations on projections: blue/green rebuilds with progress (percentage, events/s, ETA). */
@ApiTags('投影重建')
@Controller('api/v1/admin/projections')
export class ProjectionRebuildsController {
  constructor(private readonly rebuilds: ProjectionRebuilds) {}

  @Get()
  @Access(['platform-admin'], onPlatform)
  @ApiOperation({ summary: '投影及其检查点 / projections with their checkpoint and latest rebuild' })
  async list() {
    const checkpoints = await this.rebuilds.checkpoints();
    return {
      projections: await Promise.all(
        this.rebuilds.rebuilder.names().map(async (name) => ({
          name,
          version: this.rebuilds.rebuilder.binding(name).projection.version,
          checkpoint: checkpoints.find((c) => c.projection === name) ?? null,
          latestRebuild: await this.rebuilds.rebuilder.latest(name),
        })),
      ),
    };
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @Access(['platform-admin'], onPlatform)
  @ApiOperation({ summary: '重建投影（蓝绿切换）/ rebuild a projection into fresh tables and switch when caught up' })
  start(
    @Param('name') name: string,
    @Body() body: StartRebuildDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RebuildProgress> {
    return this.rebuilds.start(name, principal.subject, body.restart ?? false);
  }

  @Get(':name/rebuilds/:rebuildId')
  @Access(['platform-admin'], onPlatform)
  @ApiOperation({ summary: '重建进度 / progress of a rebuild: percentage, events/s, ETA' })
  async progress(@Param('name') name: string, @Param('rebuildId') rebuildId: string): Promise<RebuildProgress> {
    this.rebuilds.rebuilder.binding(name); // 404 for an unknown projection
    const progress = await this.rebuilds.rebuilder.progress(rebuildId);
    if (!progress || progress.projection !== name) throw rebuildNotFound(rebuildId);
    return progress;
  }
}
