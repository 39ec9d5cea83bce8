import type pg from 'pg';
import { inScopedTransaction } from '@tongxin/event-store';
import type { DirectoryChange, RecordEventChange } from '@tongxin/projections';
import { allTenantsScope, type TenantScope } from '@tongxin/tenancy';
import type { KpiReadStore } from '../kpi-read-store.port.js';
import { writeDirectory } from './directory.writer.js';
import { writeKpiFacts } from './kpi-facts.writer.js';
import { KpiReader, type KpiLevel, type PeriodKind } from './kpi.reader.js';
import { RequestQueueReader, type RequestQueueFilter } from './request-queue.reader.js';

/** The default read store: PostgreSQL, delegating to the writers the projector runs and the readers the api uses. */
export class PostgresKpiReadStore implements KpiReadStore {
  readonly backend = 'postgres' as const;
  private readonly kpiReader: KpiReader;
  private readonly queueReader: RequestQueueReader;

  constructor(private readonly pool: pg.Pool) {
    this.kpiReader = new KpiReader(pool);
    this.queueReader = new RequestQueueReader(pool);
  }

  applyDirectory(changes: readonly DirectoryChange[]): Promise<void> {
    return inScopedTransaction(this.pool, allTenantsScope('projector'), (client) => writeDirectory(client, changes));
  }

  applyRecords(changes: readonly RecordEventChange[]): Promise<void> {
    return inScopedTransaction(this.pool, allTenantsScope('projector'), (client) => writeKpiFacts(client, changes));
  }

  kpis(scope: TenantScope, level: KpiLevel, unitId: string, period: PeriodKind, from: string, to: string) {
    return this.kpiReader.kpis(scope, level, unitId, period, from, to);
  }

  requests(
    scope: TenantScope,
    communityId: string,
    filter: RequestQueueFilter,
    now: Date,
    limit: number,
    after: string | null,
  ) {
    return this.queueReader.list(scope, communityId, filter, now, limit, after);
  }

  async close(): Promise<void> {
    // The pool belongs to the caller.
  }
}
