import type { TenantId } from './tenant.js';

/** Who did it: the authenticated user and the role they acted in. */
export interface Actor {
  readonly userId: string;
  readonly role: string;
}

/** An event as a command handler proposes it; the store adds identity, order and integrity. */
export interface NewEvent<TData = unknown> {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** Business time: when it happened (ISO-8601). Often earlier than recordedAt. */
  readonly occurredAt: string;
  readonly data: TData;
}

/** What the caller knows about the command that produced the events of one append. */
/**
 * What an idempotency key was first used for, kept with it in the command ledger: the kind of
 * command (e.g. its HTTP route) and a hash of its canonical body. With the streams written it is
 * how a retry is told from a different request reusing the key.
 */
export interface CommandFingerprint {
  readonly kind: string;
  readonly bodyHash: string;
}

export interface AppendMetadata {
  readonly actor: Actor;
  /** Idempotency key: a retried command with the same id returns the original result. */
  readonly commandId?: string;
  /** What the command was; a later use of the same commandId that differs is refused (IDEMPOTENCY_KEY_REUSED). */
  readonly fingerprint?: CommandFingerprint;
  readonly correlationId?: string;
  readonly causationId?: string;
}

/** The stored fact, as every reader sees it (architecture.md §3). */
export interface EventEnvelope<TData = unknown> {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly tenantId: TenantId;
  /** Contiguous 1, 2, 3… per tenant: a gap means a deleted event. */
  readonly tenantSequence: number;
  readonly streamId: string;
  /** 1-based version of the event inside its stream. */
  readonly streamVersion: number;
  readonly globalPosition: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly commandId: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly data: TData;
  readonly prevHash: string;
  readonly hash: string;
}

/** `number` = the stream's current version (0 = the stream must not exist yet); 'any' skips the check. */
export type ExpectedVersion = number | 'any';

export interface StreamWrite {
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
  readonly events: readonly NewEvent[];
}

export interface AppendResult {
  readonly tenantId: TenantId;
  readonly streamId: string;
  /** The stream version after the append: pass it as expectedVersion next time. */
  readonly nextExpectedVersion: number;
  readonly firstPosition: number;
  readonly lastPosition: number;
  /** True when this call was a retry and nothing new was written. */
  readonly duplicate: boolean;
  readonly events: readonly EventEnvelope[];
}
