import mongoose, { Schema, type Connection } from 'mongoose';
import type { DirectoryChange, RecordEvent, RecordEventChange } from '@tongxin/projections';
import type { TenantScope } from '@tongxin/tenancy';
import type { KpiReadStore } from '../kpi-read-store.port.js';
import type { KpiLevel, PeriodKind, PeriodKpis } from '../postgres/kpi.reader.js';
import type { RequestQueueFilter, RequestQueueItem } from '../postgres/request-queue.reader.js';
import {
  directoryOperations,
  historyOperations,
  periodKpisOfFacts,
  queueItemOf,
  recordDocuments,
  recordKey,
  requestQueueQuery,
  scopeFilter,
  shanghaiInstant,
  unitCommunities,
  type FactDocument,
  type HistoryDocument,
  type PlacementDocument,
  type QueueDocument,
  type UnitDocument,
} from './documents.js';

const options = { versionKey: false, strict: true } as const;

const unitSchema = new Schema<UnitDocument>(
  {
    _id: String,
    unitKind: String,
    name: String,
    districtId: { type: String, index: true },
    onboardedOn: String,
    offboardedFrom: String,
    tenantId: { type: String, index: true },
  },
  options,
);
const placementSchema = new Schema<PlacementDocument>(
  {
    _id: String,
    communityId: { type: String, index: true },
    streetId: String,
    effectiveFrom: String,
    recordedAt: Date,
    globalPosition: Number,
    tenantId: { type: String, index: true },
  },
  options,
);
const historySchema = new Schema<HistoryDocument>(
  {
    _id: String,
    recordKey: String,
    tenantId: String,
    kind: String,
    recordId: String,
    position: Number,
    event: Schema.Types.Mixed,
  },
  options,
);
historySchema.index({ recordKey: 1, position: 1 });
const factSchema = new Schema<FactDocument>(
  {
    recordKey: { type: String, index: true },
    tenantId: String,
    kind: String,
    recordId: String,
    fact: String,
    occurredAt: Date,
    resolvedNow: Boolean,
    inTime: Boolean,
    positive: Boolean,
    excluded: Boolean,
    amount: Number,
  },
  options,
);
factSchema.index({ tenantId: 1, occurredAt: 1 });
const queueSchema = new Schema<QueueDocument>(
  {
    _id: String,
    tenantId: String,
    requestId: String,
    status: String,
    category: String,
    channel: String,
    description: String,
    raisedAt: Date,
    assigneeName: String,
    assigneeKind: String,
    resolveBy: Date,
    respondBy: Date,
    excluded: Boolean,
    lastEventAt: Date,
  },
  options,
);
queueSchema.index({ tenantId: 1, raisedAt: -1, requestId: -1 });
const checkpointSchema = new Schema<{ _id: string; position: number; updatedAt: Date }>(
  { _id: String, position: Number, updatedAt: Date },
  options,
);

function models(connection: Connection) {
  return {
    units: connection.model('DirectoryUnit', unitSchema, 'directory_units'),
    placements: connection.model('CommunityPlacement', placementSchema, 'community_placements'),
    history: connection.model('RecordHistory', historySchema, 'record_history'),
    facts: connection.model('RecordFact', factSchema, 'record_facts'),
    queue: connection.model('RequestQueueItem', queueSchema, 'request_queue'),
    checkpoints: connection.model('ProjectionCheckpoint', checkpointSchema, 'projection_checkpoints'),
  };
}

/**
 * The KPI rollups and registers in MongoDB (mongoose 9), selected with READ_STORE=mongo and
 * MONGO_URL. The projector applies pages idempotently: histories are upserted by position, a
 * touched record's facts and queue row are recomputed from its whole history and replaced, and
 * the checkpoint is saved after the page — so replaying a page after a crash changes nothing.
 * Without a replica set there are no multi-document transactions: while a page is applied a
 * reader can see one record's facts missing for a moment (PostgreSQL commits a page at once).
 * KPI arithmetic runs in Node over the matching fact documents (documents.ts), the same
 * arithmetic the SQL reader does. Unverified here: no MongoDB server can run on our machines;
 * the contract suite runs when MONGO_URL is set.
 */
export class MongoKpiReadStore implements KpiReadStore {
  readonly backend = 'mongo' as const;
  private readonly units: ReturnType<typeof models>['units'];
  private readonly placements: ReturnType<typeof models>['placements'];
  private readonly history: ReturnType<typeof models>['history'];
  private readonly facts: ReturnType<typeof models>['facts'];
  private readonly queue: ReturnType<typeof models>['queue'];
  private readonly checkpoints: ReturnType<typeof models>['checkpoints'];

  private constructor(private readonly connection: Connection) {
    ({
      units: this.units,
      placements: this.placements,
      history: this.history,
      facts: this.facts,
      queue: this.queue,
      checkpoints: this.checkpoints,
    } = models(connection));
  }

  static async connect(url: string, dbName?: string): Promise<MongoKpiReadStore> {
    const connection = await mongoose
      .createConnection(url, { serverSelectionTimeoutMS: 5000, ...(dbName ? { dbName } : {}) })
      .asPromise();
    const store = new MongoKpiReadStore(connection);
    await Promise.all([
      store.units.createIndexes(),
      store.placements.createIndexes(),
      store.history.createIndexes(),
      store.facts.createIndexes(),
      store.queue.createIndexes(),
    ]);
    return store;
  }

  async applyDirectory(changes: readonly DirectoryChange[]): Promise<void> {
    const { units, placements } = directoryOperations(changes);
    if (units.length > 0) await this.units.bulkWrite(units as never, { ordered: true });
    if (placements.length > 0) await this.placements.bulkWrite(placements as never, { ordered: true });
  }

  async applyRecords(changes: readonly RecordEventChange[]): Promise<void> {
    if (changes.length === 0) return;
    await this.history.bulkWrite(historyOperations(changes) as never, { ordered: false });
    const touched = [...new Map(changes.map((c) => [recordKey(c.tenantId, c.kind, c.recordId), c])).values()];
    const keys = touched.map((c) => recordKey(c.tenantId, c.kind, c.recordId));
    const rows = await this.history
      .find({ recordKey: { $in: keys } }, { recordKey: 1, position: 1, event: 1 })
      .sort({ recordKey: 1, position: 1 })
      .lean();
    const histories = new Map<string, RecordEvent[]>();
    for (const row of rows) histories.set(row.recordKey, [...(histories.get(row.recordKey) ?? []), row.event]);
    const { facts, queue, queueGone } = recordDocuments(touched, histories);
    await this.facts.deleteMany({ recordKey: { $in: keys } });
    if (facts.length > 0) await this.facts.insertMany(facts, { ordered: false });
    const queueOps = [
      ...queue.map((doc) => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true } })),
      ...queueGone.map((id) => ({ deleteOne: { filter: { _id: id } } })),
    ];
    if (queueOps.length > 0) await this.queue.bulkWrite(queueOps as never, { ordered: true });
  }

  async checkpoint(projection: string): Promise<number> {
    return (await this.checkpoints.findById(projection).lean())?.position ?? 0;
  }

  async saveCheckpoint(projection: string, position: number): Promise<void> {
    await this.checkpoints.updateOne(
      { _id: projection },
      { $set: { position, updatedAt: new Date() } },
      { upsert: true },
    );
  }

  private async communitiesOf(scope: TenantScope, level: KpiLevel, unitId: string): Promise<string[]> {
    const visible = scopeFilter(scope);
    const [units, placements] = await Promise.all([
      this.units.find({ ...visible, unitKind: 'community' }).lean<UnitDocument[]>(),
      level === 'street'
        ? this.placements.find(visible).lean<PlacementDocument[]>()
        : Promise.resolve([] as PlacementDocument[]),
    ]);
    return unitCommunities(level, unitId, units, placements);
  }

  async kpis(
    scope: TenantScope,
    level: KpiLevel,
    unitId: string,
    period: PeriodKind,
    from: string,
    to: string,
  ): Promise<PeriodKpis[]> {
    const communities = await this.communitiesOf(scope, level, unitId);
    if (communities.length === 0) return [];
    const facts = await this.facts
      .find(
        {
          $and: [
            scopeFilter(scope),
            { tenantId: { $in: communities }, occurredAt: { $gte: shanghaiInstant(from), $lt: shanghaiInstant(to) } },
          ],
        },
        { _id: 0, fact: 1, occurredAt: 1, resolvedNow: 1, inTime: 1, positive: 1, excluded: 1, amount: 1 },
      )
      .lean<FactDocument[]>();
    return periodKpisOfFacts(facts, period);
  }

  async requests(
    scope: TenantScope,
    communityId: string,
    filter: RequestQueueFilter,
    now: Date,
    limit: number,
    after: string | null,
  ): Promise<{ items: RequestQueueItem[]; next: string | null }> {
    const docs = await this.queue
      .find({ $and: [scopeFilter(scope), requestQueueQuery(communityId, filter, now, after)] })
      .sort({ raisedAt: -1, requestId: -1 })
      .limit(limit)
      .lean<QueueDocument[]>();
    const items = docs.map((d) => queueItemOf(d, now));
    const last = items.at(-1);
    return { items, next: items.length === limit && last ? `${last.raisedAt}|${last.requestId}` : null };
  }

  /** Drops every collection of this read store (tests and rebuilds of the Mongo read models). */
  async dropAll(): Promise<void> {
    await this.connection.dropDatabase();
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
