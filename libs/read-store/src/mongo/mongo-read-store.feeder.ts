import type { EventStore, Subscription } from '@tongxin/event-store';
import { directoryProjection, kpiFactsProjection } from '@tongxin/projections';
import { allTenantsScope } from '@tongxin/tenancy';
import type { MongoKpiReadStore } from './mongo-kpi-read-store.js';

/** Name of the Mongo read store's checkpoint (kept in MongoDB, beside the read models). */
export const MONGO_READ_STORE_CHECKPOINT = 'mongo-read-store';

/**
 * Feeds the MongoDB read store (READ_STORE=mongo) from the event log: each page's directory and
 * KPI-record changes are applied idempotently, then the checkpoint is saved — after a crash the
 * last page is applied again and changes nothing. Runs in the projector beside the PostgreSQL
 * projections. Unverified here (no MongoDB server on our machines).
 */
export class MongoReadStoreFeeder {
  constructor(
    private readonly store: EventStore,
    private readonly mongo: MongoKpiReadStore,
  ) {}

  async start(): Promise<Subscription> {
    const from = await this.mongo.checkpoint(MONGO_READ_STORE_CHECKPOINT);
    return this.store.subscribe(allTenantsScope('projector'), from, async (page) => {
      await this.mongo.applyDirectory(directoryProjection.project(page.events));
      await this.mongo.applyRecords(kpiFactsProjection.project(page.events));
      await this.mongo.saveCheckpoint(MONGO_READ_STORE_CHECKPOINT, page.nextPosition);
    });
  }
}
