/**
 * Job throughput on one Redis and one PostgreSQL, in the same run:
 *
 *   tongxin  the worker's SLA-clock path as deployed: clocks derived from the request_queue read
 *            model (scheduleSlaClocks: one query + addBulk of delayed jobs), fired by the SLA
 *            worker (createSlaWorker, concurrency 4), each job deciding MarkOverdue through the
 *            community command handler and appending RequestResponseOverdue / RequestOverdue
 *            to the hash-chained event store (row-level security, acting as the app role).
 *   raw      BullMQ alone: addBulk of the same number of jobs and a worker of the same
 *            concurrency whose processor does nothing — the floor any BullMQ job pays.
 *
 * Each repeat uses a fresh set of dispatched requests whose deadlines have passed (each request
 * gives two jobs: the response clock and the resolution clock), so every Tongxin job records one
 * event. The figure is jobs per second from the first add to the last job done. Medians of
 * BENCH_REPEATS runs in alternating order. Writes bench/results/jobs.json.
 *
 * Run: npm run bench:jobs. Server: BENCH_DATABASE_URL, else DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres (needs the right to create a database); Redis:
 * BENCH_REDIS_URL, else REDIS_URL, else redis://127.0.0.1:6379 (a key prefix of its own, removed after).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Queue, QueueEvents, Worker } from 'bullmq';
import pg from 'pg';
import {
  CommandExecutor,
  CommunityCommandHandler,
  CommunityCommandMessage,
  RegistryCommandHandler,
  RegistryCommandMessage,
} from '../libs/application/src/index.js';
import { PostgresEventStore } from '../libs/event-store/src/index.js';
import { createSlaWorker, scheduleSlaClocks, slaQueue } from '../libs/jobs/src/index.js';
import { systemClock, uuidGenerator } from '../libs/kernel/src/index.js';
import { directoryProjection, kpiFactsProjection } from '../libs/projections/src/index.js';
import {
  appRoleOption,
  DirectoryReader,
  migrateSchema,
  ProjectionRunner,
  writeDirectory,
  writeKpiFacts,
} from '../libs/read-store/src/index.js';
import { allTenantsScope, runInTenantContext } from '../libs/tenancy/src/index.js';

const intEnv = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const PARAMS = {
  requestsPerRun: intEnv('BENCH_REQUESTS', 500),
  repeats: intEnv('BENCH_REPEATS', 3),
  concurrency: intEnv('BENCH_CONCURRENCY', 4),
};
const SERVER_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DATABASE = `tongxin_bench_jobs_${process.pid}`;
const PREFIX = `tongxin-bench-jobs-${process.pid}`;
const connection = { url: REDIS_URL, maxRetriesPerRequest: null };
const actor = { userId: 'bench', role: 'community-staff' };

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return round(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
};
const packageVersion = (name: string) =>
  (
    JSON.parse(readFileSync(resolve(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
const databaseUrl = (database: string) => {
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
};
async function until(check: () => Promise<boolean>, timeoutMs = 600_000, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('benchmark step timed out');
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

interface Run {
  readonly jobs: number;
  readonly seconds: number;
  readonly jobsPerSecond: number;
}

/** raw BullMQ: addBulk + a no-op worker of the same concurrency, until every job completed. */
async function rawRun(jobs: number, run: number): Promise<Run> {
  const name = `raw-${run}`;
  const queue = new Queue(name, { connection, prefix: PREFIX });
  const events = new QueueEvents(name, { connection, prefix: PREFIX });
  await events.waitUntilReady();
  let completed = 0;
  const worker = new Worker(name, async () => 'done', {
    connection,
    prefix: PREFIX,
    concurrency: PARAMS.concurrency,
    autorun: false,
  });
  worker.on('completed', () => (completed += 1));
  const started = performance.now();
  await queue.addBulk(
    Array.from({ length: jobs }, (_, i) => ({
      name: 'clock',
      data: {
        tenantId: 'c-bench',
        requestId: randomUUID(),
        clock: 'resolution',
        deadline: new Date(0).toISOString(),
        i,
      },
      opts: { jobId: `raw|${run}|${i}`, removeOnComplete: 1000 },
    })),
  );
  void worker.run();
  await until(async () => completed >= jobs, 600_000, 5);
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  await events.close();
  return { jobs, seconds: round(seconds, 3), jobsPerSecond: round(jobs / seconds) };
}

const admin = new pg.Client({ connectionString: SERVER_URL });
await admin.connect();
await admin.query(`drop database if exists ${DATABASE} with (force)`);
await admin.query(`create database ${DATABASE}`);
const owner = new pg.Pool({ connectionString: databaseUrl(DATABASE), max: 2 });
await migrateSchema(owner);
const pool = new pg.Pool({ connectionString: databaseUrl(DATABASE), max: 10, options: appRoleOption() });
// Dropping the scratch database at the end ends any connection still open: not an error here.
for (const p of [owner, pool]) p.on('error', () => undefined);
const store = new PostgresEventStore({ pool, pollIntervalMs: 20 });
const runners = [
  new ProjectionRunner({ pool, store, projection: directoryProjection, write: writeDirectory }),
  new ProjectionRunner({ pool, store, projection: kpiFactsProjection, write: writeKpiFacts }),
];
try {
  for (const runner of runners) await runner.start();
  const executor = new CommandExecutor(store, systemClock, uuidGenerator);
  const directory = new DirectoryReader(pool);
  const registry = new RegistryCommandHandler(executor, directory, systemClock);
  const handler = new CommunityCommandHandler(executor, directory, systemClock);
  const communities = Array.from({ length: PARAMS.repeats }, (_, i) => `c-bench-${i + 1}`);
  await runInTenantContext({ scope: allTenantsScope('benchmark'), actor }, async () => {
    await registry.execute(
      new RegistryCommandMessage(
        { districtId: 'd-bench' },
        { kind: 'RegisterDistrict', districtId: 'd-bench', name: '基准区' },
        { actor },
      ),
    );
    await registry.execute(
      new RegistryCommandMessage(
        { districtId: 'd-bench' },
        { kind: 'RegisterStreet', streetId: 's-bench', name: '基准街道' },
        { actor },
      ),
    );
    for (const [i, communityId] of communities.entries()) {
      await registry.execute(
        new RegistryCommandMessage(
          { districtId: 'd-bench' },
          {
            kind: 'OnboardCommunity',
            communityId,
            name: `基准社区${i + 1}`,
            streetId: 's-bench',
            onboardedOn: '2020-01-01',
          },
          { actor },
        ),
      );
    }
  });
  await until(async () => (await directory.unit(communities.at(-1) as string, '2026-01-01')) !== null);

  console.log(
    `node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}; ${PARAMS.requestsPerRun} requests (${PARAMS.requestsPerRun * 2} jobs) per run, ${PARAMS.repeats} runs, concurrency ${PARAMS.concurrency}`,
  );
  const dispatchedAt = Date.now() - 3 * 86_400_000;
  const at = (offset: number) => new Date(dispatchedAt + offset).toISOString();
  const assignee = { kind: 'party-member', id: 'm1', name: '基准党员' };
  // Each run records its community's requests first (not measured); afterwards they are withdrawn,
  // so the next run's clocks are its own community's only.
  const record = async (communityId: string) => {
    const started = performance.now();
    await runInTenantContext({ scope: allTenantsScope('benchmark'), actor }, async () => {
      for (let i = 0; i < PARAMS.requestsPerRun; i += 1) {
        const requestId = randomUUID();
        const raise = {
          kind: 'RaiseRequest',
          requestId,
          channel: 'visit',
          category: 'drainage',
          description: '基准诉求',
          by: actor,
        };
        const dispatch = { kind: 'DispatchRequest', assignee, respondBy: at(3600_000), resolveBy: at(7200_000) };
        await handler.execute(
          new CommunityCommandMessage(communityId, 'request', requestId, raise, { actor, occurredAt: at(-60_000) }),
        );
        await handler.execute(
          new CommunityCommandMessage(communityId, 'request', requestId, dispatch, { actor, occurredAt: at(0) }),
        );
      }
    });
    const queued = async () =>
      Number(
        (
          await owner.query('select count(*) as n from request_queue where tenant_id = $1 and respond_by is not null', [
            communityId,
          ])
        ).rows[0].n,
      );
    await until(async () => (await queued()) === PARAMS.requestsPerRun);
    console.log(
      `setup: ${PARAMS.requestsPerRun} requests raised and dispatched in ${communityId} in ${round((performance.now() - started) / 1000)} s`,
    );
  };

  const overdue = async (communityId: string) =>
    Number(
      (
        await owner.query(
          "select count(*) as n from events where tenant_id = $1 and event_type in ('RequestResponseOverdue', 'RequestOverdue')",
          [communityId],
        )
      ).rows[0].n,
    );
  const tongxin: Run[] = [];
  const raw: Run[] = [];
  for (const [run, communityId] of communities.entries()) {
    const jobs = PARAMS.requestsPerRun * 2;
    await record(communityId);
    const tongxinRun = async (): Promise<Run> => {
      // Only this run's community has running clocks: earlier runs' requests were withdrawn.
      const queue = slaQueue(connection, `${PREFIX}-sla-${run}`);
      const worker = createSlaWorker(handler, systemClock, connection, `${PREFIX}-sla-${run}`);
      const started = performance.now();
      const scheduled = await scheduleSlaClocks(pool, queue, systemClock);
      await until(async () => (await overdue(communityId)) >= jobs, 600_000, 20);
      const seconds = (performance.now() - started) / 1000;
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      if (scheduled < jobs) throw new Error(`scheduled ${scheduled} clocks, expected at least ${jobs}`);
      return { jobs, seconds: round(seconds, 3), jobsPerSecond: round(jobs / seconds) };
    };
    const order = run % 2 === 0 ? ['tongxin', 'raw'] : ['raw', 'tongxin'];
    for (const impl of order) {
      if (impl === 'tongxin') tongxin.push(await tongxinRun());
      else raw.push(await rawRun(jobs, run));
      const last = impl === 'tongxin' ? tongxin.at(-1) : raw.at(-1);
      console.log(
        `run ${run + 1} ${impl.padEnd(7)} ${last?.jobs} jobs in ${last?.seconds} s = ${last?.jobsPerSecond} jobs/s`,
      );
    }
    // The fired requests stay open: take them out, so the next run measures its own community's clocks only.
    await runInTenantContext({ scope: allTenantsScope('benchmark'), actor }, async () => {
      const ids = (
        await owner.query<{ request_id: string }>('select request_id from request_queue where tenant_id = $1', [
          communityId,
        ])
      ).rows.map((r) => r.request_id);
      const withdraw = { kind: 'WithdrawRequest', reason: '基准结束', by: actor };
      for (const requestId of ids)
        await handler.execute(new CommunityCommandMessage(communityId, 'request', requestId, withdraw, { actor }));
    });
    await until(
      async () =>
        Number(
          (
            await owner.query("select count(*) as n from request_queue where tenant_id = $1 and status = 'withdrawn'", [
              communityId,
            ])
          ).rows[0].n,
        ) === PARAMS.requestsPerRun,
    );
  }

  const figure = {
    tongxin: { runs: tongxin, medianJobsPerSecond: median(tongxin.map((r) => r.jobsPerSecond)) },
    raw: { runs: raw, medianJobsPerSecond: median(raw.map((r) => r.jobsPerSecond)) },
  };
  const ratio = round(figure.tongxin.medianJobsPerSecond / figure.raw.medianJobsPerSecond, 3);
  console.log(
    `\nSLA clock jobs: tongxin ${figure.tongxin.medianJobsPerSecond} jobs/s, raw BullMQ ${figure.raw.medianJobsPerSecond} jobs/s, tongxin/raw ${ratio}`,
  );
  const server = (await admin.query<{ server_version: string }>('show server_version')).rows[0]?.server_version;
  const result = {
    timestamp: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((l) => round(l, 2)),
      postgres: server,
    },
    parameters: {
      ...PARAMS,
      jobsPerRun: PARAMS.requestsPerRun * 2,
      packages: { bullmq: packageVersion('bullmq'), ioredis: packageVersion('ioredis'), pg: packageVersion('pg') },
    },
    figures: { slaClockJobs: { ...figure, tongxinOverRaw: ratio } },
  };
  const out = resolve(process.cwd(), process.env.BENCH_RESULTS ?? 'bench/results/jobs.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${out}`);
} finally {
  for (const runner of runners) await runner.stop().catch(() => undefined);
  await store.close();
  await pool.end();
  await owner.end();
  await admin.query(`drop database if exists ${DATABASE} with (force)`).catch(() => undefined);
  await admin.end();
}
