import type pg from 'pg';
import type { EventStore } from '@tongxin/event-store';
import { CodedError } from '@tongxin/kernel';
import { ProjectionRebuilder, type RebuildProgress } from '@tongxin/read-store';

const number = (n: number) => n.toLocaleString('en-US');

/** One progress line: percentage, events/s and the time left. */
export function progressLine(p: RebuildProgress): string {
  const rate = p.eventsPerSecond === null ? '—' : `${number(p.eventsPerSecond)} ev/s`;
  const eta = p.etaSeconds === null ? '—' : `${p.etaSeconds} s`;
  return `重建 / rebuild ${p.projection}: ${p.percent.toFixed(1)}% (${number(p.position)} / ${number(p.headPosition)}), ${rate}, 剩余 / ETA ${eta}`;
}

/**
 * Replays the whole log into fresh tables and switches when caught up (blue/green). A rebuild
 * killed earlier is resumed from its committed position unless `restart` is given.
 * Exit codes: 0 switched, 1 refused (unknown projection, another rebuild running), 2 failed.
 */
export async function rebuildCommand(
  pool: pg.Pool,
  store: EventStore,
  projection: string | undefined,
  restart: boolean,
  print: (line: string) => void,
): Promise<number> {
  const rebuilder = new ProjectionRebuilder({
    pool,
    store,
    onProgress: (p) => p.status === 'running' && print(progressLine(p)),
  });
  try {
    if (!projection) {
      print(`用法 / usage: rebuild <projection> [--restart]; projections: ${rebuilder.names().join(', ')}`);
      return 1;
    }
    const claimed = await rebuilder.claim({ projection, requestedBy: 'cli', restart });
    print(
      claimed.progress.runs > 1
        ? `继续重建 / resuming rebuild ${claimed.rebuildId} of ${projection} at position ${number(claimed.progress.position)} (run ${claimed.progress.runs})`
        : `开始重建 / rebuilding ${projection} into fresh tables (${claimed.rebuildId})`,
    );
    const done = await claimed.run();
    print(progressLine(done));
    print(
      `已切换 / switched: ${projection} now serves the rebuilt tables at position ${number(done.position)} (${number(done.eventsDone)} events replayed)`,
    );
    return 0;
  } catch (error) {
    if (error instanceof CodedError) {
      print(
        `${error.messageZh} / ${error.messageEn}${error.code === 'PROJECTION_UNKNOWN' ? `; projections: ${rebuilder.names().join(', ')}` : ''}`,
      );
      return 1;
    }
    print(`重建失败 / rebuild failed: ${(error as Error).message} (run it again to resume)`);
    return 2;
  }
}
