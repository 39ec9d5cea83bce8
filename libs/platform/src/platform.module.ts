import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pg from 'pg';
import { Redis } from 'ioredis';
import { systemClock, uuidGenerator } from '@tongxin/kernel';
import type { Environment } from '@tongxin/config';
import { createPiiCodec } from '@tongxin/application';
import { createEventStore, guardPool, type EventStore } from '@tongxin/event-store';
import { appRoleOption } from '@tongxin/read-store';
import { loggerParams } from './logging.js';
import { CLOCK, ENVIRONMENT, EVENT_STORE, ID_GENERATOR, METRICS, PG_POOL, PII_CODEC, REDIS } from './tokens.js';
import { InstrumentedEventStore } from './metrics/instrumented-event-store.js';
import { Metrics } from './metrics/metrics.js';
import { observePool } from './metrics/pool-metrics.js';

export interface PlatformOptions {
  readonly environment: Environment;
  /** Process name in every log line: api, projector, worker. */
  readonly app: string;
}

/**
 * The adapters every app needs, built from the validated environment: structured logs,
 * the PostgreSQL pool, the event store and (when configured) Redis. Closed on shutdown.
 */
@Global()
@Module({})
export class PlatformModule implements OnApplicationShutdown {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  static forRoot({ environment, app }: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [LoggerModule.forRoot(loggerParams(environment, app))],
      providers: [
        { provide: ENVIRONMENT, useValue: environment },
        { provide: CLOCK, useValue: systemClock },
        { provide: ID_GENERATOR, useValue: uuidGenerator },
        { provide: METRICS, useFactory: () => new Metrics(app) },
        {
          provide: PG_POOL,
          inject: [METRICS],
          useFactory: (metrics: Metrics) => {
            // The apps act as the app role, never as the tables' owner: row-level security applies.
            const pool = new pg.Pool({
              connectionString: environment.DATABASE_URL,
              max: environment.DATABASE_POOL_SIZE,
              application_name: `tongxin-${app}`,
              options: appRoleOption(),
              // An unreachable server fails a request in time (503) instead of holding it.
              connectionTimeoutMillis: 5000,
            });
            // A connection dropped by the server (restart, failover, terminated backend), idle or
            // checked out, must not crash the process: the next request gets a fresh connection.
            const logger = new Logger('PostgreSQL');
            observePool(metrics, pool, environment.DATABASE_POOL_SIZE);
            return guardPool(pool, (error) => logger.warn(`database connection lost: ${error.message}`));
          },
        },
        {
          provide: EVENT_STORE,
          inject: [PG_POOL, METRICS],
          useFactory: (pool: pg.Pool, metrics: Metrics): EventStore =>
            new InstrumentedEventStore(createEventStore(environment, pool, systemClock), metrics),
        },
        { provide: PII_CODEC, inject: [PG_POOL], useFactory: (pool: pg.Pool) => createPiiCodec(pool, environment) },
        {
          provide: REDIS,
          // Commands never depend on Redis: without REDIS_URL the api runs and reports it disabled.
          useFactory: () =>
            environment.REDIS_URL
              ? new Redis(environment.REDIS_URL, {
                  lazyConnect: true,
                  maxRetriesPerRequest: 1,
                  enableOfflineQueue: false,
                  connectTimeout: 2000,
                })
              : null,
        },
      ],
      exports: [ENVIRONMENT, CLOCK, ID_GENERATOR, METRICS, PG_POOL, EVENT_STORE, REDIS, PII_CODEC],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.eventStore.close();
    this.redis?.disconnect();
    await this.pool.end();
  }
}
