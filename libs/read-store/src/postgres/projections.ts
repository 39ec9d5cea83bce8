import {
  directoryProjection,
  kpiFactsProjection,
  tenantActivityProjection,
  type Projection,
} from '@tongxin/projections';
import { writeDirectory } from './directory.writer.js';
import { writeKpiFacts } from './kpi-facts.writer.js';
import type { ReadModelWriter } from './projection-runner.js';
import { writeTenantActivity } from './tenant-activity.writer.js';

export interface ProjectionBinding<Change = unknown> {
  readonly projection: Projection<Change>;
  readonly write: ReadModelWriter<Change>;
}

const bind = <Change>(projection: Projection<Change>, write: ReadModelWriter<Change>) =>
  ({ projection, write }) as ProjectionBinding;

/** Every projection the projector runs, each with its own checkpoint. */
export const PROJECTIONS: readonly ProjectionBinding[] = [
  bind(tenantActivityProjection, writeTenantActivity),
  bind(directoryProjection, writeDirectory),
  bind(kpiFactsProjection, writeKpiFacts),
];
