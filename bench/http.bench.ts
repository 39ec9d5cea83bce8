/**
 * Commands and a dashboard read through HTTP, against the built api running as its own process
 * (dist/apps/api/main.js, as `npm start` runs it), beside the event store's own appends and raw
 * `pg` INSERTs on the same scratch database in the same run.
 *
 *   http     raise → dispatch → accept → resolve of one request, each an HTTP POST with an
 *            Idempotency-Key and (after the raise) If-Match; the resident's contact is encrypted
 *   store    PostgresEventStore.append directly: the same four single-event appends per stream
 *   raw      plain `pg` INSERTs of the same four rows into a minimal table
 *   kpi      GET /api/v1/districts/:id/kpis as the district committee
 *
 * Each at 1 and at BENCH_HTTP_CLIENTS (8) in flight; with several in flight each client works in
 * a community (tenant) of its own, as several communities do at once. Figures: commands/s,
 * p50/p95/p99 latency, and the api process's CPU per command (utime+stime from /proc/<pid>/stat
 * before and after the case; the bench itself runs in another process). Every latency sample and
 * the machine's load (os.loadavg) before and after each case are kept in the JSON.
 *
 * Run: npm run bench:http (builds the api and this file first). Server: BENCH_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres; a scratch database tongxin_bench_http_<random> is
 * created and dropped. BENCH_HTTP_PROFILE=<dir> runs the api with --cpu-prof into <dir>.
 * Writes bench/results/http.json (BENCH_HTTP_OUT overrides). Targets are reported, not enforced.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { TokenService, type PrincipalScope, type Role } from '../libs/auth/src/index.js';
import { PostgresEventStore, type NewEvent } from '../libs/event-store/src/index.js';
import { directoryProjection, kpiFactsProjection } from '../libs/projections/src/index.js';
import {
  appRoleOption,
  migrateSchema,
  ProjectionRunner,
  writeDirectory,
  writeKpiFacts,
} from '../libs/read-store/src/index.js';
import { toTenantId } from '../libs/tenancy/src/index.js';

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const SERVER_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const PARAMS = {
  /** Commands per case (four per request workflow). */
  commands: intEnv('BENCH_HTTP_COMMANDS', 2000),
  clients: intEnv('BENCH_HTTP_CLIENTS', 8),
  kpiReads: intEnv('BENCH_HTTP_KPI_READS', 500),
  warmupWorkflows: intEnv('BENCH_HTTP_WARMUP', 50),
  apiPoolSize: 10,
};
const PROFILE_DIR = process.env.BENCH_HTTP_PROFILE;
const OUT = resolve(process.env.BENCH_HTTP_OUT ?? 'bench/results/http.json');
const JWT_SECRET = randomBytes(24).toString('hex');
const PII_MASTER_KEYS = `bench-1:${randomBytes(32).toString('base64')}`;
const CLK_TCK = 100; // getconf CLK_TCK on Linux

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: samples.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** utime + stime of a process, in ms (fields 14 and 15 of /proc/<pid>/stat, after the comm field). */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}
function call(port: number, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise<Reply>((done, fail) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          ...headers,
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: Record<string, unknown>;
          try {
            parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
          } catch {
            parsed = { text };
          }
          done({ status: response.statusCode ?? 0, body: parsed });
        });
        response.on('error', fail);
      },
    );
    request.on('error', fail);
    request.end(payload);
  });
}
async function expectStatus(reply: Promise<Reply>, status: number, what: string): Promise<Reply> {
  const got = await reply;
  if (got.status !== status) throw new Error(`${what}: HTTP ${got.status} ${JSON.stringify(got.body)}`);
  return got;
}

// ---------------------------------------------------------------------------------------------
// The api as its own process
// ---------------------------------------------------------------------------------------------
async function startApi(databaseUrl: string, port: number): Promise<ChildProcess> {
  const flags = PROFILE_DIR
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${PROFILE_DIR}`,
        // Nest re-raises SIGTERM after its shutdown hooks, which would end the process before
        // the profile is written; SIGUSR2 exits normally so that it is.
        `--import=data:text/javascript,process.on('SIGUSR2',()=>process.exit(0))`,
      ]
    : [];
  const child = spawn(process.execPath, [...flags, 'dist/apps/api/main.js'], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(PARAMS.apiPoolSize),
      REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/9',
      JWT_SECRET,
      PII_MASTER_KEYS,
      LOG_LEVEL: 'info',
    },
    // Logs go where a deployment's would (a pipe drained by the platform): here, to /dev/null.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`api exited with ${child.exitCode}`);
    try {
      if ((await call(port, 'GET', '/health/live', {})).status === 200) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('api did not become healthy in 60 s');
    await sleep(100);
  }
}

async function stopApi(child: ChildProcess): Promise<void> {
  const exited = new Promise((done) => child.once('exit', done));
  child.kill(PROFILE_DIR ? 'SIGUSR2' : 'SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------
type Kind = 'raise' | 'dispatch' | 'accept' | 'resolve';
const KINDS: Kind[] = ['raise', 'dispatch', 'accept', 'resolve'];
const EVENT_TYPES: Record<Kind, string> = {
  raise: 'RequestRaised',
  dispatch: 'RequestDispatched',
  accept: 'RequestAccepted',
  resolve: 'RequestResolved',
};

interface CaseResult {
  readonly name: string;
  readonly impl: 'http' | 'store' | 'raw' | 'kpi';
  readonly inFlight: number;
  readonly operations: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly latencyMs: ReturnType<typeof stats>;
  readonly byKind?: Record<string, ReturnType<typeof stats>>;
  readonly apiCpuMs?: number;
  readonly apiCpuMsPerOperation?: number;
  readonly benchCpuMsPerOperation: number;
  readonly loadavgBefore: number[];
  readonly loadavgAfter: number[];
  readonly samplesMs: number[];
}

/**
 * Runs `clients` loops; each calls `workflow(client, n)` until `operations` are done in total.
 * A workflow returns its per-step latencies (one per operation).
 */
async function runCase(
  name: string,
  impl: CaseResult['impl'],
  clients: number,
  operations: number,
  stepsPerWorkflow: number,
  workflow: (client: number, n: number) => Promise<Array<[string, number]>>,
  apiPid?: number,
): Promise<CaseResult> {
  const loadavgBefore = os.loadavg().map((l) => round(l));
  const cpuBefore = apiPid ? cpuMsOf(apiPid) : 0;
  const benchCpuBefore = process.cpuUsage();
  const samples: number[] = [];
  const byKind = new Map<string, number[]>();
  const workflows = Math.ceil(operations / stepsPerWorkflow);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = next++; n < workflows; n = next++) {
        for (const [kind, ms] of await workflow(client, n)) {
          samples.push(ms);
          if (!byKind.has(kind)) byKind.set(kind, []);
          byKind.get(kind)?.push(ms);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const benchCpu = process.cpuUsage(benchCpuBefore);
  const apiCpuMs = apiPid ? cpuMsOf(apiPid) - cpuBefore : undefined;
  const result: CaseResult = {
    name,
    impl,
    inFlight: clients,
    operations: samples.length,
    seconds: round(seconds, 3),
    perSecond: round(samples.length / seconds, 1),
    latencyMs: stats(samples),
    ...(byKind.size > 1 ? { byKind: Object.fromEntries([...byKind].map(([k, v]) => [k, stats(v)])) } : {}),
    ...(apiCpuMs !== undefined ? { apiCpuMs, apiCpuMsPerOperation: round(apiCpuMs / samples.length, 3) } : {}),
    benchCpuMsPerOperation: round((benchCpu.user + benchCpu.system) / 1000 / samples.length, 3),
    loadavgBefore,
    loadavgAfter: os.loadavg().map((l) => round(l)),
    samplesMs: samples.map((s) => round(s, 3)),
  };
  const cpu = result.apiCpuMsPerOperation !== undefined ? `, api CPU ${result.apiCpuMsPerOperation} ms/op` : '';
  console.log(
    `${name}: ${result.perSecond}/s, p50 ${result.latencyMs.p50} p95 ${result.latencyMs.p95} p99 ${result.latencyMs.p99} ms${cpu} (load ${loadavgBefore[0]})`,
  );
  return result;
}

async function timed<T>(steps: Array<[string, number]>, kind: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const value = await work();
  steps.push([kind, performance.now() - t0]);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
const databaseName = `tongxin_bench_http_${randomBytes(4).toString('hex')}`;
const serverUrl = new URL(SERVER_URL);
const created = spawnSync(
  'createdb',
  ['-h', serverUrl.hostname, '-p', serverUrl.port || '5432', '-U', serverUrl.username || 'postgres', databaseName],
  { stdio: 'inherit' },
);
if (created.status !== 0) throw new Error(`createdb ${databaseName} failed`);
const databaseUrl = Object.assign(new URL(SERVER_URL), { pathname: `/${databaseName}` }).toString();
console.log(`scratch database ${databaseName}`);

const owner = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const appPool = new pg.Pool({ connectionString: databaseUrl, max: 10, options: appRoleOption() });
const projectionStore = new PostgresEventStore({ pool: appPool, pollIntervalMs: 20 });
const store = new PostgresEventStore({ pool: appPool });
const rawPool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
let api: ChildProcess | undefined;
try {
  await migrateSchema(owner);
  const port = await freePort();
  if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
  api = await startApi(databaseUrl, port);
  const apiPid = api.pid as number;
  const idleCpuBefore = cpuMsOf(apiPid);

  // Projections run in this process, and only while the fixtures are set up and before the KPI reads.
  const reached = [0, 0];
  const startProjections = async () => {
    const runners = [
      new ProjectionRunner({
        pool: appPool,
        store: projectionStore,
        projection: directoryProjection,
        write: writeDirectory,
        onPage: (page) => (reached[0] = page.nextPosition),
      }),
      new ProjectionRunner({
        pool: appPool,
        store: projectionStore,
        projection: kpiFactsProjection,
        write: writeKpiFacts,
        onPage: (page) => (reached[1] = page.nextPosition),
      }),
    ];
    const failure: { error?: Error } = {};
    for (const runner of runners)
      (await runner.start()).done.catch((error: unknown) => {
        failure.error = error instanceof Error ? error : new Error(String(error));
      });
    return {
      async waitFor(position: number) {
        const deadline = Date.now() + 120_000;
        while (Math.min(...reached) < position) {
          if (failure.error) throw failure.error;
          if (Date.now() > deadline)
            throw new Error(`projections did not reach ${position} (at ${reached.join(', ')})`);
          await sleep(20);
        }
      },
      async stop() {
        for (const runner of runners) await runner.stop();
      },
    };
  };

  const tokens = new TokenService({ issuer: 'tongxin', audience: 'tongxin-api', secret: JWT_SECRET });
  const bearer = async (role: Role, scope: PrincipalScope, subject = `bench-${role}`) =>
    `Bearer ${await tokens.issue(subject, `压测 ${role}`, [role], scope)}`;

  // Fixtures: a district, a street and one community per client.
  const projections = await startProjections();
  const districtId = 'd-bench';
  const streetId = 's-bench';
  const communities = Array.from({ length: PARAMS.clients }, (_, i) => `c-bench-${i}`);
  const admin = { authorization: await bearer('platform-admin', {}) };
  await expectStatus(
    call(port, 'POST', '/api/v1/districts', admin, { districtId, name: '压测区' }),
    201,
    'onboard district',
  );
  const street = await expectStatus(
    call(port, 'POST', `/api/v1/districts/${districtId}/streets`, admin, { streetId, name: '压测街道' }),
    201,
    'register street',
  );
  await projections.waitFor(Number(street.body.position));
  const office = { authorization: await bearer('street-office', { streetId }) };
  let lastPosition = 0;
  for (const [i, communityId] of communities.entries()) {
    const reply = await expectStatus(
      call(port, 'POST', `/api/v1/streets/${streetId}/communities`, office, {
        communityId,
        name: `压测社区${i + 1}`,
        onboardedOn: '2018-07-01',
      }),
      201,
      'onboard community',
    );
    lastPosition = Number(reply.body.position);
  }
  await projections.waitFor(lastPosition);
  await projections.stop();

  const people = await Promise.all(
    communities.map(async (communityId) => ({
      communityId,
      resident: await bearer('resident', { communityId }, 'resident-9'),
      staff: await bearer('community-staff', { communityId }, 'staff-1'),
      member: await bearer('party-member', { communityId }, 'member-3'),
    })),
  );
  const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

  /** One request from raise to resolve, each step through HTTP with an Idempotency-Key and If-Match. */
  const httpWorkflow = async (client: number): Promise<Array<[string, number]>> => {
    const who = people[client];
    const base = `/api/v1/communities/${who.communityId}/requests`;
    const steps: Array<[string, number]> = [];
    const key = () => randomUUID();
    const raised = await timed(steps, 'raise', () =>
      expectStatus(
        call(
          port,
          'POST',
          base,
          { authorization: who.resident, 'idempotency-key': key() },
          {
            channel: 'door-duty',
            category: 'street-lights',
            description: '3栋路灯不亮',
            compoundId: 'minxing',
            residentContact: { name: '王阿姨', phone: '13800000000' },
          },
        ),
        201,
        'raise',
      ),
    );
    const id = String(raised.body.requestId);
    await timed(steps, 'dispatch', () =>
      expectStatus(
        call(
          port,
          'POST',
          `${base}/${id}/dispatch`,
          { authorization: who.staff, 'idempotency-key': key(), 'if-match': '"1"' },
          {
            assignee: { kind: 'party-member', id: 'member-3', name: '李党员' },
            respondBy: inHours(2),
            resolveBy: inHours(48),
          },
        ),
        201,
        'dispatch',
      ),
    );
    await timed(steps, 'accept', () =>
      expectStatus(
        call(
          port,
          'POST',
          `${base}/${id}/accept`,
          { authorization: who.member, 'idempotency-key': key(), 'if-match': '"2"' },
          {},
        ),
        201,
        'accept',
      ),
    );
    await timed(steps, 'resolve', () =>
      expectStatus(
        call(
          port,
          'POST',
          `${base}/${id}/resolve`,
          { authorization: who.member, 'idempotency-key': key(), 'if-match': '"3"' },
          { note: '已更换灯泡' },
        ),
        201,
        'resolve',
      ),
    );
    return steps;
  };

  // The store's own appends: the same four single-event appends per stream, a tenant per client.
  const storeTenants = Array.from({ length: PARAMS.clients }, (_, i) => toTenantId(`c-bench-store-${i}`));
  const payload = {
    channel: 'door-duty',
    category: 'street-lights',
    description: '3栋路灯不亮',
    compoundId: 'minxing',
  };
  const storeEvent = (type: string, data: Record<string, unknown>): NewEvent[] => [
    { eventId: randomUUID(), type, schemaVersion: 1, occurredAt: new Date().toISOString(), data },
  ];
  let storeStream = 0;
  const storeWorkflow = async (client: number): Promise<Array<[string, number]>> => {
    const steps: Array<[string, number]> = [];
    const stream = `request-${storeStream++}`;
    const actor = { actor: { userId: 'bench', role: 'community-staff' } } as const;
    for (const [v, kind] of KINDS.entries()) {
      await timed(steps, kind, () =>
        store.append(storeTenants[client], stream, v, storeEvent(EVENT_TYPES[kind], { ...payload, step: kind }), {
          ...actor,
          commandId: randomUUID(),
        }),
      );
    }
    return steps;
  };

  // Raw pg: the same four rows with plain INSERTs; unique(stream_id, version) is the concurrency check.
  await owner.query(`create table raw_events (
    global_position bigserial primary key, stream_id text not null, version integer not null,
    type text not null, data jsonb not null, unique (stream_id, version))`);
  let rawStream = 0;
  const rawWorkflow = async (): Promise<Array<[string, number]>> => {
    const steps: Array<[string, number]> = [];
    const stream = `request-${rawStream++}`;
    for (const [v, kind] of KINDS.entries()) {
      await timed(steps, kind, () =>
        rawPool.query('insert into raw_events (stream_id, version, type, data) values ($1, $2, $3, $4)', [
          stream,
          v + 1,
          EVENT_TYPES[kind],
          JSON.stringify({ ...payload, step: kind }),
        ]),
      );
    }
    return steps;
  };

  // What the api spends with nothing to do (timers, pollers), charged to every case's CPU figure.
  const idleFrom = cpuMsOf(apiPid);
  const idleStarted = performance.now();
  await sleep(10_000);
  const apiIdleCpuMsPerSecond = round((cpuMsOf(apiPid) - idleFrom) / ((performance.now() - idleStarted) / 1000), 1);
  console.log(`api idle: ${apiIdleCpuMsPerSecond} ms CPU per second`);

  // Warm-up: each path, unmeasured.
  const warm = PARAMS.warmupWorkflows * 4;
  await runCase('warm-up http', 'http', 1, warm, 4, httpWorkflow, apiPid);
  await runCase('warm-up store', 'store', 1, warm, 4, storeWorkflow);
  await runCase('warm-up raw', 'raw', 1, warm, 4, rawWorkflow);

  const results: CaseResult[] = [];
  for (const clients of [1, PARAMS.clients]) {
    results.push(await runCase(`raw ${clients}`, 'raw', clients, PARAMS.commands, 4, rawWorkflow));
    results.push(await runCase(`store ${clients}`, 'store', clients, PARAMS.commands, 4, storeWorkflow));
    results.push(await runCase(`http ${clients}`, 'http', clients, PARAMS.commands, 4, httpWorkflow, apiPid));
  }

  // The district KPI GET, on what the commands recorded, once the projections have caught up.
  const head = Number((await owner.query('select max(global_position) as p from events')).rows[0].p);
  const catchUp = await startProjections();
  await catchUp.waitFor(head);
  await catchUp.stop();
  const committee = { authorization: await bearer('district-committee', { districtId }) };
  const kpiPath = `/api/v1/districts/${districtId}/kpis?period=month`;
  await expectStatus(call(port, 'GET', kpiPath, committee), 200, 'district KPI');
  const kpiRead = async (): Promise<Array<[string, number]>> => {
    const steps: Array<[string, number]> = [];
    await timed(steps, 'kpi', () => expectStatus(call(port, 'GET', kpiPath, committee), 200, 'district KPI'));
    return steps;
  };
  for (const clients of [1, PARAMS.clients]) {
    results.push(await runCase(`kpi ${clients}`, 'kpi', clients, PARAMS.kpiReads, 1, kpiRead, apiPid));
  }

  // The api's CPU for a health check, as the floor of any request.
  const healthRead = async (): Promise<Array<[string, number]>> => {
    const steps: Array<[string, number]> = [];
    await timed(steps, 'health', () => expectStatus(call(port, 'GET', '/health/live', {}), 200, 'health'));
    return steps;
  };
  results.push(await runCase('health 1', 'kpi', 1, 500, 1, healthRead, apiPid));

  const idleCpuMs = cpuMsOf(apiPid) - idleCpuBefore;
  await stopApi(api);
  api = undefined;

  const find = (impl: CaseResult['impl'], inFlight: number) =>
    results.find((r) => r.impl === impl && r.inFlight === inFlight && !r.name.startsWith('health')) as CaseResult;
  const ratio = (a: number, b: number) => round(a / b, 3);
  const targets = [1, PARAMS.clients].flatMap((n) => {
    const h = find('http', n);
    const s = find('store', n);
    return [
      {
        target: `HTTP commands/s >= 0.5x the store's appends/s at ${n} in flight`,
        value: ratio(h.perSecond, s.perSecond),
        met: h.perSecond >= 0.5 * s.perSecond,
      },
      {
        target: `api CPU <= 1.5 ms per command at ${n} in flight`,
        value: h.apiCpuMsPerOperation,
        met: (h.apiCpuMsPerOperation ?? Infinity) <= 1.5,
      },
    ];
  });
  targets.push({
    target: 'p50 <= 5 ms with one command in flight (quiet machine)',
    value: find('http', 1).latencyMs.p50,
    met: find('http', 1).latencyMs.p50 <= 5,
  });
  let commit = 'unknown';
  try {
    commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  } catch {
    // not a checkout
  }
  const report = {
    benchmark: 'http',
    recordedAt: new Date().toISOString(),
    commit,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      totalMemoryGb: round(os.totalmem() / 2 ** 30, 1),
      loadavgAtEnd: os.loadavg().map((l) => round(l)),
      node: process.version,
      postgres: (await owner.query<{ server_version: string }>('show server_version')).rows[0].server_version,
    },
    params: { ...PARAMS, profiled: Boolean(PROFILE_DIR) },
    notes: [
      'http: the built api (dist/apps/api/main.js) as its own process, LOG_LEVEL=info, logs to /dev/null',
      'each http command carries an Idempotency-Key; dispatch/accept/resolve carry If-Match; raise encrypts the resident contact',
      'store: PostgresEventStore.append on the same database as the app role (RLS applies); raw: plain pg INSERTs',
      'with several in flight each client works in its own community (tenant)',
      'apiCpuMs: utime+stime of the api process over the case (10 ms ticks); projections run in the bench process, not during the command cases',
    ],
    apiCpuMsWholeRun: idleCpuMs,
    apiIdleCpuMsPerSecond,
    ratios: Object.fromEntries(
      [1, PARAMS.clients].flatMap((n) => [
        [`http/store at ${n}`, ratio(find('http', n).perSecond, find('store', n).perSecond)],
        [`store/raw at ${n}`, ratio(find('store', n).perSecond, find('raw', n).perSecond)],
      ]),
    ),
    targets,
    cases: results,
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify({ ratios: report.ratios, targets }, null, 2));
  console.log(`wrote ${OUT}`);
} finally {
  agent.destroy();
  if (api) await stopApi(api);
  await projectionStore.close().catch(() => undefined);
  await store.close().catch(() => undefined);
  await rawPool.end().catch(() => undefined);
  await appPool.end().catch(() => undefined);
  await owner.end().catch(() => undefined);
  spawnSync('dropdb', ['-h', serverUrl.hostname, '-U', serverUrl.username || 'postgres', '--force', databaseName], {
    stdio: 'inherit',
  });
}
