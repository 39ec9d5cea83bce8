import type pg from 'pg';
import { parseMasterKeys } from '@tongxin/config';
import { PostgresPiiKeyring } from '@tongxin/read-store';

/**
 * Re-wraps every per-subject data key with the current master key (the first of
 * PII_MASTER_KEYS); keys wrapped with an older one are unwrapped with it, so it must still be
 * listed until this has run. Ciphertexts in the event log do not change (the data keys do not).
 */
export async function rotatePiiKeysCommand(
  pool: pg.Pool,
  masterKeys: string | undefined,
  print: (line: string) => void,
): Promise<number> {
  if (!masterKeys) {
    print('PII_MASTER_KEYS is required: <new id>:<base64 key>,<old id>:<base64 key>… (first is current)');
    return 1;
  }
  const keys = parseMasterKeys(masterKeys);
  // The cipher of each key is stored with it; the one given here only matters for new keys.
  const rewrapped = await new PostgresPiiKeyring(pool, keys, 'aes-256-gcm').rotate();
  print(`re-wrapped ${rewrapped} data keys with master key ${keys.current.id}`);
  return 0;
}
