import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { isPiiCipher, newDataKey, unwrapDataKey, wrapDataKey, type PiiCipher } from '@tongxin/audit';
import { inScopedTransaction } from '@tongxin/event-store';
import { CodedError } from '@tongxin/kernel';
import { allTenantsScope, tenantScope, toTenantId } from '@tongxin/tenancy';

/** A subject's data key, unwrapped. */
export interface DataKey {
  readonly keyId: string;
  readonly subjectId: string;
  readonly cipher: PiiCipher;
  readonly key: Buffer;
}

/** Where per-subject data keys live. A key that is gone (erased) is simply absent. */
export interface PiiKeyring {
  /** The subject's key, created on first use. */
  dataKey(tenantId: string, subjectId: string): Promise<DataKey>;
  /** The keys that still exist among these ids. */
  keys(tenantId: string, keyIds: readonly string[]): Promise<ReadonlyMap<string, DataKey>>;
  /** Which of these key ids still exist (nothing is unwrapped: for readers who see personal data masked). */
  existingKeys(tenantId: string, keyIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** Deletes the subject's key for good; returns how many keys were destroyed (0 when already erased). */
  erase(tenantId: string, subjectId: string): Promise<number>;
}

export interface MasterKeys {
  readonly current: { readonly id: string; readonly key: Buffer };
  readonly all: ReadonlyMap<string, Buffer>;
}

interface KeyRow {
  key_id: string;
  subject_id: string;
  cipher: string;
  master_key_id: string;
  wrapped_key: Buffer;
}

/** The wrap is bound to its tenant, subject and key id: a wrapped key copied to another row does not unwrap. */
const wrapAad = (tenantId: string, subjectId: string, keyId: string) =>
  Buffer.from(`tongxin-pii-key\0${tenantId}\0${subjectId}\0${keyId}`, 'utf8');

export class MasterKeyUnknownError extends CodedError {
  constructor(masterKeyId: string) {
    super(
      'PII_MASTER_KEY_UNKNOWN',
      'unavailable',
      `个人信息主密钥 ${masterKeyId} 未配置，无法解密`,
      `Master key ${masterKeyId} is not in PII_MASTER_KEYS; it cannot unwrap the data keys wrapped with it`,
    );
  }
}

/**
 * Data keys in PostgreSQL (`pii_subject_keys`, under row-level security like every tenant
 * table), wrapped by the current master key; older master keys still unwrap until
 * `rotate()` has re-wrapped their keys.
 */
export class PostgresPiiKeyring implements PiiKeyring {
  constructor(
    private readonly pool: pg.Pool,
    private readonly masterKeys: MasterKeys,
    private readonly cipher: PiiCipher,
  ) {}

  private unwrap(tenantId: string, row: KeyRow): DataKey {
    const master = this.masterKeys.all.get(row.master_key_id);
    if (!master) throw new MasterKeyUnknownError(row.master_key_id);
    if (!isPiiCipher(row.cipher)) throw new Error(`unknown cipher ${row.cipher}`);
    return {
      keyId: row.key_id,
      subjectId: row.subject_id,
      cipher: row.cipher,
      key: unwrapDataKey(row.cipher, master, row.wrapped_key, wrapAad(tenantId, row.subject_id, row.key_id)),
    };
  }

  async dataKey(tenantId: string, subjectId: string): Promise<DataKey> {
    const scope = tenantScope(toTenantId(tenantId));
    return inScopedTransaction(this.pool, scope, async (client) => {
      const existing = await client.query<KeyRow>(
        'select key_id, subject_id, cipher, master_key_id, wrapped_key from pii_subject_keys where tenant_id = $1 and subject_id = $2',
        [tenantId, subjectId],
      );
      if (existing.rows[0]) return this.unwrap(tenantId, existing.rows[0]);
      const keyId = randomUUID();
      const key = newDataKey(this.cipher);
      const wrapped = wrapDataKey(this.cipher, this.masterKeys.current.key, key, wrapAad(tenantId, subjectId, keyId));
      const inserted = await client.query<KeyRow>(
        `insert into pii_subject_keys (tenant_id, key_id, subject_id, cipher, master_key_id, wrapped_key) values ($1, $2, $3, $4, $5, $6)
         on conflict (tenant_id, subject_id) do nothing returning key_id`,
        [tenantId, keyId, subjectId, this.cipher, this.masterKeys.current.id, wrapped],
      );
      if (inserted.rowCount === 1) return { keyId, subjectId, cipher: this.cipher, key };
      // Another writer created it first: use theirs.
      const theirs = await client.query<KeyRow>(
        'select key_id, subject_id, cipher, master_key_id, wrapped_key from pii_subject_keys where tenant_id = $1 and subject_id = $2',
        [tenantId, subjectId],
      );
      return this.unwrap(tenantId, theirs.rows[0]);
    });
  }

  async keys(tenantId: string, keyIds: readonly string[]): Promise<ReadonlyMap<string, DataKey>> {
    const ids = [...new Set(keyIds)].filter((id) => /^[0-9a-f-]{36}$/.test(id));
    if (ids.length === 0) return new Map();
    const rows = await inScopedTransaction(this.pool, tenantScope(toTenantId(tenantId)), (client) =>
      client.query<KeyRow>(
        'select key_id, subject_id, cipher, master_key_id, wrapped_key from pii_subject_keys where tenant_id = $1 and key_id = any($2::uuid[])',
        [tenantId, ids],
      ),
    );
    return new Map(rows.rows.map((row) => [row.key_id, this.unwrap(tenantId, row)]));
  }

  async existingKeys(tenantId: string, keyIds: readonly string[]): Promise<ReadonlySet<string>> {
    const ids = [...new Set(keyIds)].filter((id) => /^[0-9a-f-]{36}$/.test(id));
    if (ids.length === 0) return new Set();
    const rows = await inScopedTransaction(this.pool, tenantScope(toTenantId(tenantId)), (client) =>
      client.query<{ key_id: string }>(
        'select key_id from pii_subject_keys where tenant_id = $1 and key_id = any($2::uuid[])',
        [tenantId, ids],
      ),
    );
    return new Set(rows.rows.map((r) => r.key_id));
  }

  async erase(tenantId: string, subjectId: string): Promise<number> {
    const deleted = await inScopedTransaction(this.pool, tenantScope(toTenantId(tenantId)), (client) =>
      client.query('delete from pii_subject_keys where tenant_id = $1 and subject_id = $2', [tenantId, subjectId]),
    );
    return deleted.rowCount ?? 0;
  }

  /**
   * Re-wraps every data key not wrapped with the current master key (all communities), in
   * batches, each row unwrapped with the master key it names. The data keys themselves, and so
   * every ciphertext in the event log, stay as they are. Returns how many keys were re-wrapped.
   */
  async rotate(batchSize = 500): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await inScopedTransaction(this.pool, allTenantsScope('platform'), async (client) => {
        const rows = await client.query<KeyRow & { tenant_id: string }>(
          'select tenant_id, key_id, subject_id, cipher, master_key_id, wrapped_key from pii_subject_keys where master_key_id <> $1 order by tenant_id, key_id limit $2 for update skip locked',
          [this.masterKeys.current.id, batchSize],
        );
        for (const row of rows.rows) {
          const key = this.unwrap(row.tenant_id, row);
          const wrapped = wrapDataKey(
            key.cipher,
            this.masterKeys.current.key,
            key.key,
            wrapAad(row.tenant_id, row.subject_id, row.key_id),
          );
          await client.query(
            'update pii_subject_keys set wrapped_key = $3, master_key_id = $4, rewrapped_at = now() where tenant_id = $1 and key_id = $2',
            [row.tenant_id, row.key_id, wrapped, this.masterKeys.current.id],
          );
        }
        return rows.rowCount ?? 0;
      });
      total += done;
      if (done < batchSize) return total;
    }
  }
}
