import { ApiTags } from '@nestjs/swagger';
import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@tongxin/auth';
import { PostgresHealthIndicator, RedisHealthIndicator } from '@tongxin/platform';

@ApiTags('健康检查')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: PostgresHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** The process is up (for restarts): no dependency is checked. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready to serve: PostgreSQL must be up and migrated; Redis down only degrades. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.postgres.isHealthy(), () => this.redis.isHealthy()]);
  }
}
