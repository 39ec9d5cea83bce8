import { Module, type DynamicModule } from '@nestjs/common';
import type pg from 'pg';
import type { Environment } from '@tongxin/config';
import { METRICS, MetricsServer, PG_POOL, PlatformModule, type Metrics } from '@tongxin/platform';
import { ProjectorService } from './projector.service.js';

@Module({})
export class ProjectorModule {
  static register(environment: Environment): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [PlatformModule.forRoot({ environment, app: 'projector' })],
      providers: [
        ProjectorService,
        {
          // /metrics, /health/live and /health/ready on METRICS_PORT (off when unset).
          provide: MetricsServer,
          inject: [METRICS, PG_POOL, ProjectorService],
          useFactory: (metrics: Metrics, pool: pg.Pool, projector: ProjectorService) =>
            new MetricsServer(metrics, environment.METRICS_PORT ?? null, {
              postgres: () => pool.query('select 1'),
              projections: () =>
                projector.running ? Promise.resolve() : Promise.reject(new Error('projections are starting')),
            }),
        },
      ],
    };
  }
}
