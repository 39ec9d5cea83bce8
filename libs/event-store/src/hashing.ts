import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { CodedError } from '@tongxin/kernel';
import type { EventEnvelope } from './envelope.js';

/**
 * SHA-256 by default; SM3 (GB/T 32905) for deployments assessed against the 国密 suite.
 * The algorithm is recorded with each tenant's chain, so a chain keeps its algorithm for life.
 */
export const HASH_ALGORITHMS = ['sha256', 'sm3'] as const;
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number];

/** prevHash of a tenant's first event. Both algorithms give 32-byte digests. */
export const GENESIS_HASH = '0'.repeat(64);

export function isHashAlgorithm(value: unknown): value is HashAlgorithm {
  return typeof value === 'string' && (HASH_ALGORITHMS as readonly string[]).includes(value);
}

export function toHashAlgorithm(value: unknown): HashAlgorithm {
  if (!isHashAlgorithm(value)) {
    throw new CodedError('UNKNOWN_HASH_ALGORITHM', 'invalid', `不支持的哈希算法：${String(value)}`, `Unknown hash algorithm: ${String(value)}`);
  }
  return value;
}

export type HashedFields = Omit<EventEnvelope, 'hash'>;

/**
 * The bytes a hash covers: RFC 8785 canonical JSON of every envelope field except the hash
 * itself, prevHash included. Order and position are part of the content, so moving an
 * event changes its hash as surely as editing it.
 */
export function canonicalEventBytes(fields: HashedFields): string {
  const content = {
    eventId: fields.eventId,
    type: fields.type,
    schemaVersion: fields.schemaVersion,
    tenantId: fields.tenantId,
    tenantSequence: fields.tenantSequence,
    streamId: fields.streamId,
    streamVersion: fields.streamVersion,
    globalPosition: fields.globalPosition,
    occurredAt: fields.occurredAt,
    recordedAt: fields.recordedAt,
    actor: fields.actor,
    commandId: fields.commandId,
    correlationId: fields.correlationId,
    causationId: fields.causationId,
    data: fields.data,
    prevHash: fields.prevHash,
  };
  return canonicalize(content) as string;
}

export function computeEventHash(fields: HashedFields, algorithm: HashAlgorithm): string {
  return createHash(algorithm).update(canonicalEventBytes(fields), 'utf8').digest('hex');
}
