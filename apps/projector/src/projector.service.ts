import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import type { Environment } from '@tongxin/config';
import type { EventStore, Subscription } from '@tongxin/event-store';
import { ENVIRONMENT, EVENT_STORE, METRICS, PG_POOL, type Metrics } from '@tongxin/platform';
import { MongoKpiReadStore, MongoReadStoreFeeder, PROJECTIONS, ProjectionRunner } from '@tongxin/read-store';
import { projectionMetrics } from './projection-metrics.js';

/** Runs every projection with its own checkpoint. A failing projection stops the process so it restarts from its checkpoint. */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProjectorService.name);
  private readonly runners: ProjectionRunner<unknown>[];
  private mongo: { store: MongoKpiReadStore; subscription: Subscription } | null = null;
  /** Every projection has started (readiness). */
  running = false;

  constructor(
    @Inject(PG_POOL) pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENVIRONMENT) private readonly environment: Environment,
    @Inject(METRICS) metrics: Metrics,
  ) {
    const { applied } = projectionMetrics(
      metrics,
      pool,
      PROJECTIONS.map((p) => p.projection.name),
    );
    this.runners = PROJECTIONS.map(
      ({ projection, write }) =>
        new ProjectionRunner({
          pool,
          store,
          projection,
          write,
          onPage: (page) => {
            applied.inc({ projection: projection.name }, page.events.length);
            this.logger.debug({ projection: projection.name, position: page.nextPosition, events: page.events.length });
          },
          onConnectionLost: (error, attempt) =>
            this.logger.warn(
              { projection: projection.name, attempt, err: error },
              'database connection lost; resuming from the checkpoint when it is back',
            ),
          onSwitch: (switched) =>
            this.logger.log(
              { projection: projection.name, position: switched.position, generation: switched.generation },
              'projection rebuilt: continuing on the new tables',
            ),
        }),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const runner of this.runners) {
      const subscription = await runner.start();
      subscription.done.catch((error: unknown) => {
        this.logger.error({ err: error }, 'projection failed; exiting so that it restarts from its checkpoint');
        process.exit(1);
      });
    }
    if (this.environment.READ_STORE === 'mongo' && this.environment.MONGO_URL) {
      // The KPI rollups and registers also go to MongoDB (the read-store port's Mongo adapter).
      const mongo = await MongoKpiReadStore.connect(this.environment.MONGO_URL);
      const subscription = await new MongoReadStoreFeeder(this.store, mongo).start();
      subscription.done.catch((error: unknown) => {
        this.logger.error(
          { err: error },
          'Mongo read store feed failed; exiting so that it restarts from its checkpoint',
        );
        process.exit(1);
      });
      this.mongo = { store: mongo, subscription };
    }
    this.running = true;
    this.logger.log(
      `projector running ${this.runners.length} projection(s)${this.mongo ? ' and the MongoDB read store' : ''}`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
    await this.mongo?.subscription.stop();
    await this.mongo?.store.close();
  }
}
