import type { TenantId, TenantScope } from '@tongxin/tenancy';
import type { VerificationResult } from './verification.js';
import type { StoredCommand } from './idempotency.js';
import type {
  AppendMetadata,
  AppendResult,
  EventEnvelope,
  ExpectedVersion,
  NewEvent,
  StreamWrite,
} from './envelope.js';

export interface ReadAllOptions {
  /** Exclusive: events with a greater global position are returned. */
  readonly fromPosition?: number;
  readonly limit?: number;
  readonly types?: readonly string[];
}

export interface ReadAllPage {
  readonly events: readonly EventEnvelope[];
  /** Pass as fromPosition for the next page; equal to the input when nothing new is visible. */
  readonly nextPosition: number;
}

export interface Subscription {
  stop(): Promise<void>;
  /** Resolves when the subscription stopped: on stop() or when the handler threw. */
  readonly done: Promise<void>;
}

export type SubscriptionHandler = (page: ReadAllPage) => Promise<void>;

/**
 * The event store port. Tenant is mandatory on every write and read; reads across all
 * tenants need an explicit all-tenants scope (the projector's catch-up).
 */
export interface EventStore {
  append(
    tenantId: TenantId,
    streamId: string,
    expectedVersion: ExpectedVersion,
    events: readonly NewEvent[],
    metadata: AppendMetadata,
  ): Promise<AppendResult>;

  /** Several streams of one tenant in one transaction: all or nothing. The bulk path for imports. */
  appendBatch(tenantId: TenantId, writes: readonly StreamWrite[], metadata: AppendMetadata): Promise<AppendResult[]>;

  /**
   * What the tenant's ledger holds under a command id (an Idempotency-Key): the first use's
   * kind, target streams, body hash (null for a legacy record), time and result; null if unused.
   */
  findCommand(tenantId: TenantId, commandId: string): Promise<StoredCommand | null>;

  readStream(scope: TenantScope, tenantId: TenantId, streamId: string, fromVersion?: number): Promise<EventEnvelope[]>;

  /** One page of the global log in position order; never skips an event that commits later. */
  readAll(scope: TenantScope, options?: ReadAllOptions): Promise<ReadAllPage>;

  /** Catch-up subscription from a position: pages are delivered in order, one at a time. */
  subscribe(scope: TenantScope, fromPosition: number, handler: SubscriptionHandler): Subscription;

  /** Recomputes a tenant's hash chain and names the first bad event (auditors, CLI, nightly job). */
  verifyTenant(tenantId: TenantId): Promise<VerificationResult>;

  close(): Promise<void>;
}
