import type { DirectoryChange, RecordEventChange } from '@tongxin/projections';
import type { TenantScope } from '@tongxin/tenancy';
import type { KpiLevel, PeriodKind, PeriodKpis } from './postgres/kpi.reader.js';
import type { RequestQueueFilter, RequestQueueItem } from './postgres/request-queue.reader.js';

export type ReadStoreBackend = 'postgres' | 'mongo';

/**
 * The read-store port for the KPI rollups and the registers (issue 6 item 5): what the
 * projector writes (directory and record changes, each page applied idempotently) and what the
 * api reads. PostgreSQL implements it by delegating to the existing writers and readers
 * (kpi-facts.writer.ts, KpiReader, RequestQueueReader); MongoDB (mongoose) implements it in
 * libs/read-store/src/mongo. One contract suite (src/contract) runs against both.
 *
 * Every read names its tenant scope and sees only those tenants (fail closed), the same fence
 * row-level security gives in PostgreSQL.
 */
export interface KpiReadStore {
  readonly backend: ReadStoreBackend;

  /** Applies a page of directory changes (the hierarchy district -> street -> community). */
  applyDirectory(changes: readonly DirectoryChange[]): Promise<void>;

  /** Applies a page of KPI record events: histories kept, facts and queue rows recomputed. Replaying a page changes nothing. */
  applyRecords(changes: readonly RecordEventChange[]): Promise<void>;

  /** Every KPI per Asia/Shanghai period of [from, to) for a community, street or district (ratios as numerator/denominator). */
  kpis(
    scope: TenantScope,
    level: KpiLevel,
    unitId: string,
    period: PeriodKind,
    from: string,
    to: string,
  ): Promise<PeriodKpis[]>;

  /** The request register (work queue) of a community, newest first, keyset-paginated. */
  requests(
    scope: TenantScope,
    communityId: string,
    filter: RequestQueueFilter,
    now: Date,
    limit: number,
    after: string | null,
  ): Promise<{ items: RequestQueueItem[]; next: string | null }>;

  close(): Promise<void>;
}
