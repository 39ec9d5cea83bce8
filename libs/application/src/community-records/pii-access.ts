import type { CommunityRecordName } from './community-records.js';

/** Roles that work with residents' personal data in their own community every day. */
export const PII_STAFF_ROLES: readonly string[] = ['community-admin', 'community-staff'];

export type PiiAccess = 'decrypt' | 'decrypt-recorded' | 'mask';

/**
 * The one rule for who receives personal data in the clear: the community's staff; a resident
 * for their own request; an auditor who states why (the decryption is recorded with the reason
 * as PiiDecrypted). Everyone else gets it masked, and nothing is decrypted for them. Welfare
 * records are read by the staff and auditors only (route rule), so this covers them too.
 */
export function piiAccessFor(
  record: CommunityRecordName,
  role: string,
  ownRequest: boolean,
  reason: string | undefined,
): PiiAccess {
  if (PII_STAFF_ROLES.includes(role)) return 'decrypt';
  if (record === 'request' && ownRequest) return 'decrypt';
  if (role === 'auditor' && reason !== undefined && reason.trim() !== '') return 'decrypt-recorded';
  return 'mask';
}
