import type { DomainEvent } from '../shared/decider.js';

/**
 * Someone replayed or exported a community's history: who (envelope actor), what range, when
 * (envelope times) and why. Schema 2 added `reason` (required since then; schema-1 events have none).
 */
export type HistoryRead = DomainEvent<
  'HistoryRead',
  {
    readonly purpose: 'history' | 'verify' | 'export';
    readonly afterPosition: number;
    readonly returned: number | null;
    readonly lastPosition: number | null;
    readonly reason?: string;
  }
>;

/** An auditor had personal data of a record decrypted: which record, whose data, why. */
export type PiiDecrypted = DomainEvent<
  'PiiDecrypted',
  {
    readonly record: string;
    readonly recordId: string;
    readonly streamId: string;
    readonly subjects: readonly string[];
    readonly reason: string;
  }
>;

export const AUDIT_LOG_STREAM = 'audit-log';

/** A data subject's personal data was erased (crypto-shredding): their data key destroyed, by whom (envelope actor) and why. */
export type SubjectErased = DomainEvent<
  'SubjectErased',
  { readonly subjectId: string; readonly reason: string; readonly keysDestroyed: number }
>;

export const ERASURE_STREAM = 'pii-erasures';

/** A signed district checkpoint: one Merkle root over the district's communities' roots, recorded in the district's history. */
export type DistrictCheckpointSealed = DomainEvent<
  'DistrictCheckpointSealed',
  {
    readonly rootHash: string;
    readonly algorithm: string;
    readonly communities: readonly {
      readonly communityId: string;
      readonly treeSize: number;
      readonly rootHash: string;
      readonly verified: boolean;
    }[];
    readonly signatureAlgorithm: string;
    readonly signature: string;
    readonly publicKey: string;
  }
>;

export const DISTRICT_CHECKPOINT_STREAM = 'audit-district-checkpoints';

/** A sealed checkpoint of the community's log (RFC 6962 Merkle root over its first treeSize events), signed. */
export type CheckpointSealed = DomainEvent<
  'CheckpointSealed',
  {
    readonly treeSize: number;
    readonly rootHash: string;
    readonly algorithm: string;
    readonly signatureAlgorithm: string;
    readonly signature: string;
    readonly publicKey: string;
  }
>;

export const CHECKPOINT_STREAM = 'audit-checkpoints';
