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
    throw new CodedError(
      'UNKNOWN_HASH_ALGORITHM',
      'invalid',
      `不支持的哈希算法：${String(value)}`,
      `Unknown hash algorithm: ${String(value)}`,
    );
  }
  return value;
}

/** What a hash covers: every envelope field but the hash and the global position. */
export type HashedFields = Omit<EventEnvelope, 'hash' | 'globalPosition'>;

const text = (value: string): string => JSON.stringify(value);
const nullable = (value: string | null): string => (value === null ? 'null' : JSON.stringify(value));

/**
 * The bytes a hash covers: RFC 8785 canonical JSON of the envelope without hash and global
 * position, prevHash included. The tenant sequence and stream version are covered, so moving
 * an event inside its tenant's history changes its hash as surely as editing it; the global
 * position is a cross-tenant delivery order, checked by verify for monotony instead.
 *
 * The top level has a fixed shape, so it is written out in canonical key order here; `data`
 * goes through `canonicalize`. A spec checks this equals canonicalize() of the whole object.
 */
export function canonicalEventBytes(
  fields: HashedFields,
  canonicalData: string = canonicalize(fields.data) as string,
): string {
  return (
    `{"actor":{"role":${text(fields.actor.role)},"userId":${text(fields.actor.userId)}}` +
    `,"causationId":${nullable(fields.causationId)},"commandId":${nullable(fields.commandId)},"correlationId":${text(fields.correlationId)}` +
    `,"data":${canonicalData},"eventId":${text(fields.eventId)},"occurredAt":${text(fields.occurredAt)},"prevHash":${text(fields.prevHash)}` +
    `,"recordedAt":${text(fields.recordedAt)},"schemaVersion":${fields.schemaVersion},"streamId":${text(fields.streamId)}` +
    `,"streamVersion":${fields.streamVersion},"tenantId":${text(fields.tenantId)},"tenantSequence":${fields.tenantSequence},"type":${text(fields.type)}}`
  );
}

export function computeEventHash(fields: HashedFields, algorithm: HashAlgorithm, canonicalData?: string): string {
  return createHash(algorithm).update(canonicalEventBytes(fields, canonicalData), 'utf8').digest('hex');
}
