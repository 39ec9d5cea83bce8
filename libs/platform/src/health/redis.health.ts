import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { REDIS } from '../tokens.js';

/**
 * Redis only holds derivable work (architecture.md §5): when it is missing or down the
 * product is degraded (no timers, imports or exports), not unavailable.
 */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'redis') {
    const check = this.health.check(key);
    if (!this.redis) return check.degraded({ message: 'REDIS_URL is not set: the worker is not running' });
    try {
      if (this.redis.status === 'wait' || this.redis.status === 'end')
        await this.redis.connect().catch(() => undefined);
      const started = Date.now();
      await this.redis.ping();
      return check.up({ latencyMs: Date.now() - started });
    } catch (error) {
      return check.degraded({ message: `unreachable: ${(error as Error).message}` });
    }
  }
}
