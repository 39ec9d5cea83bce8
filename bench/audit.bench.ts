/**
 * Audit export + offline verify of a large tenant in constant memory (issue 7, done-when).
 *
 *   1. A fresh database; two communities onboarded through the registry: one of SMALL events
 *      (default 100,000) and one of LARGE events (default 1,000,000), generated through the
 *      event store's bulk path (appendBatch: hash chain in Node, one multi-row insert per call).
 *   2. The api as deployed (dist/apps/api/main.js, its own process): an auditor seals a signed
 *      checkpoint of each community, then exports its history as NDJSON (GET …/export, streamed
 *      with backpressure) into a file. The api's resident set is sampled every 50 ms during each
 *      export (peak per export) and its lifetime peak (VmHWM) read at the end.
 *   3. The offline verifier (dist/apps/cli/main.js verify-export, its own process, no database)
 *      checks each file's chain and the signed checkpoint; its peak RSS comes from
 *      process.resourceUsage().maxRSS at exit.
 *
 * Constant memory shows as the same peak for SMALL and LARGE (ratio ≈ 1), whatever the size.
 * Run: npm run bench:audit (needs `npm run build` for the api and cli bundles; the script runs it).
 * Server: BENCH_DATABASE_URL, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres
 * (needs the right to create databases). Writes bench/results/audit.json.
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { CommandExecutor, RegistryCommandHandler, RegistryCommandMessage } from '../libs/application/src/index.js';
import { TokenService } from '../libs/auth/src/index.js';
import { PostgresEventStore, type NewEvent, type StreamWrite } from '../libs/event-store/src/index.js';
import { systemClock, uuidGenerator } from '../libs/kernel/src/index.js';
import { directoryProjection } from '../libs/projections/src/index.js';
import {
  appRoleOption,
  DirectoryReader,
  migrateSchema,
  ProjectionRunner,
  writeDirectory,
} from '../libs/read-store/src/index.js';
import { allTenantsScope, runInTenantContext, toTenantId } from '../libs/tenancy/src/index.js';

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const SERVER_URL =
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'tongxin_bench_audit';
const SMALL = intEnv('BENCH_AUDIT_SMALL', 100_000);
const LARGE = intEnv('BENCH_AUDIT_EVENTS', 1_000_000);
const EVENTS_PER_STREAM = 100;
const STREAMS_PER_APPEND = 50;
const PORT = intEnv('BENCH_AUDIT_PORT', 3990);
/**
 * V8 old-space cap of the exporting and verifying processes: a process that held on to anything
 * per event would die of it long before a million events, so finishing under the cap shows the
 * memory is bounded; the peak RSS figures are then what that bound costs.
 */
const HEAP_MIB = intEnv('BENCH_AUDIT_HEAP_MIB', 96);
/** The repository root: npm runs scripts there. */
const ROOT = process.cwd();
const mib = (kib: number) => Math.round((kib / 1024) * 10) / 10;
const say = (line: string) => process.stdout.write(`[bench:audit] ${line}\n`);

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** ~200 bytes of JSON, like a request as the inbox records it. */
function newEvents(count: number, first: number): NewEvent[] {
  const occurredAt = new Date().toISOString();
  return Array.from({ length: count }, (_, i) => ({
    eventId: randomUUID(),
    type: 'WorksCompleted',
    schemaVersion: 1,
    occurredAt,
    data: {
      worksId: `W-${String(first + i).padStart(8, '0')}`,
      kind: 'street-lamps',
      quantity: 1 + ((first + i) % 7),
      unit: '盏',
      description: '安装太阳能路灯，楼栋 3 单元 2，网格 G-07',
    },
  }));
}

/** Generates `total` events in `tenant` through appendBatch, STREAMS_PER_APPEND × EVENTS_PER_STREAM per call. */
async function generate(store: PostgresEventStore, tenant: string, total: number): Promise<number> {
  const started = performance.now();
  const tenantId = toTenantId(tenant);
  let written = 0;
  let stream = 0;
  while (written < total) {
    const writes: StreamWrite[] = [];
    for (let s = 0; s < STREAMS_PER_APPEND && written < total; s += 1) {
      const count = Math.min(EVENTS_PER_STREAM, total - written);
      writes.push({ streamId: `works-bench-${stream++}`, expectedVersion: 0, events: newEvents(count, written) });
      written += count;
    }
    await store.appendBatch(tenantId, writes, { actor: { userId: 'bench', role: 'community-staff' } });
    if (written % 100_000 === 0) say(`  ${tenant}: ${written.toLocaleString('en')} events`);
  }
  return (performance.now() - started) / 1000;
}

function statusKib(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(line?.replace(/\D+/g, '') ?? 0);
}

async function waitReady(): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    try {
      if (
        (await fetch(`http://127.0.0.1:${PORT}/health/live`)).ok ||
        (await fetch(`http://127.0.0.1:${PORT}/health/ready`)).status < 500
      )
        return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error('api did not start');
}

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${DATABASE} with (force)`);
  await admin.query(`create database ${DATABASE}`);
  const serverVersion = (await admin.query<{ server_version: string }>('show server_version')).rows[0]?.server_version;
  await admin.end();
  const url = databaseUrl(DATABASE);
  const owner = new pg.Pool({ connectionString: url, max: 2 });
  await migrateSchema(owner);
  const pool = new pg.Pool({ connectionString: url, max: 10, options: appRoleOption() });
  const store = new PostgresEventStore({ pool, pollIntervalMs: 50 });
  const tmp = mkdtempSync(join(os.tmpdir(), 'tongxin-bench-audit-'));
  const small = 'c-bench-small';
  const large = 'c-bench-large';

  // The hierarchy, through the registry and the directory projection, so the api's access rules find the communities.
  const registry = new RegistryCommandHandler(
    new CommandExecutor(store, systemClock, uuidGenerator),
    new DirectoryReader(pool),
    systemClock,
  );
  const actor = { userId: 'bench', role: 'platform-admin' };
  const runner = new ProjectionRunner({ pool, store, projection: directoryProjection, write: writeDirectory });
  await runner.start();
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
    for (
      let i = 0;
      i < 200 && !(await owner.query("select 1 from directory_units where unit_id = 's-bench'")).rowCount;
      i += 1
    )
      await sleep(50);
    for (const [communityId, name] of [
      [small, '小社区'],
      [large, '大社区'],
    ] as const) {
      await registry.execute(
        new RegistryCommandMessage(
          { districtId: 'd-bench' },
          { kind: 'OnboardCommunity', communityId, name, streetId: 's-bench', onboardedOn: '2020-01-01' },
          { actor },
        ),
      );
    }
  });
  for (
    let i = 0;
    i < 200 &&
    Number((await owner.query("select count(*) as n from directory_units where unit_kind = 'community'")).rows[0].n) <
      2;
    i += 1
  )
    await sleep(50);
  await runner.stop();

  say(`generating ${SMALL.toLocaleString('en')} + ${LARGE.toLocaleString('en')} events through appendBatch`);
  const generation = [];
  for (const [tenant, n] of [
    [small, SMALL],
    [large, LARGE],
  ] as const) {
    const seconds = await generate(store, tenant, n);
    generation.push({
      tenant,
      events: n,
      seconds: Math.round(seconds * 10) / 10,
      eventsPerSecond: Math.round(n / seconds),
    });
  }
  await owner.query('vacuum analyze events');
  await store.close();
  await pool.end();

  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const keyFile = join(tmp, 'audit-public.pem');
  writeFileSync(keyFile, publicKey.export({ type: 'spki', format: 'pem' }).toString());
  const secret = randomBytes(32).toString('hex');
  const api = spawn(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, join(ROOT, 'dist/apps/api/main.js')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(PORT),
      LOG_LEVEL: 'silent',
      NODE_ENV: 'development',
      JWT_SECRET: secret,
      AUDIT_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      PII_MASTER_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      REDIS_URL: '',
      DATABASE_POOL_SIZE: '4',
    },
  });
  const exports = [];
  const verifies = [];
  try {
    await waitReady();
    const idleRssKib = statusKib(api.pid as number, 'VmRSS');
    const token = await new TokenService({ issuer: 'tongxin', audience: 'tongxin-api', secret }).issue(
      'bench-auditor',
      '基准审计员',
      ['auditor'],
      { districtId: 'd-bench' },
    );
    const headers = { Authorization: `Bearer ${token}` };
    for (const [tenant, n] of [
      [small, SMALL],
      [large, LARGE],
    ] as const) {
      const base = `http://127.0.0.1:${PORT}/api/v1/communities/${tenant}`;
      let started = performance.now();
      const sealed = await fetch(`${base}/checkpoints`, { method: 'POST', headers });
      if (sealed.status !== 201) throw new Error(`seal failed: ${sealed.status} ${await sealed.text()}`);
      const { checkpoint } = (await sealed.json()) as { checkpoint: { treeSize: number } };
      const sealSeconds = (performance.now() - started) / 1000;
      const checkpointFile = join(tmp, `${tenant}-checkpoint.json`);
      writeFileSync(checkpointFile, JSON.stringify(checkpoint));

      // Export, sampling the api's resident set while it streams.
      const file = join(tmp, `${tenant}.ndjson`);
      let peakKib = statusKib(api.pid as number, 'VmRSS');
      const sampler = setInterval(() => (peakKib = Math.max(peakKib, statusKib(api.pid as number, 'VmRSS'))), 50);
      started = performance.now();
      // curl as the client: it reads as fast as the api writes, so the figure is the api's.
      const status = await new Promise<string>((ok, fail) => {
        const curl = spawn('curl', [
          '-sS',
          '-o',
          file,
          '-w',
          '%{http_code}',
          '-H',
          `Authorization: Bearer ${token}`,
          `${base}/export?reason=${encodeURIComponent('基准测试：导出与离线校验')}`,
        ]);
        let out = '';
        curl.stdout.on('data', (d) => (out += d));
        curl.on('error', fail);
        curl.on('close', () => ok(out));
      });
      if (status !== '200') throw new Error(`export failed: ${status}`);
      const exportSeconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const bytes = statSync(file).size;
      const lines = Number(
        (
          await new Promise<string>((ok) => {
            const wc = spawn('wc', ['-l', file]);
            let out = '';
            wc.stdout.on('data', (d) => (out += d));
            wc.on('close', () => ok(out));
          })
        )
          .trim()
          .split(' ')[0],
      );
      exports.push({
        tenant,
        events: n,
        lines,
        checkpointTreeSize: checkpoint.treeSize,
        sealSeconds: Math.round(sealSeconds * 10) / 10,
        seconds: Math.round(exportSeconds * 10) / 10,
        eventsPerSecond: Math.round(lines / exportSeconds),
        mibPerSecond: Math.round((bytes / 1048576 / exportSeconds) * 10) / 10,
        bytes,
        apiPeakRssMiB: mib(peakKib),
      });
      say(
        `  export ${tenant}: ${lines.toLocaleString('en')} lines, ${(bytes / 1048576).toFixed(0)} MiB in ${exportSeconds.toFixed(1)} s, api peak RSS ${mib(peakKib)} MiB`,
      );

      // Offline verification in its own process, no database.
      const rssFile = join(tmp, `${tenant}-verify-rss.json`);
      const preload = join(tmp, 'rss-at-exit.mjs');
      writeFileSync(
        preload,
        "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.BENCH_RSS_OUT, JSON.stringify(process.resourceUsage())));\n",
      );
      started = performance.now();
      const output = await new Promise<{ code: number | null; out: string }>((ok) => {
        const child = spawn(
          process.execPath,
          [
            `--max-old-space-size=${HEAP_MIB}`,
            '--import',
            preload,
            join(ROOT, 'dist/apps/cli/main.js'),
            'verify-export',
            '--file',
            file,
            '--checkpoint',
            checkpointFile,
            '--public-key',
            keyFile,
          ],
          { cwd: ROOT, env: { ...process.env, BENCH_RSS_OUT: rssFile } },
        );
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('close', (code) => ok({ code, out }));
      });
      const verifySeconds = (performance.now() - started) / 1000;
      const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as {
        maxRSS: number;
        userCPUTime: number;
        systemCPUTime: number;
      };
      if (output.code !== 0 || !output.out.includes('signed and matching'))
        throw new Error(`verify-export failed (${output.code}): ${output.out.slice(-500)}`);
      verifies.push({
        tenant,
        events: lines,
        seconds: Math.round(verifySeconds * 10) / 10,
        eventsPerSecond: Math.round(lines / verifySeconds),
        peakRssMiB: mib(usage.maxRSS),
        cpuSeconds: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1e5) / 10,
        exitCode: output.code,
      });
      say(`  verify ${tenant}: ${verifySeconds.toFixed(1)} s, peak RSS ${mib(usage.maxRSS)} MiB`);
      rmSync(file);
    }
    const apiLifetimePeakKib = statusKib(api.pid as number, 'VmHWM');
    const [exportSmall, exportLarge] = exports;
    const [verifySmall, verifyLarge] = verifies;
    const result = {
      benchmark: 'audit export + offline verify',
      when: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: serverVersion,
      },
      sizes: { small: SMALL, large: LARGE },
      heapCapMiB: HEAP_MIB,
      generation,
      api: { idleRssMiB: mib(idleRssKib), lifetimePeakRssMiB: mib(apiLifetimePeakKib) },
      export: exports,
      verify: verifies,
      constantMemory: {
        exportPeakRatioLargeToSmall:
          Math.round(((exportLarge?.apiPeakRssMiB ?? 0) / (exportSmall?.apiPeakRssMiB ?? 1)) * 100) / 100,
        verifyPeakRatioLargeToSmall:
          Math.round(((verifyLarge?.peakRssMiB ?? 0) / (verifySmall?.peakRssMiB ?? 1)) * 100) / 100,
        eventsRatioLargeToSmall: LARGE / SMALL,
      },
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/audit.json'), `${JSON.stringify(result, null, 2)}\n`);
    say(
      `wrote bench/results/audit.json: export peak ${exportLarge?.apiPeakRssMiB} MiB at ${LARGE.toLocaleString('en')} vs ${exportSmall?.apiPeakRssMiB} MiB at ${SMALL.toLocaleString('en')}; verify ${verifyLarge?.peakRssMiB} vs ${verifySmall?.peakRssMiB} MiB`,
    );
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    rmSync(tmp, { recursive: true, force: true });
    await owner.end();
    const drop = new pg.Client({ connectionString: SERVER_URL });
    await drop.connect();
    await drop.query(`drop database if exists ${DATABASE} with (force)`).catch(() => undefined);
    await drop.end();
  }
}

await main();
