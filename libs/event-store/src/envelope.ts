// The envelope types are pure data shared with libs/domain and libs/projections, so they live in the kernel.
export type {
  Actor,
  AppendMetadata,
  AppendResult,
  CommandFingerprint,
  EventEnvelope,
  ExpectedVersion,
  NewEvent,
  StreamWrite,
} from '@tongxin/kernel';
