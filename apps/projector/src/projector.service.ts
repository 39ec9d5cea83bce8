import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import type { EventStore } from '@tongxin/event-store';
import { EVENT_STORE, PG_POOL } from '@tongxin/platform';
import { PROJECTIONS, ProjectionRunner } from '@tongxin/read-store';

/** Runs every projection with its own checkpoint. A failing projection stops the process so it restarts from its checkpoint. */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProjectorService.name);
  private readonly runners: ProjectionRunner<unknown>[];

  constructor(@Inject(PG_POOL) pool: pg.Pool, @Inject(EVENT_STORE) store: EventStore) {
    this.runners = PROJECTIONS.map(
      ({ projection, write }) =>
        new ProjectionRunner({
          pool,
          store,
          projection,
          write,
          onPage: (page) => this.logger.debug({ projection: projection.name, position: page.nextPosition, events: page.events.length }),
          onSwitch: (switched) => this.logger.log({ projection: projection.name, position: switched.position, generation: switched.generation }, 'projection rebuilt: continuing on the new tables'),
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
    this.logger.log(`projector running ${this.runners.length} projection(s)`);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }
}
