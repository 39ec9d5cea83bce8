import {
  StreamVersionConflictError,
  type AppendMetadata,
  type AppendResult,
  type EventStore,
  type ExpectedVersion,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllPage,
  type StoredCommand,
  type StreamWrite,
  type Subscription,
  type SubscriptionHandler,
  type VerificationResult,
} from '@tongxin/event-store';
import type { EventEnvelope } from '@tongxin/kernel';
import type { TenantId, TenantScope } from '@tongxin/tenancy';
import type { Metrics } from './metrics.js';

type AppendOutcome = 'ok' | 'duplicate' | 'conflict' | 'error';

/**
 * The event store port with its appends timed: `tongxin_event_store_append_duration_seconds`
 * by outcome (ok, duplicate — an idempotent retry —, conflict, error) and the events written.
 * Wraps any adapter, so the adapters themselves know nothing of Prometheus.
 */
export class InstrumentedEventStore implements EventStore {
  private readonly duration;
  private readonly appended;

  constructor(
    private readonly inner: EventStore,
    metrics: Metrics,
  ) {
    this.duration = metrics.histogram(
      'tongxin_event_store_append_duration_seconds',
      'Time to append one batch of events (one transaction), by outcome',
      ['outcome'],
    );
    this.appended = metrics.counter('tongxin_event_store_appended_events_total', 'Events written to the log');
  }

  append(
    tenantId: TenantId,
    streamId: string,
    expectedVersion: ExpectedVersion,
    events: readonly NewEvent[],
    metadata: AppendMetadata,
  ): Promise<AppendResult> {
    return this.timed(
      () => this.inner.append(tenantId, streamId, expectedVersion, events, metadata),
      (result) => [result],
    );
  }

  appendBatch(tenantId: TenantId, writes: readonly StreamWrite[], metadata: AppendMetadata): Promise<AppendResult[]> {
    return this.timed(
      () => this.inner.appendBatch(tenantId, writes, metadata),
      (results) => results,
    );
  }

  readStream(scope: TenantScope, tenantId: TenantId, streamId: string, fromVersion?: number): Promise<EventEnvelope[]> {
    return this.inner.readStream(scope, tenantId, streamId, fromVersion);
  }

  readAll(scope: TenantScope, options?: ReadAllOptions): Promise<ReadAllPage> {
    return this.inner.readAll(scope, options);
  }

  subscribe(scope: TenantScope, fromPosition: number, handler: SubscriptionHandler): Subscription {
    return this.inner.subscribe(scope, fromPosition, handler);
  }

  findCommand(tenantId: TenantId, commandId: string): Promise<StoredCommand | null> {
    return this.inner.findCommand(tenantId, commandId);
  }

  verifyTenant(tenantId: TenantId): Promise<VerificationResult> {
    return this.inner.verifyTenant(tenantId);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async timed<T>(append: () => Promise<T>, results: (value: T) => readonly AppendResult[]): Promise<T> {
    const stop = this.duration.startTimer();
    let outcome: AppendOutcome = 'error';
    try {
      const value = await append();
      const written = results(value);
      outcome = written.length > 0 && written.every((r) => r.duplicate) ? 'duplicate' : 'ok';
      this.appended.inc(written.filter((r) => !r.duplicate).reduce((sum, r) => sum + r.events.length, 0));
      return value;
    } catch (error) {
      if (error instanceof StreamVersionConflictError) outcome = 'conflict';
      throw error;
    } finally {
      stop({ outcome });
    }
  }
}
