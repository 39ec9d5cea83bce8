/**
 * Event store throughput, side by side against one PostgreSQL server:
 *
 *   tongxin  PostgresEventStore (libs/event-store): per-tenant hash chain, gap-free global order
 *   raw      plain `pg` into a minimal table: the floor any event store pays
 *   emmett   @event-driven-io/emmett-postgresql, the closest TypeScript peer
 *
 * Four figures, in events per second:
 *   1. single-event appends, 1 client
 *   2. single-event appends, N concurrent clients
 *   3. B-event batches per append, 1 client
 *   4. a full read of the global log (≥ 200k events) in pages of 1000
 *
 * Each implementation gets its own freshly created database on the same server, a pg.Pool of
 * 10, a short warm-up, and the same event payload. Sequence: warm-up, ANALYZE, seed ≥ 200k
 * events through each bulk path, VACUUM (ANALYZE), fresh pools and a second warm-up, then the
 * read figure (so that it reads exactly what was seeded, and its count can be asserted), then
 * the three append figures. Figures run one after the other with all three implementations per
 * figure, BENCH_REPEATS times in a rotating order, after a CHECKPOINT each, so that no
 * implementation systematically gets the warmer or the quieter slot; medians are reported.
 * Client (Node) and, for a local server, PostgreSQL CPU per 1000 events are recorded too.
 *
 * Run: npm run bench:store (bundled by bench/build.js into dist/bench/store.bench.js).
 * Server: BENCH_DATABASE_URL, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres
 * (needs the right to create databases and to CHECKPOINT; a superuser does).
 * Sizes can be overridden with BENCH_* variables (see PARAMS). Writes bench/results/store.json.
 * Exits 0 when a target is missed: the targets are reported, not enforced.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { dumbo, type SQLExecutor } from '@event-driven-io/dumbo';
import {
  getPostgreSQLEventStore,
  readMessagesBatch,
  type PostgresEventStore as EmmettEventStore,
} from '@event-driven-io/emmett-postgresql';
import {
  PostgresEventStore,
  type AppendMetadata,
  type NewEvent,
  type StreamWrite,
} from '../libs/event-store/src/index.js';
import { allTenantsScope, toTenantId, type TenantId } from '../libs/tenancy/src/index.js';
import { appRoleOption, migrateSchema } from '../libs/read-store/src/index.js';

// ---------------------------------------------------------------------------------------------
// pg type parsers. Emmett's driver (dumbo) replaces pg's *global* parsers the first time it
// builds a pool: int8 -> BigInt and json/jsonb -> JSON.parse with a BigInt reviver. That is
// Emmett's production behaviour, so its pool keeps it; Tongxin and the raw baseline run with
// pg's stock parsers, as they do in production, through a per-pool copy taken before Emmett loads.
// ---------------------------------------------------------------------------------------------
const STOCK_TEXT_PARSERS = new Map<number, unknown>(
  [20 /* int8 */, 114 /* json */, 3802 /* jsonb */].map((oid) => [oid, pg.types.getTypeParser(oid, 'text')]),
);
if (typeof (STOCK_TEXT_PARSERS.get(20) as (v: string) => unknown)('1') !== 'string') {
  throw new Error('pg int8 parser was already replaced before the benchmark captured it');
}
const stockTypes: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) =>
    format === 'binary'
      ? pg.types.getTypeParser(oid, 'binary')
      : (STOCK_TEXT_PARSERS.get(oid) ?? pg.types.getTypeParser(oid, 'text')),
};

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------
function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const SERVER_URL =
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const IMPLS = ['tongxin', 'raw', 'emmett'] as const;
type ImplName = (typeof IMPLS)[number];
const DATABASES: Record<ImplName, string> = {
  tongxin: 'tongxin_bench_tongxin',
  raw: 'tongxin_bench_raw',
  emmett: 'tongxin_bench_emmett',
};

const PARAMS = {
  poolSize: 10,
  singleAppends: intEnv('BENCH_SINGLE_APPENDS', 3000),
  concurrentClients: intEnv('BENCH_CONCURRENT_CLIENTS', 8),
  appendsPerConcurrentClient: intEnv('BENCH_CONCURRENT_APPENDS', 1500),
  batches: intEnv('BENCH_BATCHES', 300),
  batchSize: intEnv('BENCH_BATCH_SIZE', 100),
  /** Single and batch appends go round-robin over this many streams per client: first new, then next versions. */
  streamsPerClient: intEnv('BENCH_STREAMS_PER_CLIENT', 100),
  seedEvents: intEnv('BENCH_SEED_EVENTS', 200_000),
  seedEventsPerAppend: intEnv('BENCH_SEED_BATCH', 1000),
  readPageSize: intEnv('BENCH_READ_PAGE', 1000),
  warmupAppends: intEnv('BENCH_WARMUP_APPENDS', 200),
  warmupBatches: intEnv('BENCH_WARMUP_BATCHES', 5),
  /** Each figure runs this many times per implementation (interleaved); the median is reported. */
  repeats: intEnv('BENCH_REPEATS', 3),
};

const EVENT_TYPE = 'RequestRaised';
const ACTOR = { userId: 'bench-user', role: 'community-staff' } as const;
const METADATA: AppendMetadata = { actor: ACTOR };

/** ~200 bytes of JSON: a resident request as the inbox records it. */
function eventData(n: number): Record<string, unknown> {
  return {
    requestId: `REQ-2026-${String(n).padStart(7, '0')}`,
    channel: 'inbox',
    category: 'lighting',
    description: 'Street light out at building 3',
    location: { building: 3, unit: 2, grid: 'G-07' },
    reportedBy: 'r-0042',
    priority: 'normal',
  };
}
const EVENT_DATA_BYTES = Buffer.byteLength(JSON.stringify(eventData(1234567)));

// ---------------------------------------------------------------------------------------------
// The three implementations behind one small interface
// ---------------------------------------------------------------------------------------------
interface Impl {
  readonly name: ImplName;
  /** Appends `count` events to one stream whose current version is `expectedVersion`. */
  append(client: string, stream: number, expectedVersion: number, count: number): Promise<void>;
  /** The bulk path, used to seed the read figure: `count` events in one append call. */
  seed(batch: number, count: number): Promise<void>;
  /** Reads the global log from the start in pages (all of it, or `maxPages`); returns how many events it saw. */
  readAll(pageSize: number, maxPages?: number): Promise<number>;
  /** count(*) of the underlying table, to check readAll against. */
  countStored(): Promise<number>;
  close(): Promise<void>;
}

let eventCounter = 0;

function newEvents(count: number): NewEvent[] {
  const occurredAt = new Date().toISOString();
  return Array.from({ length: count }, () => ({
    eventId: randomUUID(),
    type: EVENT_TYPE,
    schemaVersion: 1,
    occurredAt,
    data: eventData(eventCounter++),
  }));
}

async function tongxinImpl(url: string): Promise<Impl> {
  // The store as deployed: the whole schema (row-level security included), migrated by the
  // owner, and the store acting as the app role so every policy applies.
  const owner = new pg.Pool({ connectionString: url, max: 1, types: stockTypes });
  await migrateSchema(owner);
  await owner.end();
  const pool = new pg.Pool({
    connectionString: url,
    max: PARAMS.poolSize,
    types: stockTypes,
    options: appRoleOption(),
  });
  const store = new PostgresEventStore({ pool });
  const scope = allTenantsScope('benchmark');
  const tenants = new Map<string, TenantId>();
  const tenantOf = (client: string): TenantId => {
    let tenant = tenants.get(client);
    if (!tenant) tenants.set(client, (tenant = toTenantId(`bench-${client}`)));
    return tenant;
  };
  const seedTenant = toTenantId('bench-seed');
  return {
    name: 'tongxin',
    async append(client, stream, expectedVersion, count) {
      // Each client is a tenant of its own; streams are request-<n> inside it.
      await store.append(tenantOf(client), `request-${stream}`, expectedVersion, newEvents(count), METADATA);
    },
    async seed(batch, count) {
      // The import path: several streams of one tenant in one transaction (appendBatch).
      const perStream = Math.min(count, 100);
      const writes: StreamWrite[] = [];
      for (let done = 0, w = 0; done < count; done += perStream, w++) {
        writes.push({
          streamId: `seed-${batch}-${w}`,
          expectedVersion: 0,
          events: newEvents(Math.min(perStream, count - done)),
        });
      }
      await store.appendBatch(seedTenant, writes, METADATA);
    },
    async readAll(pageSize, maxPages = Infinity) {
      let position = 0;
      let seen = 0;
      for (let pages = 1; ; pages++) {
        const page = await store.readAll(scope, { fromPosition: position, limit: pageSize });
        seen += page.events.length;
        position = page.nextPosition;
        if (page.events.length < pageSize || pages >= maxPages) return seen;
      }
    },
    async countStored() {
      // The app role sees no rows without a tenant scope (row-level security): count as the owner.
      const counter = new pg.Client({ connectionString: url, types: stockTypes });
      await counter.connect();
      try {
        return Number((await counter.query<{ n: string }>('select count(*) as n from events')).rows[0]?.n);
      } finally {
        await counter.end();
      }
    },
    async close() {
      await store.close();
      await pool.end();
    },
  };
}

const RAW_SCHEMA = `
create table if not exists raw_events (
  global_position bigserial primary key,
  stream_id       text    not null,
  version         integer not null,
  type            text    not null,
  data            jsonb   not null,
  unique (stream_id, version)
)`;

async function rawImpl(url: string): Promise<Impl> {
  const pool = new pg.Pool({ connectionString: url, max: PARAMS.poolSize, types: stockTypes });
  await pool.query(RAW_SCHEMA);
  // One statement per append (autocommit). unique(stream_id, version) is the optimistic
  // concurrency check: a stale expected version fails with 23505.
  const insertMany = async (streamIds: string[], versions: number[], count: number): Promise<void> => {
    const data = Array.from({ length: count }, () => JSON.stringify(eventData(eventCounter++)));
    await pool.query(
      `insert into raw_events (stream_id, version, type, data)
       select s, v, $3, d from unnest($1::text[], $2::int[], $4::jsonb[]) as e(s, v, d)`,
      [streamIds, versions, EVENT_TYPE, data],
    );
  };
  return {
    name: 'raw',
    async append(client, stream, expectedVersion, count) {
      const streamId = `request-${client}-${stream}`;
      if (count === 1) {
        await pool.query('insert into raw_events (stream_id, version, type, data) values ($1, $2, $3, $4)', [
          streamId,
          expectedVersion + 1,
          EVENT_TYPE,
          JSON.stringify(eventData(eventCounter++)),
        ]);
        return;
      }
      const versions = Array.from({ length: count }, (_, i) => expectedVersion + 1 + i);
      await insertMany(new Array<string>(count).fill(streamId), versions, count);
    },
    async seed(batch, count) {
      // Same shape as Tongxin's seed: streams of 100 events, `count` rows in one statement.
      const streamIds = Array.from({ length: count }, (_, i) => `seed-${batch}-${Math.floor(i / 100)}`);
      const versions = Array.from({ length: count }, (_, i) => (i % 100) + 1);
      await insertMany(streamIds, versions, count);
    },
    async readAll(pageSize, maxPages = Infinity) {
      let position = '0';
      let seen = 0;
      for (let pages = 1; ; pages++) {
        const rows = (
          await pool.query<{
            global_position: string;
            stream_id: string;
            version: number;
            type: string;
            data: unknown;
          }>(
            `select global_position, stream_id, version, type, data from raw_events
             where global_position > $1 order by global_position limit $2`,
            [position, pageSize],
          )
        ).rows;
        seen += rows.length;
        if (rows.length > 0) position = (rows[rows.length - 1] as { global_position: string }).global_position;
        if (rows.length < pageSize || pages >= maxPages) return seen;
      }
    },
    async countStored() {
      return Number((await pool.query<{ n: string }>('select count(*) as n from raw_events')).rows[0]?.n);
    },
    async close() {
      await pool.end();
    },
  };
}

async function emmettImpl(url: string): Promise<Impl> {
  // Emmett on a pg.Pool of the same size, wrapped in its driver (dumbo). The event store and
  // the reader share it.
  const pool = new pg.Pool({ connectionString: url, max: PARAMS.poolSize });
  const driver = dumbo({ connectionString: url, pool });
  const store: EmmettEventStore = getPostgreSQLEventStore(url, { connectionOptions: { dumbo: driver } });
  // Emmett creates its schema lazily on the first append/read (autoMigration 'CreateOrUpdate');
  // run it up front so that it is not timed.
  await store.schema.migrate();
  const executor: SQLExecutor = driver.execute;
  const appendEvents = async (streamName: string, expectedVersion: number, count: number): Promise<void> => {
    const events = Array.from({ length: count }, () => ({
      type: EVENT_TYPE,
      data: eventData(eventCounter++),
      // Tongxin always records the actor; give Emmett the same information as message metadata.
      metadata: { actor: ACTOR },
    }));
    await store.appendToStream(streamName, events, { expectedStreamVersion: BigInt(expectedVersion) });
  };
  return {
    name: 'emmett',
    async append(client, stream, expectedVersion, count) {
      await appendEvents(`request-${client}-${stream}`, expectedVersion, count);
    },
    async seed(batch, count) {
      // appendToStream is Emmett's only write path and takes one stream per call.
      await appendEvents(`seed-${batch}`, 0, count);
    },
    async readAll(pageSize, maxPages = Infinity) {
      // Emmett's EventStore interface has no read-all. Its public global-log API is
      // readMessagesBatch(executor, { after, batchSize }), which is what its consumers and
      // processors call underneath (postgreSQLEventStoreMessageBatchPuller). The puller itself
      // sleeps ≥ pullingFrequencyInMs between batches (and 100 ms before the first check), so
      // timing it would measure its timers; the loop below is the puller without the sleeps.
      // Note: emt_messages has no index on (transaction_id, global_position), which is the
      // ORDER BY of readMessagesBatch, so each page sorts the whole table: the cost of a page
      // grows with the log, and a full read is quadratic in its length.
      let after = 0n;
      let seen = 0;
      for (let pages = 1; ; pages++) {
        const batch = await readMessagesBatch(executor, { after, batchSize: pageSize });
        seen += batch.messages.length;
        after = batch.currentGlobalPosition;
        if (batch.messages.length < pageSize || pages >= maxPages) return seen;
      }
    },
    async countStored() {
      const rows = (await pool.query<{ n: string | bigint }>('select count(*) as n from emt_messages')).rows;
      return Number(rows[0]?.n);
    },
    async close() {
      await store.close();
      await pool.end();
    },
  };
}

const FACTORIES: Record<ImplName, (url: string) => Promise<Impl>> = {
  tongxin: tongxinImpl,
  raw: rawImpl,
  emmett: emmettImpl,
};

// ---------------------------------------------------------------------------------------------
// Workloads
// ---------------------------------------------------------------------------------------------

/** One client: `appends` appends of `eventsPerAppend` events, round-robin over its streams. */
async function appendWorker(impl: Impl, client: string, appends: number, eventsPerAppend: number): Promise<void> {
  const versions = new Array<number>(PARAMS.streamsPerClient).fill(0);
  for (let i = 0; i < appends; i++) {
    const stream = i % PARAMS.streamsPerClient;
    await impl.append(client, stream, versions[stream], eventsPerAppend);
    versions[stream] = versions[stream] + eventsPerAppend;
  }
}

interface Measurement {
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  /** CPU time of this Node process (the client side) during the run. */
  readonly clientCpuSeconds: number;
  /** CPU time of all local `postgres` processes during the run; null when the server is not local. */
  readonly serverCpuSeconds: number | null;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux
const LOCAL_SERVER = ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(SERVER_URL).hostname);

/** user+system CPU ticks of each local postgres process, from /proc (Linux only). */
function serverCpuTicks(): Map<string, number> | null {
  if (!LOCAL_SERVER) return null;
  try {
    const ticks = new Map<string, number>();
    for (const pid of readdirSync('/proc')) {
      if (!/^[0-9]+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' '); // fields[0] is field 3 (state)
      ticks.set(pid, Number(fields[11]) + Number(fields[12])); // utime, stime
    }
    return ticks;
  } catch {
    return null;
  }
}

/**
 * Server CPU spent between two snapshots, per process so that backends starting or ending
 * meanwhile (pool connections opening, idle ones timing out) do not distort the sum. A backend
 * that exits during the run takes its share with it: a slight undercount, never negative.
 */
function serverCpuBetween(before: Map<string, number> | null, after: Map<string, number> | null): number | null {
  if (!before || !after) return null;
  let ticks = 0;
  for (const [pid, t] of after) ticks += Math.max(0, t - (before.get(pid) ?? 0));
  return ticks / CLOCK_TICKS;
}

async function timed(events: number, work: () => Promise<unknown>): Promise<Measurement> {
  const server0 = serverCpuTicks();
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const server1 = serverCpuTicks();
  return {
    events,
    seconds,
    eventsPerSecond: events / seconds,
    clientCpuSeconds: (cpu.user + cpu.system) / 1e6,
    serverCpuSeconds: serverCpuBetween(server0, server1),
  };
}

/** CPU milliseconds per 1000 events, or null. */
function cpuPerK(cpuSeconds: number | null, events: number): number | null {
  return cpuSeconds === null ? null : round((cpuSeconds * 1e6) / events, 1);
}

type FigureKey = 'append1Client' | 'appendConcurrent' | 'appendBatch' | 'readAll';

const FIGURES: readonly { key: FigureKey; label: string; run: (impl: Impl, tag: string) => Promise<Measurement> }[] = [
  {
    key: 'append1Client',
    label: `append 1 event, 1 client (${PARAMS.singleAppends})`,
    run: (impl, tag) => timed(PARAMS.singleAppends, () => appendWorker(impl, `${tag}-c0`, PARAMS.singleAppends, 1)),
  },
  {
    key: 'appendConcurrent',
    label: `append 1 event, ${PARAMS.concurrentClients} clients (${PARAMS.concurrentClients}×${PARAMS.appendsPerConcurrentClient})`,
    run: (impl, tag) =>
      timed(PARAMS.concurrentClients * PARAMS.appendsPerConcurrentClient, () =>
        Promise.all(
          Array.from({ length: PARAMS.concurrentClients }, (_, c) =>
            appendWorker(impl, `${tag}-c${c}`, PARAMS.appendsPerConcurrentClient, 1),
          ),
        ),
      ),
  },
  {
    key: 'appendBatch',
    label: `append ${PARAMS.batchSize}-event batches, 1 client (${PARAMS.batches})`,
    run: (impl, tag) =>
      timed(PARAMS.batches * PARAMS.batchSize, () => appendWorker(impl, `${tag}-c0`, PARAMS.batches, PARAMS.batchSize)),
  },
  {
    key: 'readAll',
    label: `readAll, pages of ${PARAMS.readPageSize}`,
    run: async (impl) => {
      const expected = await impl.countStored();
      let seen = 0;
      const m = await timed(expected, async () => {
        seen = await impl.readAll(PARAMS.readPageSize);
      });
      if (seen !== expected)
        throw new Error(`${impl.name}: readAll returned ${seen} events, the table holds ${expected}`);
      return m;
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Database setup and machine info
// ---------------------------------------------------------------------------------------------
function databaseUrl(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

async function recreateDatabases(admin: pg.Client): Promise<void> {
  for (const name of IMPLS) {
    const db = DATABASES[name];
    await admin.query(`drop database if exists ${db} with (force)`);
    await admin.query(`create database ${db}`);
  }
}

async function serverInfo(admin: pg.Client): Promise<Record<string, string>> {
  const settings = ['server_version', 'shared_buffers', 'synchronous_commit', 'fsync', 'max_connections', 'wal_level'];
  const info: Record<string, string> = {
    version: String((await admin.query<{ v: string }>('select version() as v')).rows[0]?.v),
  };
  for (const name of settings) info[name] = String((await admin.query(`show ${name}`)).rows[0]?.[name]);
  return info;
}

/** Quiets the server between measurements: flushes dirty buffers so nobody pays for the previous run's checkpoint. */
async function settle(admin: pg.Client): Promise<void> {
  await admin.query('checkpoint');
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const n = by % items.length;
  return [...items.slice(n), ...items.slice(0, n)];
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (n: number, digits = 3): number => Number(n.toFixed(digits));

function packageVersion(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(resolve(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'unknown';
  }
}

function runJson(m: Measurement) {
  return {
    events: m.events,
    seconds: round(m.seconds),
    eventsPerSecond: round(m.eventsPerSecond, 1),
    clientCpuMsPer1kEvents: cpuPerK(m.clientCpuSeconds, m.events),
    serverCpuMsPer1kEvents: cpuPerK(m.serverCpuSeconds, m.events),
  };
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER_URL, types: stockTypes });
  await admin.connect();
  const server = await serverInfo(admin);
  console.log(`store bench: ${server.version}`);
  console.log(
    `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.cpus().length}, event data ${EVENT_DATA_BYTES} B JSON`,
  );

  await recreateDatabases(admin);
  const impls = {} as Record<ImplName, Impl>;
  for (const name of IMPLS) impls[name] = await FACTORIES[name](databaseUrl(SERVER_URL, DATABASES[name]));

  try {
    const analyzeAll = async (command = 'analyze'): Promise<void> => {
      for (const name of IMPLS) {
        const c = new pg.Client({ connectionString: databaseUrl(SERVER_URL, DATABASES[name]), types: stockTypes });
        await c.connect();
        await c.query(command);
        await c.end();
      }
    };

    // Warm-up: connections, plans, code paths, catalog caches; every pattern the figures use.
    const warmUp = async (tag: string): Promise<void> => {
      for (const name of IMPLS) {
        const impl = impls[name];
        await appendWorker(impl, `${tag}-c0`, PARAMS.warmupAppends, 1);
        await Promise.all(
          [1, 2, 3, 4].map((c) => appendWorker(impl, `${tag}-c${c}`, Math.ceil(PARAMS.warmupAppends / 4), 1)),
        );
        await appendWorker(impl, `${tag}-b`, PARAMS.warmupBatches, PARAMS.batchSize);
        await impl.readAll(PARAMS.readPageSize, 5);
      }
    };
    await warmUp('warmup');
    // Planner statistics before the seed, for everybody. Without them, whether a store's
    // server-side functions keep a plan made for a near-empty table (PL/pgSQL caches plans per
    // session) depends on when autovacuum happens to analyze the new database; for Tongxin's
    // tongxin_prepare_append that plan is a sequential scan of events, which made the seed
    // slow down linearly with the log (10k → 1k ev/s over 200k events) in some runs.
    await analyzeAll();

    // Seed the read figure through each implementation's bulk path. Not one of the four figures,
    // but reported, with the rate per tenth of the seed: a store whose appends slow down as the
    // log grows shows it here.
    const seedCalls = Math.ceil(PARAMS.seedEvents / PARAMS.seedEventsPerAppend);
    const seeded = {} as Record<ImplName, Measurement & { eventsPerSecondByTenth: number[] }>;
    for (const name of IMPLS) {
      const impl = impls[name];
      const tenths: number[] = [];
      const m = await timed(seedCalls * PARAMS.seedEventsPerAppend, async () => {
        let mark = performance.now();
        let markBatch = 0;
        for (let b = 0; b < seedCalls; b++) {
          await impl.seed(b, PARAMS.seedEventsPerAppend);
          if ((b + 1) % Math.max(1, Math.floor(seedCalls / 10)) === 0 || b === seedCalls - 1) {
            const now = performance.now();
            tenths.push(round((((b + 1 - markBatch) * PARAMS.seedEventsPerAppend) / (now - mark)) * 1000, 1));
            mark = now;
            markBatch = b + 1;
          }
        }
      });
      seeded[name] = { ...m, eventsPerSecondByTenth: tenths };
      console.log(
        `seeded ${name.padEnd(8)} ${fmt(m.events)} events at ${fmt(m.eventsPerSecond)} ev/s (per tenth: ${tenths.map(fmt).join(', ')})`,
      );
    }

    // Same starting line for everybody: statistics for the planner, no autovacuum of the seed
    // landing in someone's run, and fresh pools (fresh sessions, so no plan cached while the
    // tables were nearly empty survives into the figures; see the seeding rates for that).
    await analyzeAll('vacuum (analyze)');
    for (const name of IMPLS) {
      await impls[name].close();
      impls[name] = await FACTORIES[name](databaseUrl(SERVER_URL, DATABASES[name]));
    }
    await warmUp('rewarm');

    // The read figure first, over exactly the seeded log (plus warm-up), then the appends.
    const order: FigureKey[] = ['readAll', 'append1Client', 'appendConcurrent', 'appendBatch'];
    const runs: Record<FigureKey, Record<ImplName, Measurement[]>> = {} as Record<
      FigureKey,
      Record<ImplName, Measurement[]>
    >;
    let slot = 0;
    for (const key of order) {
      const figure = FIGURES.find((f) => f.key === key) as (typeof FIGURES)[number];
      runs[key] = { tongxin: [], raw: [], emmett: [] };
      for (let r = 0; r < PARAMS.repeats; r++) {
        for (const name of rotate(IMPLS, slot++)) {
          await settle(admin);
          const m = await figure.run(impls[name], `${key.toLowerCase()}-r${r}`);
          runs[key][name].push(m);
          const server = cpuPerK(m.serverCpuSeconds, m.events);
          console.log(
            `  ${figure.label.padEnd(44)} ${name.padEnd(8)} ${fmt(m.eventsPerSecond).padStart(9)} ev/s  ` +
              `(${fmt(m.events)} events, ${m.seconds.toFixed(2)} s; cpu ms/1k events: node ${cpuPerK(m.clientCpuSeconds, m.events)}` +
              `${server === null ? '' : `, postgres ${server}`})`,
          );
        }
      }
    }

    // Results
    interface FigureResult {
      label: string;
      events: number | undefined;
      eventsPerSecond: Record<ImplName, number>;
      ratios: { tongxinToRaw: number; tongxinToEmmett: number };
      runs: Record<string, ReturnType<typeof runJson>[]>;
    }
    const figures = Object.fromEntries(
      FIGURES.map((f): [FigureKey, FigureResult] => {
        const eps = Object.fromEntries(
          IMPLS.map((n) => [n, median(runs[f.key][n].map((m) => m.eventsPerSecond))]),
        ) as Record<ImplName, number>;
        return [
          f.key,
          {
            label: f.label,
            events: runs[f.key].tongxin[0]?.events,
            eventsPerSecond: { tongxin: round(eps.tongxin, 1), raw: round(eps.raw, 1), emmett: round(eps.emmett, 1) },
            ratios: { tongxinToRaw: round(eps.tongxin / eps.raw), tongxinToEmmett: round(eps.tongxin / eps.emmett) },
            runs: Object.fromEntries(IMPLS.map((n) => [n, runs[f.key][n].map(runJson)])),
          },
        ];
      }),
    ) as Record<FigureKey, FigureResult>;

    const targets = {
      tongxinAtLeastEmmettOnAllFour: FIGURES.every(
        (f) => figures[f.key].eventsPerSecond.tongxin >= figures[f.key].eventsPerSecond.emmett,
      ),
      readAllAtLeast0_3xRaw: figures.readAll.eventsPerSecond.tongxin >= 0.3 * figures.readAll.eventsPerSecond.raw,
    };

    const header = ['figure', 'tongxin ev/s', 'raw pg ev/s', 'emmett ev/s', 'tongxin/raw', 'tongxin/emmett'];
    const rows = FIGURES.map((f) => {
      const r = figures[f.key];
      return [
        f.label,
        fmt(r.eventsPerSecond.tongxin),
        fmt(r.eventsPerSecond.raw),
        fmt(r.eventsPerSecond.emmett),
        r.ratios.tongxinToRaw.toFixed(2),
        r.ratios.tongxinToEmmett.toFixed(2),
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]): string =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log('');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of rows) console.log(line(row));
    console.log('');
    console.log(`target tongxin ≥ emmett on all four: ${targets.tongxinAtLeastEmmettOnAllFour ? 'MET' : 'MISSED'}`);
    console.log(`target tongxin readAll ≥ 0.3 × raw:   ${targets.readAllAtLeast0_3xRaw ? 'MET' : 'MISSED'}`);

    const cpus = os.cpus();
    const result = {
      timestamp: new Date().toISOString(),
      machine: {
        node: process.version,
        platform: `${os.platform()} ${os.release()} ${os.arch()}`,
        cpuModel: cpus[0]?.model ?? 'unknown',
        cpus: cpus.length,
        totalMemoryGiB: round(os.totalmem() / 2 ** 30, 1),
        postgres: server,
      },
      parameters: {
        ...PARAMS,
        eventDataBytes: EVENT_DATA_BYTES,
        databases: DATABASES,
        server: new URL(SERVER_URL).host,
        order: order,
        seeding: Object.fromEntries(
          IMPLS.map((n) => [n, { ...runJson(seeded[n]), eventsPerSecondByTenth: seeded[n].eventsPerSecondByTenth }]),
        ),
        packages: Object.fromEntries(
          ['pg', '@event-driven-io/emmett', '@event-driven-io/emmett-postgresql', '@event-driven-io/dumbo'].map(
            (name) => [name, packageVersion(name)],
          ),
        ),
      },
      figures,
      targets,
    };
    const out = resolve(process.cwd(), process.env.BENCH_RESULTS ?? 'bench/results/store.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nwrote ${out}`);
  } finally {
    for (const name of IMPLS) await impls[name]?.close().catch((e: unknown) => console.error(`closing ${name}:`, e));
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
