import type { Queue, Worker } from 'bullmq';
import { sharedReading, within, type Metrics } from '@tongxin/platform';

const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed'] as const;

/**
 * The worker's queues: jobs per queue and state read from Redis at scrape time, jobs completed
 * and failed (each failed attempt) as counters, and whether Redis answered the last scrape. A
 * Redis that does not answer leaves the depths as they were and sets `tongxin_queue_redis_up` to 0.
 */
export function observeQueues(metrics: Metrics, queues: readonly Queue[], workers: readonly Worker[]): void {
  // One reading per scrape for both gauges; a Redis that does not answer is a reading too.
  const reading = sharedReading(async () => {
    try {
      return await within(
        Promise.all(queues.map(async (queue) => ({ queue: queue.name, counts: await queue.getJobCounts(...STATES) }))),
        2000,
      );
    } catch {
      return null;
    }
  });
  metrics.gauge('tongxin_queue_jobs', 'Jobs in each queue by state', ['queue', 'state'], async (gauge) => {
    for (const { queue, counts } of (await reading()) ?? []) {
      for (const state of STATES) gauge.set({ queue, state }, counts[state] ?? 0);
    }
  });
  metrics.gauge(
    'tongxin_queue_redis_up',
    'Whether Redis answered the last queue-depth reading (1) or not (0)',
    [],
    async (gauge) => gauge.set((await reading()) ? 1 : 0),
  );
  const completed = metrics.counter('tongxin_queue_jobs_completed_total', 'Jobs completed, by queue', ['queue']);
  const failed = metrics.counter('tongxin_queue_jobs_failed_total', 'Job attempts that failed, by queue', ['queue']);
  for (const worker of workers) {
    completed.inc({ queue: worker.name }, 0);
    failed.inc({ queue: worker.name }, 0);
    worker.on('completed', () => completed.inc({ queue: worker.name }));
    worker.on('failed', () => failed.inc({ queue: worker.name }));
  }
}
