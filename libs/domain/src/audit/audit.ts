import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';

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

export interface RecordHistoryRead {
  readonly kind: 'RecordHistoryRead';
  readonly purpose: 'history' | 'verify' | 'export';
  readonly afterPosition: number;
  /** null for an export: it is recorded before the stream starts. */
  readonly returned: number | null;
  readonly lastPosition: number | null;
  readonly reason: string;
}

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

export interface RecordPiiDecryption {
  readonly kind: 'RecordPiiDecryption';
  readonly record: string;
  readonly recordId: string;
  readonly streamId: string;
  readonly subjects: readonly string[];
  readonly reason: string;
}

export const AUDIT_LOG_STREAM = 'audit-log';

/** Why someone reads: required, 2 to 500 characters. */
export function accessReason(reason: unknown): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text.length < 2 || text.length > 500) {
    throw new DomainError(
      'ACCESS_REASON_REQUIRED',
      'invalid',
      '请说明查阅理由（reason 参数或 X-Access-Reason 请求头，2–500 字）',
      'State why you access this (reason parameter or X-Access-Reason header, 2-500 characters)',
      { field: 'reason' },
    );
  }
  return text;
}

/** The audit log only accumulates: every read is recorded with its reason, nothing else is refused. */
export const auditLogDecider: Decider<
  RecordHistoryRead | RecordPiiDecryption,
  { readonly reads: number },
  HistoryRead | PiiDecrypted
> = {
  initialState: { reads: 0 },
  evolve: (state) => ({ reads: state.reads + 1 }),
  decide: (command) => {
    if (command.kind === 'RecordPiiDecryption') {
      const { record, recordId, streamId, subjects } = command;
      return [
        { type: 'PiiDecrypted', data: { record, recordId, streamId, subjects, reason: accessReason(command.reason) } },
      ];
    }
    const { purpose, afterPosition, returned, lastPosition } = command;
    return [
      {
        type: 'HistoryRead',
        data: { purpose, afterPosition, returned, lastPosition, reason: accessReason(command.reason) },
      },
    ];
  },
};

/** A data subject's personal data was erased (crypto-shredding): their data key destroyed, by whom (envelope actor) and why. */
export type SubjectErased = DomainEvent<
  'SubjectErased',
  { readonly subjectId: string; readonly reason: string; readonly keysDestroyed: number }
>;

export interface EraseSubject {
  readonly kind: 'EraseSubject';
  readonly subjectId: string;
  readonly reason: string;
  readonly keysDestroyed: number;
}

export const ERASURE_STREAM = 'pii-erasures';

/** A subject is erased once; asking again is a conflict naming the state. */
export const erasureDecider: Decider<EraseSubject, { readonly erased: ReadonlySet<string> }, SubjectErased> = {
  initialState: { erased: new Set() },
  evolve: (state, event) => ({ erased: new Set([...state.erased, event.data.subjectId]) }),
  decide: (command, state) => {
    const subjectId = command.subjectId.trim();
    if (!/^[A-Za-z0-9:_-]{1,200}$/.test(subjectId))
      throw new DomainError('SUBJECT_INVALID', 'invalid', '数据主体编号无效', 'Invalid data subject id', {
        field: 'subjectId',
      });
    if (state.erased.has(subjectId))
      throw new DomainError(
        'SUBJECT_ALREADY_ERASED',
        'conflict',
        '该数据主体的个人信息已删除',
        'This data subject was already erased',
        { state: 'erased' },
      );
    const reason = command.reason.trim();
    if (reason.length < 2 || reason.length > 500)
      throw new DomainError(
        'ERASURE_REASON_REQUIRED',
        'invalid',
        '请填写删除理由（2–500 字）',
        'Give the reason for the erasure (2-500 characters)',
        { field: 'reason' },
      );
    return [{ type: 'SubjectErased', data: { subjectId, reason, keysDestroyed: command.keysDestroyed } }];
  },
};

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

export interface SealDistrictCheckpoint {
  readonly kind: 'SealDistrictCheckpoint';
  readonly rootHash: string;
  readonly algorithm: string;
  readonly communities: DistrictCheckpointSealed['data']['communities'];
  readonly signatureAlgorithm: string;
  readonly signature: string;
  readonly publicKey: string;
}

export const DISTRICT_CHECKPOINT_STREAM = 'audit-district-checkpoints';

export const districtCheckpointDecider: Decider<
  SealDistrictCheckpoint,
  { readonly seals: number },
  DistrictCheckpointSealed
> = {
  initialState: { seals: 0 },
  evolve: (state) => ({ seals: state.seals + 1 }),
  decide: (command) => {
    const { kind: _kind, ...data } = command;
    return [{ type: 'DistrictCheckpointSealed', data }];
  },
};

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

export interface SealCheckpoint {
  readonly kind: 'SealCheckpoint';
  readonly treeSize: number;
  readonly rootHash: string;
  readonly algorithm: string;
  readonly signatureAlgorithm: string;
  readonly signature: string;
  readonly publicKey: string;
}

export const CHECKPOINT_STREAM = 'audit-checkpoints';

/** Checkpoints only grow: a seal over fewer events than the last one is refused. */
export const checkpointDecider: Decider<SealCheckpoint, { readonly lastTreeSize: number }, CheckpointSealed> = {
  initialState: { lastTreeSize: 0 },
  evolve: (_state, event) => ({ lastTreeSize: event.data.treeSize }),
  decide: (command, state) => {
    if (command.treeSize < state.lastTreeSize) {
      throw new DomainError(
        'CHECKPOINT_SHRINKS',
        'conflict',
        '新检查点不能小于上一检查点',
        `A checkpoint of ${command.treeSize} events cannot follow one of ${state.lastTreeSize}`,
      );
    }
    const { kind: _kind, ...data } = command;
    return [{ type: 'CheckpointSealed', data }];
  },
};
