import type { EventEnvelope } from '@tongxin/kernel';

/**
 * A projection is pure: a page of events in global order in, read-model changes out.
 * The runner (libs/read-store) writes the changes and the checkpoint in one transaction.
 */
export interface Projection<Change> {
  readonly name: string;
  /** Bump when the projection's meaning changes: the read model must then be rebuilt. */
  readonly version: number;
  project(events: readonly EventEnvelope[]): Change[];
}
