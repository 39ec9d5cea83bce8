import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type pg from 'pg';
import { PG_POOL } from '../tokens.js';

@Injectable()
export class PostgresHealthIndicator {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'postgres') {
    const check = this.health.check(key);
    try {
      const started = Date.now();
      const result = await this.pool.query<{ migrated: boolean }>(
        "select to_regclass('public.events') is not null as migrated",
      );
      if (!result.rows[0]?.migrated)
        return check.down({ message: 'schema not migrated: run `npm run cli -- migrate`' });
      return check.up({ latencyMs: Date.now() - started });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }
}
