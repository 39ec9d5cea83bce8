import type { AppendResult, CommandFingerprint } from '@tongxin/kernel';

/** A command in the ledger: what it was, where it wrote, when, and the events it stored (its result). */
export interface StoredCommand {
  readonly commandId: string;
  /** Null for a command recorded before fingerprints were kept: only its target can be compared. */
  readonly fingerprint: CommandFingerprint | null;
  /** The streams it wrote (its target records), in order. */
  readonly streamIds: readonly string[];
  readonly recordedAt: string;
  readonly results: readonly AppendResult[];
}

/** A later use of an idempotency key: what it asks for. */
export interface CommandUse {
  readonly fingerprint?: CommandFingerprint | null;
  readonly streamIds: readonly string[];
}

export type CommandDifference = 'kind' | 'target' | 'body';

/**
 * How a later use of a key differs from its first use; empty when it is a retry. The target is
 * always compared; kind and body when both uses have a fingerprint (a legacy record has none).
 */
export function commandDifferences(first: StoredCommand, again: CommandUse): CommandDifference[] {
  const differences: CommandDifference[] = [];
  const targets = (ids: readonly string[]) => [...new Set(ids)].sort().join('\n');
  const known = first.fingerprint && again.fingerprint ? { first: first.fingerprint, again: again.fingerprint } : null;
  if (known && known.first.kind !== known.again.kind) differences.push('kind');
  if (targets(first.streamIds) !== targets(again.streamIds)) differences.push('target');
  if (known && known.first.bodyHash !== known.again.bodyHash) differences.push('body');
  return differences;
}

/** The kind of the first use as people read it: its fingerprint's kind, or for a legacy record its first event's type. */
export function commandKindOf(first: StoredCommand): string {
  return first.fingerprint?.kind ?? first.results[0]?.events[0]?.type ?? 'unknown';
}
