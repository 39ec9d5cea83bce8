import { Module, type DynamicModule } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import type { Environment } from '@tongxin/config';
import { METRICS, MetricsServer, PG_POOL, PlatformModule, REDIS, type Metrics } from '@tongxin/platform';
import { WorkerService } from './worker.service.js';

@Module({})
export class WorkerModule {
  static register(environment: Environment): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot({ environment, app: 'worker' })],
      providers: [
        WorkerService,
        {
          // /metrics, /health/live and /health/ready on METRICS_PORT (off when unset). The worker
          // does nothing without Redis, so unlike the api it is not ready without it.
          provide: MetricsServer,
          inject: [METRICS, PG_POOL, REDIS, WorkerService],
          useFactory: (metrics: Metrics, pool: pg.Pool, redis: Redis | null, worker: WorkerService) =>
            new MetricsServer(metrics, environment.METRICS_PORT ?? null, {
              postgres: () => pool.query('select 1'),
              redis: async () => {
                if (!redis) throw new Error('REDIS_URL is not set');
                if (redis.status === 'wait') await redis.connect();
                await redis.ping();
              },
              workers: () => (worker.running ? Promise.resolve() : Promise.reject(new Error('workers are starting'))),
            }),
        },
      ],
    };
  }
}
