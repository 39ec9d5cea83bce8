import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue, Worker } from 'bullmq';
import type pg from 'pg';
import { CommandExecutor, CommunityCommandHandler, RegistryCommandHandler, type PiiCodec } from '@tongxin/application';
import type { Environment } from '@tongxin/config';
import type { EventStore } from '@tongxin/event-store';
import {
  createAuditWorker,
  createSealWorker,
  scheduleCheckpointSealing,
  sealQueue,
  createImportWorker,
  createRankingsWorker,
  createSlaWorker,
  importQueue,
  ImportJobStore,
  rankingsQueue,
  requeuePendingImports,
  scheduleMonthlyRankings,
  scheduleSlaClocks,
  slaQueue,
} from '@tongxin/jobs';
import { createExportWorker, exportQueue, ExportJobStore, requeuePendingExports, type ExportJob } from '@tongxin/jobs';
import type { Clock, IdGenerator } from '@tongxin/kernel';
import {
  CLOCK,
  ENVIRONMENT,
  EVENT_STORE,
  ID_GENERATOR,
  METRICS,
  PG_POOL,
  PII_CODEC,
  type Metrics,
} from '@tongxin/platform';
import { DirectoryReader } from '@tongxin/read-store';
import { observeQueues } from './queue-metrics.js';

/** How often running SLA clocks are derived again from the read model (new dispatches, lost jobs). */
const SLA_SCAN_INTERVAL_MS = 30_000;

@Injectable()
export class WorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerService.name);
  private workers: Worker[] = [];
  private sla: Queue | null = null;
  private rankings: Queue | null = null;
  private imports: Queue | null = null;
  private exports: Queue<ExportJob> | null = null;
  private seal: Queue | null = null;
  private scan: NodeJS.Timeout | null = null;
  /** Every worker and queue is set up (readiness). */
  running = false;

  constructor(
    @Inject(ENVIRONMENT) private readonly environment: Environment,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(PII_CODEC) private readonly pii: PiiCodec | null,
    @Inject(METRICS) private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // BullMQ workers block on Redis: they must not give up after a few retries.
    const connection = { url: this.environment.REDIS_URL, maxRetriesPerRequest: null };
    const executor = new CommandExecutor(this.store, this.clock, this.ids, this.pii);
    const directory = new DirectoryReader(this.pool);
    const handler = new CommunityCommandHandler(executor, directory, this.clock);
    const registry = new RegistryCommandHandler(executor, directory, this.clock);
    this.workers = [
      createAuditWorker(this.store, connection, this.environment.QUEUE_PREFIX),
      createSlaWorker(handler, this.clock, connection, this.environment.QUEUE_PREFIX, { directory }),
      createRankingsWorker(
        { pool: this.pool, store: this.store, registry },
        this.clock,
        connection,
        this.environment.QUEUE_PREFIX,
      ),
      createImportWorker(
        { imports: new ImportJobStore(this.pool), communities: handler, clock: this.clock },
        connection,
        this.environment.QUEUE_PREFIX,
      ),
      createExportWorker(
        { pool: this.pool, store: this.store, exports: new ExportJobStore(this.pool), clock: this.clock },
        connection,
        this.environment.QUEUE_PREFIX,
      ),
      createSealWorker(
        {
          pool: this.pool,
          store: this.store,
          executor,
          clock: this.clock,
          signingKey: this.environment.AUDIT_SIGNING_KEY,
        },
        connection,
        this.environment.QUEUE_PREFIX,
      ),
    ];
    for (const worker of this.workers) {
      worker.on('failed', (job, error) =>
        this.logger.warn({ queue: worker.name, job: job?.id, err: error }, 'job failed'),
      );
      worker.on('error', (error) => this.logger.error({ queue: worker.name, err: error }, 'worker error'));
    }
    this.sla = slaQueue(connection, this.environment.QUEUE_PREFIX);
    this.rankings = rankingsQueue(connection, this.environment.QUEUE_PREFIX);
    this.imports = importQueue(connection, this.environment.QUEUE_PREFIX);
    this.exports = exportQueue(connection, this.environment.QUEUE_PREFIX);
    this.seal = sealQueue(connection, this.environment.QUEUE_PREFIX);
    observeQueues(this.metrics, [this.sla, this.rankings, this.imports, this.exports, this.seal], this.workers);
    // Signed checkpoints of every community and district at AUDIT_SEAL_INTERVAL_MINUTES (needs a signing key).
    await scheduleCheckpointSealing(
      this.seal,
      this.environment.AUDIT_SIGNING_KEY ? this.environment.AUDIT_SEAL_INTERVAL_MINUTES * 60_000 : 0,
    );
    // 红黑榜 of the month just ended, frozen at 00:05 on the 1st (Asia/Shanghai).
    await scheduleMonthlyRankings(this.rankings);
    // Redis holds only derivable work: every running clock is scheduled again on start.
    await this.scheduleClocks();
    this.scan = setInterval(() => void this.scheduleClocks(), SLA_SCAN_INTERVAL_MS);
    this.running = true;
    this.logger.log(`worker listening on ${this.workers.map((w) => w.name).join(', ')}`);
  }

  private async scheduleClocks(): Promise<void> {
    try {
      // Imports accepted while Redis was away, or whose job was lost, run again from PostgreSQL.
      await requeuePendingImports(new ImportJobStore(this.pool), this.imports as Queue);
      await requeuePendingExports(new ExportJobStore(this.pool), this.exports as Queue<ExportJob>);
      const count = await scheduleSlaClocks(
        this.pool,
        this.sla as Queue,
        this.clock,
        this.environment.SLA_ESCALATION_GRACE_HOURS,
      );
      this.logger.debug({ clocks: count }, 'SLA clocks scheduled');
    } catch (error) {
      this.logger.warn({ err: error }, 'could not schedule SLA clocks; retrying at the next scan');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.scan) clearInterval(this.scan);
    await Promise.all(this.workers.map((worker) => worker.close()));
    await this.sla?.close();
    await this.rankings?.close();
    await this.imports?.close();
    await this.exports?.close();
    await this.seal?.close();
  }
}
