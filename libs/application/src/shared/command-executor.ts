import {
  CodedError,
  type Actor,
  type Clock,
  type CommandFingerprint,
  type EventEnvelope,
  type IdGenerator,
  type TenantId,
} from '@tongxin/kernel';
import {
  CORRECTABLE_FIELDS,
  decideCorrection,
  decideVoid,
  effectiveEvents,
  fold,
  EVENT_TYPES,
  isKnownEventType,
  type CorrectEvent,
  type Decider,
  type DomainEvent,
  type VoidEvent,
} from '@tongxin/domain';
import {
  commandDifferences,
  IdempotencyKeyReusedError,
  StreamVersionConflictError,
  type EventStore,
  type StoredCommand,
} from '@tongxin/event-store';
import { currentTenantContext, scopeAllows, tenantScope, toTenantId } from '@tongxin/tenancy';
import { carriesPii, PiiCodecMissingError, type PiiCodec } from './pii-codec.js';

export interface CommandContext {
  readonly actor: Actor;
  /** From the Idempotency-Key header: a retry returns the first result and appends nothing. */
  readonly commandId?: string;
  /** What the keyed request was (route and a hash of its canonical body): the same key for anything else is 422. */
  readonly fingerprint?: CommandFingerprint;
  readonly correlationId?: string;
  /** From If-Match: the stream version the caller last saw; a mismatch is 412. */
  readonly expectedVersion?: number;
  /** Business time given by the caller; defaults to now. */
  readonly occurredAt?: string;
}

export interface CommandOutcome {
  readonly tenantId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  /** Global position of the last event written: wait for projections to reach it to read your writes. */
  readonly position: number;
  readonly eventIds: readonly string[];
  readonly duplicate: boolean;
}

export class VersionMismatchError extends CodedError {
  constructor(expected: number, actual: number) {
    super(
      'VERSION_MISMATCH',
      'precondition-failed',
      `记录已被修改（您看到的版本 ${expected}，当前版本 ${actual}），请刷新后重试`,
      `If-Match version ${expected} does not match the current version ${actual}`,
      {
        expectedVersion: expected,
        actualVersion: actual,
      },
    );
  }
}

export class OutOfScopeError extends CodedError {
  constructor(tenantId: string) {
    super('TENANT_OUT_OF_SCOPE', 'forbidden', '无权在该单位记录', `Tenant ${tenantId} is outside the current scope`);
  }
}

const MAX_ATTEMPTS = 3;

export interface StreamTarget {
  readonly tenantId: string;
  readonly streamId: string;
}

function outcome(
  tenantId: string,
  streamId: string,
  events: readonly EventEnvelope[],
  duplicate: boolean,
): CommandOutcome {
  const last = events[events.length - 1];
  return {
    tenantId,
    streamId,
    streamVersion: last.streamVersion,
    position: last.globalPosition,
    eventIds: events.map((e) => e.eventId),
    duplicate,
  };
}

/**
 * The only place that runs a decider: load the stream, fold, decide, append with the version
 * it read. A concurrent writer makes it re-read and decide again (unless the caller pinned a
 * version with If-Match). Must run inside a tenant context that allows the target tenant.
 */
export class CommandExecutor {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    /** Seals `…Pii` fields before they are hashed and appended, and opens them for deciding. Without it, an event carrying personal data is refused. */
    private readonly pii: PiiCodec | null = null,
  ) {}

  /** Decides on the effective history: a voided fact counts nowhere, decisions included, and corrections replace what they correct. */
  execute<Command, State, Event extends DomainEvent>(
    decider: Decider<Command, State, Event>,
    target: StreamTarget,
    command: Command,
    context: CommandContext,
  ): Promise<CommandOutcome> {
    return this.run(target, context, (history) =>
      decider.decide(
        command,
        fold(
          decider,
          effectiveEvents(history).map((e) => ({ type: e.type, data: e.data }) as Event),
        ),
      ),
    );
  }

  /** Voids one event of the target stream (and so of its tenant), with a reason. */
  /** Another stream's history, for a rule that spans records (e.g. works carrying out a proposal): read in the caller's scope. */
  async history(target: StreamTarget): Promise<EventEnvelope[]> {
    const tenantId: TenantId = toTenantId(target.tenantId);
    if (!scopeAllows(currentTenantContext().scope, tenantId)) throw new OutOfScopeError(tenantId);
    return [...(await this.store.readStream(tenantScope(tenantId), tenantId, target.streamId))];
  }

  voidEvent(target: StreamTarget, command: VoidEvent, context: CommandContext): Promise<CommandOutcome> {
    return this.run(target, context, (history) => decideVoid(command, history));
  }

  /** Corrects one event of the target stream (and so of its tenant): a later event with a reason and replacement values. */
  correctEvent(target: StreamTarget, command: CorrectEvent, context: CommandContext): Promise<CommandOutcome> {
    return this.run(target, context, (history) => decideCorrection(command, history, CORRECTABLE_FIELDS));
  }

  /**
   * The first result of a keyed command run before (a retry), null when the key is new; a key
   * first used for another kind, target or body is refused with IDEMPOTENCY_KEY_REUSED (422).
   * Checked before anything is decided, so a reused key never reaches a decider. Callers with a
   * side effect outside the log (erasing keys) call it before the side effect.
   */
  async replay(target: StreamTarget, context: CommandContext): Promise<CommandOutcome | null> {
    const tenantId: TenantId = toTenantId(target.tenantId);
    if (!scopeAllows(currentTenantContext().scope, tenantId)) throw new OutOfScopeError(tenantId);
    if (!context.commandId) return null;
    const first = await this.store.findCommand(tenantId, context.commandId);
    return first ? this.sameCommand(first, target, context) : null;
  }

  private sameCommand(first: StoredCommand, target: StreamTarget, context: CommandContext): CommandOutcome {
    const differences = commandDifferences(first, {
      fingerprint: context.fingerprint ?? null,
      streamIds: [target.streamId],
    });
    if (differences.length > 0) throw IdempotencyKeyReusedError.firstUse(first, differences);
    const result = first.results.find((r) => r.streamId === target.streamId) ?? first.results[0];
    if (!result) throw IdempotencyKeyReusedError.firstUse(first, ['target']);
    return outcome(first.results[0]?.tenantId ?? target.tenantId, result.streamId, result.events, true);
  }

  private async run(
    target: StreamTarget,
    context: CommandContext,
    decide: (history: readonly EventEnvelope[]) => readonly DomainEvent[],
  ): Promise<CommandOutcome> {
    const tenantId: TenantId = toTenantId(target.tenantId);
    if (!scopeAllows(currentTenantContext().scope, tenantId)) throw new OutOfScopeError(tenantId);
    // A keyed request from outside (it has a fingerprint) is checked against the ledger before deciding. Internal
    // callers (imports, the worker, seeds) use command ids made per target: their retry shows in the stream itself,
    // and a clash would still be refused by the ledger when appending — no extra round trip per imported row.
    if (context.fingerprint) {
      const replayed = await this.replay(target, context);
      if (replayed) return replayed;
    }
    for (let attempt = 1; ; attempt += 1) {
      const history = await this.store.readStream(tenantScope(tenantId), tenantId, target.streamId);
      if (context.commandId && !context.fingerprint) {
        const earlier = history.filter((e) => e.commandId === context.commandId);
        if (earlier.length > 0) return outcome(tenantId, target.streamId, earlier, true);
      }
      const version = history.at(-1)?.streamVersion ?? 0;
      if (context.expectedVersion !== undefined && context.expectedVersion !== version)
        throw new VersionMismatchError(context.expectedVersion, version);
      const occurredAt = context.occurredAt ?? this.clock.now().toISOString();
      // Deciders see personal data in the clear (erased subjects as 已删除); the log only ever gets ciphertext.
      const readable = this.pii ? await this.pii.open(tenantId, history) : history;
      const chosen = decide(readable);
      // Nothing new to record (e.g. the same structure registered again): nothing is appended.
      if (chosen.length === 0)
        return {
          tenantId,
          streamId: target.streamId,
          streamVersion: version,
          position: history.at(-1)?.globalPosition ?? 0,
          eventIds: [],
          duplicate: true,
        };
      const decided = chosen.map((event) => {
        if (!isKnownEventType(event.type)) throw new Error(`event type ${event.type} is not in the event registry`);
        return {
          eventId: this.ids.next(),
          type: event.type,
          schemaVersion: EVENT_TYPES[event.type].schemaVersion,
          occurredAt,
          data: event.data,
        };
      });
      if (!this.pii && decided.some((event) => carriesPii(event.data))) throw new PiiCodecMissingError();
      const events = this.pii ? await this.pii.seal(tenantId, target.streamId, decided) : decided;
      try {
        const result = await this.store.append(tenantId, target.streamId, version, events, {
          actor: context.actor,
          ...(context.commandId ? { commandId: context.commandId } : {}),
          ...(context.commandId && context.fingerprint ? { fingerprint: context.fingerprint } : {}),
          ...(context.correlationId ? { correlationId: context.correlationId } : {}),
        });
        return outcome(tenantId, target.streamId, result.events, result.duplicate);
      } catch (error) {
        if (!(error instanceof StreamVersionConflictError)) throw error;
        if (context.expectedVersion !== undefined)
          throw new VersionMismatchError(context.expectedVersion, error.actualVersion);
        if (attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
