/**
 * Failover under load (issue 16, item 3): `npm run test:ha`. Not part of `npm test` (it needs
 * patroni, etcd-server and haproxy, and about two minutes).
 *
 *   1. deploy/ha/cluster.sh start: three PostgreSQL 15 under Patroni (synchronous_mode), etcd,
 *      HAProxy (writes 127.0.0.1:15000). A fresh database on it, migrated by the cli.
 *   2. The api and the projector as deployed (dist/apps/…/main.js, their own processes) on
 *      HAProxy's write port, each supervised like an orchestrator would: restarted when it exits.
 *   3. A district, a street and COMMUNITIES communities set up through HTTP; then CLIENTS clients
 *      raise requests, each command with its own Idempotency-Key, retried with the same key on
 *      any failure (network error, 5xx, timeout) until acknowledged (201).
 *   4. For each scenario, after WARMUP_S seconds of load: (a) `postmaster` — kill -9 the leader's
 *      postmaster alone (Patroni restarts it in place); (b) `node` — kill -9 the leader's Patroni
 *      agent and PostgreSQL together (Patroni promotes the synchronous standby), then the old
 *      leader is brought back as a replica. Load continues AFTER_S seconds after recovery.
 *   5. Measured and asserted: unavailability (the longest gap between two acknowledgements
 *      around the fault, target ≤ 15 s), acknowledged-but-lost (an acknowledged key with no
 *      event: must be 0), duplicates (a key or a request stream raised twice: must be 0),
 *      `verify` of every tenant's hash chain, and the projector caught up to the log with every
 *      event counted once (tenant_activity equals the log per tenant).
 *
 * Env: HA_SCENARIOS (postmaster,node), CLIENTS (8), COMMUNITIES (4), WARMUP_S (8), AFTER_S (8),
 * HA_KEEP_CLUSTER=1 leaves the cluster running. Writes bench/results/failover.json; exits 1 when
 * a target is missed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { TokenService } from '../libs/auth/src/index.js';
import { PostgresEventStore } from '../libs/event-store/src/index.js';
import { toTenantId } from '../libs/tenancy/src/index.js';

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const ROOT = process.cwd();
const CLUSTER = join(ROOT, 'deploy/ha/cluster.sh');
const CLIENTS = intEnv('CLIENTS', 8);
const COMMUNITIES = intEnv('COMMUNITIES', 4);
const WARMUP_S = intEnv('WARMUP_S', 8);
const AFTER_S = intEnv('AFTER_S', 8);
const SCENARIOS = (process.env.HA_SCENARIOS ?? 'postmaster,node').split(',').map((s) => s.trim()) as Scenario[];
const WRITE_PORT = intEnv('HA_WRITE_PORT', 15000);
const API_PORT = intEnv('HA_API_PORT', 13080);
const DATABASE = 'tongxin_failover';
const SERVER_URL = `postgres://postgres:postgres@127.0.0.1:${WRITE_PORT}/postgres`;
const DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${WRITE_PORT}/${DATABASE}`;
const UNAVAILABILITY_TARGET_S = 15;
const LOG_DIR = join(os.tmpdir(), 'tongxin-failover-logs');

type Scenario = 'postmaster' | 'node';

const say = (line: string) => process.stderr.write(`[failover ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

function cluster(...args: string[]): string {
  const result = spawnSync(CLUSTER, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`cluster.sh ${args.join(' ')} failed (${result.status})`);
  return result.stdout.trim();
}

/** A process restarted whenever it exits, as an orchestrator would; counts its restarts. */
class Supervised {
  private child: ChildProcess | null = null;
  private stopping = false;
  restarts = 0;

  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: Record<string, string>,
  ) {}

  start(): void {
    const log = openSync(join(LOG_DIR, `${this.name}.log`), 'a');
    const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, this.script)], {
      cwd: ROOT,
      stdio: ['ignore', log, log],
      env: { ...process.env, ...this.env },
    });
    this.child = child;
    child.on('exit', (code, signal) => {
      if (this.stopping) return;
      this.restarts += 1;
      say(`${this.name} exited (${code ?? signal}); restarting`);
      setTimeout(() => this.start(), 1000);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

interface Command {
  readonly key: string;
  readonly client: number;
  readonly communityId: string;
  attempts: number;
  /** When the attempt that was acknowledged started. */
  lastAttemptAt?: number;
  ackedAt?: number;
  requestId?: string;
}

const api = (path: string) => `http://127.0.0.1:${API_PORT}${path}`;

async function post(
  path: string,
  token: string,
  body: unknown,
  key?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(api(path), {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      ...(key ? { 'Idempotency-Key': key } : {}),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
  } catch {
    return { status: response.status, body: { text } };
  }
}

/** A call that got no HTTP answer (connection refused or reset, timeout). */
const unanswered = (error: unknown): { status: number; body: Record<string, unknown> } => ({
  status: 0,
  body: { error: String(error) },
});

/** Retries a setup call until it answers 201 (the directory projection may not have caught up yet). */
async function setUp(path: string, token: string, body: unknown, key: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await post(path, token, body, key).catch(unanswered);
    if (answer.status === 201) return;
    if (Date.now() > deadline) throw new Error(`setup ${path} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    await sleep(200);
  }
}

async function waitFor(what: string, probe: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

interface ScenarioResult {
  readonly scenario: Scenario;
  readonly fault: string;
  readonly killedNode: string;
  readonly leaderAfter: string;
  readonly commands: {
    sent: number;
    acknowledged: number;
    retriedCommands: number;
    failedAttempts: number;
    failedAttemptsByAnswer: Record<string, number>;
  };
  /** Before the kill: acknowledged commands per second and the latency of an acknowledged attempt. */
  readonly steady: { commandsPerSecond: number; p50Ms: number; p95Ms: number };
  readonly unavailabilitySeconds: number;
  readonly firstAckAfterKillSeconds: number | null;
  readonly acknowledgedButLost: number;
  readonly duplicates: number;
  readonly verify: { tenants: number; ok: number; failures: string[] };
  readonly projector: { caughtUp: boolean; tenantsCountedOnce: number; tenantsMiscounted: string[] };
  readonly restarts: { api: number; projector: number };
  readonly oldLeaderRejoinedAsReplica: boolean | null;
  readonly passed: boolean;
}

async function main(): Promise<void> {
  mkdirSync(LOG_DIR, { recursive: true });
  say('starting the cluster (deploy/ha/cluster.sh start)');
  const clusterStarted = performance.now();
  cluster('start');
  const clusterStartSeconds = (performance.now() - clusterStarted) / 1000;

  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${DATABASE} with (force)`);
  await admin.query(`create database ${DATABASE}`);
  await admin.end();
  const migrate = spawnSync(process.execPath, [join(ROOT, 'dist/apps/cli/main.js'), 'migrate'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (migrate.status !== 0) throw new Error('migrate failed');

  const secret = randomBytes(32).toString('hex');
  const env = {
    DATABASE_URL,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    REDIS_URL: '',
    JWT_SECRET: secret,
    PII_MASTER_KEYS: `failover:${randomBytes(32).toString('base64')}`,
    PORT: String(API_PORT),
    DATABASE_POOL_SIZE: '10',
    PROJECTOR_POLL_INTERVAL_MS: '100',
  };
  const apiProcess = new Supervised('api', 'dist/apps/api/main.js', env);
  const projector = new Supervised('projector', 'dist/apps/projector/main.js', env);
  apiProcess.start();
  projector.start();
  const owner = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  owner.on('error', () => undefined);
  const results: ScenarioResult[] = [];
  try {
    await waitFor('the api', async () => (await fetch(api('/health/ready'))).ok);
    const tokens = new TokenService({ issuer: 'tongxin', audience: 'tongxin-api', secret });
    const platform = await tokens.issue('failover-admin', '平台管理员', ['platform-admin'], {});
    const office = await tokens.issue('failover-office', '街道办', ['street-office'], { streetId: 's-failover' });
    await setUp('/api/v1/districts', platform, { districtId: 'd-failover', name: '咸安区' }, 'setup-district');
    await setUp(
      '/api/v1/districts/d-failover/streets',
      platform,
      { streetId: 's-failover', name: '永安办事处' },
      'setup-street',
    );
    const communities = Array.from({ length: COMMUNITIES }, (_, i) => `c-failover-${i + 1}`);
    for (const [i, communityId] of communities.entries()) {
      await setUp(
        '/api/v1/streets/s-failover/communities',
        office,
        { communityId, name: `凤凰${i + 1}社区`, onboardedOn: '2020-01-01' },
        `setup-${communityId}`,
      );
    }
    const residents = await Promise.all(
      communities.map((communityId) => tokens.issue(`resident-${communityId}`, '居民', ['resident'], { communityId })),
    );
    // The directory projection must know the communities before residents may write in them:
    // a first request in each, retried until it is accepted.
    for (const [i, communityId] of communities.entries()) {
      await setUp(
        `/api/v1/communities/${communityId}/requests`,
        residents[i],
        { channel: 'door-duty', category: 'street-lights', description: '路灯不亮', compoundId: 'ha' },
        `warm-${communityId}`,
      );
    }

    for (const scenario of SCENARIOS) {
      results.push(await runScenario(scenario, communities, residents, owner, apiProcess, projector));
    }
  } finally {
    await apiProcess.stop();
    await projector.stop();
    await owner.end();
    if (process.env.HA_KEEP_CLUSTER !== '1') cluster('stop');
  }

  const passed = results.every((r) => r.passed);
  const report = {
    benchmark: 'failover',
    date: new Date().toISOString(),
    command: 'npm run test:ha',
    machine: { cpus: os.cpus().length, load: os.loadavg().map((l) => Number(l.toFixed(2))), node: process.version },
    cluster: {
      stack:
        'deploy/ha/cluster.sh: PostgreSQL 15 ×3 under Patroni 3.0 (synchronous_mode, ttl 10, loop_wait 2, retry_timeout 4), etcd 3.4, HAProxy 2.6 (/primary, /replica checks every 1 s)',
      startSeconds: Number(clusterStartSeconds.toFixed(1)),
    },
    load: {
      clients: CLIENTS,
      communities: COMMUNITIES,
      command: 'POST /api/v1/communities/:communityId/requests (raise), one Idempotency-Key per command',
      retry: 'same key on any answer but 201 (network error, 5xx, 5 s timeout); 100 ms, then 250 ms between attempts',
      warmupSeconds: WARMUP_S,
      afterRecoverySeconds: AFTER_S,
    },
    targets: { unavailabilitySeconds: UNAVAILABILITY_TARGET_S, acknowledgedButLost: 0, duplicates: 0 },
    scenarios: results,
    passed,
    notes:
      'unavailability = longest gap between two consecutive acknowledgements (any client) from the kill until load stops; a shared 2-core machine, so figures are noisy',
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/failover.json'), `${JSON.stringify(report, null, 2)}\n`);
  say(`wrote bench/results/failover.json: ${passed ? 'PASSED' : 'FAILED'}`);
  for (const r of results)
    say(
      `${r.scenario}: unavailable ${r.unavailabilitySeconds}s, acked ${r.commands.acknowledged}, lost ${r.acknowledgedButLost}, duplicates ${r.duplicates}, verify ${r.verify.ok}/${r.verify.tenants}, projector ${r.projector.caughtUp ? 'caught up' : 'BEHIND'}`,
    );
  if (!passed) process.exitCode = 1;
}

async function runScenario(
  scenario: Scenario,
  communities: readonly string[],
  residents: readonly string[],
  owner: pg.Pool,
  apiProcess: Supervised,
  projector: Supervised,
): Promise<ScenarioResult> {
  say(`scenario ${scenario}: ${CLIENTS} clients, kill after ${WARMUP_S}s`);
  const restartsBefore = { api: apiProcess.restarts, projector: projector.restarts };
  const commands: Command[] = [];
  let failedAttempts = 0;
  /** Failed attempts by answer: network (connection refused, reset, timeout) or status and code. */
  const failures: Record<string, number> = {};
  let stop = false;
  const client = async (index: number) => {
    const community = index % communities.length;
    const communityId = communities[community];
    const token = residents[community];
    for (let n = 0; !stop; n += 1) {
      const command: Command = { key: `ha-${scenario}-${index}-${n}`, client: index, communityId, attempts: 0 };
      commands.push(command);
      for (;;) {
        command.attempts += 1;
        command.lastAttemptAt = performance.now();
        const answer = await post(
          `/api/v1/communities/${communityId}/requests`,
          token,
          { channel: 'door-duty', category: 'street-lights', description: `路灯不亮 ${command.key}`, compoundId: 'ha' },
          command.key,
        ).catch(unanswered);
        if (answer.status === 201) {
          command.ackedAt = performance.now();
          command.requestId = answer.body.requestId as string;
          break;
        }
        failedAttempts += 1;
        const status =
          answer.status === 0
            ? 'network'
            : `${answer.status} ${typeof answer.body.code === 'string' ? answer.body.code : ''}`.trim();
        failures[status] = (failures[status] ?? 0) + 1;
        await sleep(command.attempts === 1 ? 100 : 250);
        // A client gives up only when the run ends; its command stays unacknowledged (not counted as lost).
        if (stop && command.attempts > 40) break;
      }
    }
  };
  const running = Array.from({ length: CLIENTS }, (_, i) => client(i));

  await sleep(WARMUP_S * 1000);
  const leaderBefore = cluster('leader');
  const killedAt = performance.now();
  const killedNode = scenario === 'postmaster' ? cluster('kill-postmaster') : cluster('kill-node', leaderBefore);
  say(`killed (${scenario}) on ${killedNode}`);
  // Recovered once a command is acknowledged after the kill; then AFTER_S more seconds of load.
  await waitFor(
    'a command acknowledged after the kill',
    () => Promise.resolve(commands.some((c) => (c.ackedAt ?? 0) > killedAt + 200)),
    90_000,
  );
  await sleep(AFTER_S * 1000);
  stop = true;
  await Promise.all(running);
  const leaderAfter = cluster('leader');

  let rejoined: boolean | null = null;
  if (scenario === 'node') {
    say(`bringing ${killedNode} back`);
    cluster('start-node', killedNode);
    await waitFor(
      `${killedNode} back as a replica`,
      () => {
        // cluster.sh status is synchronous; the probe answers a settled promise.
        const status = cluster('status');
        const row = new RegExp(
          `\\|\\s*${killedNode}\\s*\\|[^|]+\\|\\s*(Replica|Sync Standby)\\s*\\|\\s*(running|streaming)`,
        );
        return Promise.resolve(row.test(status));
      },
      120_000,
    ).then(
      () => (rejoined = true),
      () => (rejoined = false),
    );
  }

  // Acknowledgements, ordered: the longest gap from the last one before the kill onwards.
  const acks = commands
    .map((c) => c.ackedAt)
    .filter((t): t is number => t !== undefined)
    .sort((a, b) => a - b);
  const lastBefore = acks.filter((t) => t <= killedAt).at(-1) ?? killedAt;
  const around = [lastBefore, ...acks.filter((t) => t > killedAt)];
  let gap = 0;
  for (let i = 1; i < around.length; i += 1) gap = Math.max(gap, around[i] - around[i - 1]);
  const firstAfter = acks.find((t) => t > killedAt);
  const loadStarted = Math.min(...commands.map((c) => c.lastAttemptAt ?? Infinity));
  const steadyLatencies = commands
    .filter((c) => c.ackedAt !== undefined && c.ackedAt <= killedAt && c.attempts === 1)
    .map((c) => (c.ackedAt as number) - (c.lastAttemptAt as number))
    .sort((a, b) => a - b);
  const quantile = (q: number) =>
    steadyLatencies.length === 0
      ? 0
      : Math.round(steadyLatencies[Math.min(steadyLatencies.length - 1, Math.floor(q * steadyLatencies.length))] ?? 0);
  const steady = {
    commandsPerSecond: Number(
      (acks.filter((t) => t <= killedAt).length / ((killedAt - loadStarted) / 1000)).toFixed(1),
    ),
    p50Ms: quantile(0.5),
    p95Ms: quantile(0.95),
  };

  // Every acknowledged key has its event; no key and no request stream was raised twice.
  const acked = commands.filter((c) => c.ackedAt !== undefined);
  const prefix = `ha-${scenario}-%`;
  const stored = await owner.query<{ command_id: string; n: string; streams: string }>(
    `select command_id, count(*) as n, count(distinct stream_id) as streams from events
     where event_type = 'RequestRaised' and command_id like $1 group by command_id`,
    [prefix],
  );
  const byKey = new Map(stored.rows.map((r) => [r.command_id, Number(r.n)]));
  const lost = acked.filter((c) => !byKey.has(c.key)).length;
  const duplicateKeys = stored.rows.filter((r) => Number(r.n) > 1).length;
  const duplicateStreams = Number(
    (
      await owner.query<{ n: string }>(
        `select count(*) as n from (select tenant_id, stream_id from events where event_type = 'RequestRaised'
         group by tenant_id, stream_id having count(*) > 1) d`,
      )
    ).rows[0]?.n ?? 0,
  );

  // Every tenant's hash chain verifies.
  const store = new PostgresEventStore({ pool: owner });
  const tenants = (await owner.query<{ tenant_id: string }>('select distinct tenant_id from events')).rows.map(
    (r) => r.tenant_id,
  );
  const broken: string[] = [];
  for (const tenant of tenants) {
    const result = await store.verifyTenant(toTenantId(tenant));
    if (!result.ok) broken.push(`${tenant}: ${JSON.stringify(result)}`);
  }
  await store.close();

  // The projector (restarted if the failover made it exit) catches up, each event counted once.
  const head = async () =>
    Number((await owner.query<{ p: string | null }>('select max(global_position) as p from events')).rows[0]?.p ?? 0);
  const target = await head();
  let caughtUp = true;
  await waitFor(
    'the projector to catch up',
    async () =>
      Number(
        (
          await owner.query<{ p: string | null }>(
            "select min(position) as p from projection_checkpoints where projection in ('tenant-activity', 'directory', 'kpi-facts')",
          )
        ).rows[0]?.p ?? 0,
      ) >= target,
    60_000,
  ).catch(() => (caughtUp = false));
  const counts = await owner.query<{ tenant_id: string; logged: string; projected: string | null }>(
    `select e.tenant_id, count(*) as logged, a.event_count as projected from events e
     left join tenant_activity a on a.tenant_id = e.tenant_id where e.global_position <= $1
     group by e.tenant_id, a.event_count`,
    [target],
  );
  const miscounted = counts.rows
    .filter((r) => Number(r.logged) !== Number(r.projected ?? -1))
    .map((r) => `${r.tenant_id}: log ${r.logged}, projected ${r.projected}`);

  const unavailabilitySeconds = Number((gap / 1000).toFixed(2));
  const result: ScenarioResult = {
    scenario,
    fault:
      scenario === 'postmaster'
        ? "kill -9 of the leader's postmaster alone"
        : "kill -9 of the leader's Patroni agent and postmaster together",
    killedNode,
    leaderAfter,
    commands: {
      sent: commands.length,
      acknowledged: acked.length,
      retriedCommands: commands.filter((c) => c.attempts > 1).length,
      failedAttempts,
      failedAttemptsByAnswer: failures,
    },
    steady,
    unavailabilitySeconds,
    firstAckAfterKillSeconds: firstAfter === undefined ? null : Number(((firstAfter - killedAt) / 1000).toFixed(2)),
    acknowledgedButLost: lost,
    duplicates: duplicateKeys + duplicateStreams,
    verify: { tenants: tenants.length, ok: tenants.length - broken.length, failures: broken },
    projector: { caughtUp, tenantsCountedOnce: counts.rows.length - miscounted.length, tenantsMiscounted: miscounted },
    restarts: {
      api: apiProcess.restarts - restartsBefore.api,
      projector: projector.restarts - restartsBefore.projector,
    },
    oldLeaderRejoinedAsReplica: rejoined,
    passed: false,
  };
  return {
    ...result,
    passed:
      unavailabilitySeconds <= UNAVAILABILITY_TARGET_S &&
      lost === 0 &&
      result.duplicates === 0 &&
      broken.length === 0 &&
      caughtUp &&
      miscounted.length === 0 &&
      rejoined !== false,
  };
}

await main();
