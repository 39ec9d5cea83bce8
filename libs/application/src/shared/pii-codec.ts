import { openBytes, sealBytes, PiiDecryptionError } from '@tongxin/audit';
import { CodedError, type EventEnvelope } from '@tongxin/kernel';
import type pg from 'pg';
import { isPiiCipher } from '@tongxin/audit';
import { parseMasterKeys } from '@tongxin/config';
import { PostgresPiiKeyring, type DataKey, type PiiKeyring } from '@tongxin/read-store';

/** What a reader sees in place of personal data whose subject was erased. */
export const ERASED_PII = '已删除';
/** What a reader without the right sees in place of personal data. */
export const MASKED_PII = '***';

/** Personal data lives in data fields whose name ends in `Pii` (a domain convention), in an event's data or an object inside it. */
export const isPiiField = (name: string): boolean => name.endsWith('Pii');

/** A sealed leaf: `pii:1:<data key id>:<base64url of nonce ‖ ciphertext ‖ tag>`. */
const TOKEN = /^pii:1:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):([A-Za-z0-9_-]+)$/;

export const isSealedPii = (value: unknown): value is string => typeof value === 'string' && TOKEN.test(value);

/**
 * Who a piece of personal data is about (the data subject, whose key erasure destroys):
 * 1. `data.piiSubjectId` when the event names one explicitly;
 * 2. for an event type listed in PII_SUBJECT_FIELDS, a field of its data (one stream holding
 *    many people: each staff member of the community structure is their own subject);
 * 3. otherwise the record the event belongs to — its stream (`request-…`, `welfare-…`,
 *    `member-…`, `dispute-…`, `wish-…`): a resident's request, a welfare application.
 */
export const PII_SUBJECT_FIELDS: Readonly<Record<string, { readonly field: string; readonly prefix: string }>> = {
  StaffAssigned: { field: 'staffId', prefix: 'staff-' },
};

export function piiSubjectOf(streamId: string, type: string, data: Record<string, unknown>): string {
  if (typeof data.piiSubjectId === 'string' && data.piiSubjectId.length > 0) return data.piiSubjectId;
  const rule = PII_SUBJECT_FIELDS[type];
  if (rule && typeof data[rule.field] === 'string') return `${rule.prefix}${data[rule.field] as string}`;
  return streamId;
}

/** Applies `leaf` to every non-null primitive inside a value, keeping its shape (objects, arrays). */
function mapLeaves(value: unknown, leaf: (v: string | number | boolean) => unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => mapLeaves(v, leaf));
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, mapLeaves(v, leaf)]),
    );
  return leaf(value as string | number | boolean);
}

function forEachLeaf(value: unknown, visit: (v: unknown) => void): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) return value.forEach((v) => forEachLeaf(v, visit));
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>).forEach((v) => forEachLeaf(v, visit));
  visit(value);
}

/**
 * Every `…Pii` field of the data as a path: at the top level, and inside nested plain objects (a
 * correction's replacement `values` carry the personal data they correct).
 */
function piiPaths(data: unknown, prefix: readonly string[] = []): string[][] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) =>
    isPiiField(key) ? [[...prefix, key]] : piiPaths(value, [...prefix, key]),
  );
}

const valueAt = (data: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], data);

function withValueAt(
  data: Record<string, unknown>,
  [key, ...rest]: readonly string[],
  value: unknown,
): Record<string, unknown> {
  return {
    ...data,
    [key]: rest.length === 0 ? value : withValueAt(data[key] as Record<string, unknown>, rest, value),
  };
}

/** True when some …Pii field of the data holds a value (null and empty structures hold none). */
export function carriesPii(data: unknown): boolean {
  let found = false;
  for (const path of piiPaths(data)) forEachLeaf(valueAt(data, path), () => (found = true));
  return found;
}

const aad = (tenantId: string, key: DataKey) =>
  Buffer.from(`tongxin-pii\0${tenantId}\0${key.subjectId}\0${key.keyId}`, 'utf8');

function keyIdsIn(events: readonly { readonly data: unknown }[]): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    for (const path of piiPaths(event.data)) {
      forEachLeaf(valueAt(event.data, path), (v) => {
        const match = typeof v === 'string' ? TOKEN.exec(v) : null;
        if (match) ids.add(match[1]);
      });
    }
  }
  return [...ids];
}

function withPii<E extends { readonly data: unknown }>(event: E, transform: (value: unknown) => unknown): E {
  const paths = piiPaths(event.data);
  if (paths.length === 0) return event;
  return {
    ...event,
    data: paths.reduce(
      (data, path) => withValueAt(data, path, transform(valueAt(data, path))),
      event.data as Record<string, unknown>,
    ),
  };
}

export type PiiFieldStatus = typeof ERASED_PII | '已加密' | '明文';

/**
 * The one place personal data is encrypted and decrypted. Writers seal every leaf of every
 * `…Pii` field with the data key of its subject before the event is hashed and appended (so
 * the hash chain covers ciphertext); readers either open (decrypt) or mask it. A leaf whose key
 * was erased reads 已删除 either way. Any event type's `…Pii` fields are covered, without a list.
 */
export class PiiCodec {
  constructor(private readonly keyring: PiiKeyring) {}

  /** Seals the personal data of events about to be appended to `streamId` of `tenantId`. */
  async seal<E extends { readonly type: string; readonly data: unknown }>(
    tenantId: string,
    streamId: string,
    events: readonly E[],
  ): Promise<E[]> {
    const keys = new Map<string, DataKey>();
    const sealed: E[] = [];
    for (const event of events) {
      if (!carriesPii(event.data)) {
        sealed.push(event);
        continue;
      }
      const subjectId = piiSubjectOf(streamId, event.type, event.data as Record<string, unknown>);
      let key = keys.get(subjectId);
      if (!key) {
        key = await this.keyring.dataKey(tenantId, subjectId);
        keys.set(subjectId, key);
      }
      const k = key;
      sealed.push(
        withPii(event, (value) =>
          // Every leaf is sealed, even one that looks like a token: input never passes as ciphertext.
          mapLeaves(
            value,
            (leaf) =>
              `pii:1:${k.keyId}:${sealBytes(k.cipher, k.key, Buffer.from(JSON.stringify(leaf), 'utf8'), aad(tenantId, k)).toString('base64url')}`,
          ),
        ),
      );
    }
    return sealed;
  }

  /** Decrypts personal data for a reader entitled to it; erased subjects read 已删除. */
  async open<E extends { readonly data: unknown }>(tenantId: string, events: readonly E[]): Promise<E[]> {
    const ids = keyIdsIn(events);
    if (ids.length === 0) return [...events];
    const keys = await this.keyring.keys(tenantId, ids);
    return events.map((event) =>
      withPii(event, (value) =>
        mapLeaves(value, (leaf) => {
          const match = typeof leaf === 'string' ? TOKEN.exec(leaf) : null;
          if (!match) return leaf;
          const key = keys.get(match[1]);
          if (!key) return ERASED_PII;
          try {
            return JSON.parse(
              openBytes(key.cipher, key.key, Buffer.from(match[2], 'base64url'), aad(tenantId, key)).toString('utf8'),
            ) as unknown;
          } catch (error) {
            if (error instanceof PiiDecryptionError)
              throw new CodedError(
                'PII_UNREADABLE',
                'unavailable',
                '个人信息无法解密（密文或密钥已损坏）',
                'Personal data does not decrypt: ciphertext or key damaged',
              );
            throw error;
          }
        }),
      ),
    );
  }

  /** Masks personal data for a reader without the right, without decrypting anything; erased subjects read 已删除. */
  async mask<E extends { readonly data: unknown }>(tenantId: string, events: readonly E[]): Promise<E[]> {
    const ids = keyIdsIn(events);
    const present = ids.length > 0 ? await this.keyring.existingKeys(tenantId, ids) : new Set<string>();
    return events.map((event) =>
      withPii(event, (value) =>
        mapLeaves(value, (leaf) => {
          const match = typeof leaf === 'string' ? TOKEN.exec(leaf) : null;
          return match && !present.has(match[1]) ? ERASED_PII : MASKED_PII;
        }),
      ),
    );
  }

  /**
   * For envelopes shown as stored (history, export: ciphertext kept so the hashes verify): the
   * state of each event's personal data fields, by event id — 已删除 (key destroyed), 已加密, or
   * 明文 (recorded before encryption). Events without personal data are left out.
   */
  async status(
    tenantId: string,
    events: readonly EventEnvelope[],
  ): Promise<Map<string, Record<string, PiiFieldStatus>>> {
    const ids = keyIdsIn(events);
    const present = ids.length > 0 ? await this.keyring.existingKeys(tenantId, ids) : new Set<string>();
    const result = new Map<string, Record<string, PiiFieldStatus>>();
    for (const event of events) {
      const fields: Record<string, PiiFieldStatus> = {};
      for (const path of piiPaths(event.data)) {
        const field = path.join('.');
        let status: PiiFieldStatus | null = null;
        forEachLeaf(valueAt(event.data, path), (leaf) => {
          const match = typeof leaf === 'string' ? TOKEN.exec(leaf) : null;
          const leafStatus: PiiFieldStatus = !match ? '明文' : present.has(match[1]) ? '已加密' : ERASED_PII;
          if (status === null || leafStatus === ERASED_PII) status = leafStatus;
        });
        if (status) fields[field] = status;
      }
      if (Object.keys(fields).length > 0) result.set(event.eventId, fields);
    }
    return result;
  }

  /** The data subjects these events hold personal data about. */
  subjectsOf(
    events: readonly { readonly streamId: string; readonly type: string; readonly data: unknown }[],
  ): string[] {
    return [
      ...new Set(
        events
          .filter((e) => carriesPii(e.data))
          .map((e) => piiSubjectOf(e.streamId, e.type, e.data as Record<string, unknown>)),
      ),
    ];
  }

  /** Destroys the subject's key: every ciphertext about them becomes unreadable for good. */
  erase(tenantId: string, subjectId: string): Promise<number> {
    return this.keyring.erase(tenantId, subjectId);
  }
}

export class PiiCodecMissingError extends CodedError {
  constructor() {
    super(
      'PII_CODEC_MISSING',
      'unavailable',
      '未配置个人信息加密（PII_MASTER_KEYS），不能记录个人信息',
      'Personal data cannot be recorded without encryption: PII_MASTER_KEYS is not configured',
    );
  }
}

/** The personal-data codec of a deployment: per-subject keys in PostgreSQL wrapped by PII_MASTER_KEYS; null without master keys (writes of personal data are then refused). */
export function createPiiCodec(
  pool: pg.Pool,
  environment: { readonly PII_MASTER_KEYS?: string | undefined; readonly PII_CIPHER?: string | undefined },
): PiiCodec | null {
  if (!environment.PII_MASTER_KEYS) return null;
  const cipher = environment.PII_CIPHER ?? 'aes-256-gcm';
  if (!isPiiCipher(cipher)) throw new Error('PII_CIPHER must be aes-256-gcm or sm4-gcm');
  return new PiiCodec(new PostgresPiiKeyring(pool, parseMasterKeys(environment.PII_MASTER_KEYS), cipher));
}
