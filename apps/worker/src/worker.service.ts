import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Worker } from 'bullmq';
import type { Environment } from '@tongxin/config';
import type { EventStore } from '@tongxin/event-store';
import { createAuditWorker } from '@tongxin/jobs';
import { ENVIRONMENT, EVENT_STORE } from '@tongxin/platform';

@Injectable()
export class WorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerService.name);
  private workers: Worker[] = [];

  constructor(
    @Inject(ENVIRONMENT) private readonly environment: Environment,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onApplicationBootstrap(): void {
    // BullMQ workers block on Redis: they must not give up after a few retries.
    const connection = { url: this.environment.REDIS_URL, maxRetriesPerRequest: null };
    this.workers = [createAuditWorker(this.store, connection)];
    for (const worker of this.workers) {
      worker.on('failed', (job, error) => this.logger.warn({ queue: worker.name, job: job?.id, err: error }, 'job failed'));
      worker.on('error', (error) => this.logger.error({ queue: worker.name, err: error }, 'worker error'));
    }
    this.logger.log(`worker listening on ${this.workers.map((w) => w.name).join(', ')}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
