import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type pg from 'pg';
import { PG_POOL } from '../tokens.js';

/** A readiness probe answers in time: a database that does not answer within this is down. */
const READY_TIMEOUT_MS = 1500;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

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
      const result = await withTimeout(
        this.pool.query<{ migrated: boolean }>("select to_regclass('public.events') is not null as migrated"),
        READY_TIMEOUT_MS,
      );
      if (!result.rows[0]?.migrated)
        return check.down({ message: 'schema not migrated: run `npm run cli -- migrate`' });
      return check.up({ latencyMs: Date.now() - started });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }
}
