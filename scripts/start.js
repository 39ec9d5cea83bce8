// `npm start`: one command that brings up the whole product on a fresh machine.
// PostgreSQL: DATABASE_URL, else an embedded server in ./.data/pg. Redis: REDIS_URL or
// 127.0.0.1:6379, else a local redis-server if installed, else run without the worker.
// Then migrate and supervise api + projector + worker (a crashed app restarts with backoff and resumes;
// one that exits with 78, a configuration error, is not restarted: see restart-policy.js).
import { spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { sm2 } from 'sm-crypto-v2';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { restartDecision } from './restart-policy.js';

const say = (line) => process.stdout.write(`[tongxin] ${line}\n`);
const EMBEDDED_PG_PORT = 54320;
const stoppers = [];
const children = new Map();
let shuttingDown = false;

async function database() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  say(`DATABASE_URL not set: starting embedded PostgreSQL in ./.data/pg (port ${EMBEDDED_PG_PORT})`);
  const pg = await startEmbeddedPostgres({ dataDir: '.data/pg', port: EMBEDDED_PG_PORT, database: 'tongxin' });
  stoppers.push(() => pg.stop());
  return pg.url;
}

/** Resolves with the error code when nothing can listen on the port as the api would (EADDRINUSE: taken), else null. */
function listenProblem(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => resolve(error.code ?? String(error)));
    probe.listen(port, () => probe.close(() => resolve(null)));
  });
}

/**
 * The ports this start needs, checked before anything is started: a second `npm start` while one
 * runs finds them taken, and says so instead of failing half-way (or seeming ready on the other's api).
 */
async function checkPorts(env) {
  const wanted = [{ port: Number(env.PORT ?? 3000), what: 'api' }];
  if (!env.DATABASE_URL) wanted.push({ port: EMBEDDED_PG_PORT, what: 'embedded PostgreSQL' });
  for (const { port, what } of wanted) {
    if (!Number.isInteger(port) || port <= 0) continue; // the api reports a bad PORT itself
    const problem = await listenProblem(port);
    if (problem === 'EADDRINUSE')
      throw new Error(
        [
          `端口 ${port}（${what}）已被占用，同心可能已在运行：请先停止它（在其终端按 Ctrl+C）${what === 'api' ? '，或用另一个 PORT 启动' : '，或设置 DATABASE_URL'}。`,
          `port ${port} (${what}) is already in use (EADDRINUSE): Tongxin may already be running — stop it (Ctrl+C in its terminal)${what === 'api' ? ' or start this one with another PORT' : ' or set DATABASE_URL'}.`,
        ].join('\n'),
      );
    if (problem) throw new Error(`无法监听端口 ${port} / cannot listen on port ${port} (${what}): ${problem}`);
  }
}

/** A reason worth printing: some libraries reject with nothing at all. */
function reason(error) {
  if (error instanceof Error && error.message) return error.message;
  if (error === undefined || error === null || error === '') return 'no reason given (see the lines above)';
  return String(error);
}

async function redisReachable(url) {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1500,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function redis() {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await redisReachable(url)) return url;
  const hasBinary = spawnSync('redis-server', ['--version']).status === 0;
  if (!hasBinary) {
    say(
      `Redis is not reachable at ${url} and redis-server is not installed (install: apt-get install redis-server); running without the worker — commands still work.`,
    );
    return undefined;
  }
  say('Redis not reachable: starting a local redis-server on port 6390');
  const server = spawn('redis-server', ['--port', '6390', '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  stoppers.push(async () => server.kill('SIGTERM'));
  const local = 'redis://127.0.0.1:6390';
  for (let i = 0; i < 50 && !(await redisReachable(local)); i += 1) await sleep(100);
  return local;
}

/** Development tokens need a secret: keep one per checkout in ./.data so demo tokens survive restarts. */
function developmentJwtSecret() {
  if (process.env.JWT_SECRET || process.env.JWT_JWKS_URL || process.env.JWT_PUBLIC_KEY) return process.env.JWT_SECRET;
  const file = '.data/dev-jwt-secret';
  if (!existsSync(file)) {
    mkdirSync('.data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    say('generated a development JWT secret in .data/dev-jwt-secret');
  }
  return readFileSync(file, 'utf8').trim();
}

/** A development Ed25519 key for sealing audit checkpoints (SM2 under the 国密 suite, HASH_ALGORITHM=sm3), kept in ./.data like the JWT secret. */
function developmentAuditKey() {
  if (process.env.AUDIT_SIGNING_KEY) return process.env.AUDIT_SIGNING_KEY;
  if (process.env.HASH_ALGORITHM === 'sm3') {
    const sm2File = '.data/dev-audit-key.sm2';
    if (!existsSync(sm2File)) {
      mkdirSync('.data', { recursive: true });
      const { privateKey, publicKey } = sm2.generateKeyPairHex();
      writeFileSync(sm2File, privateKey, { mode: 0o600 });
      writeFileSync(`${sm2File}.pub`, publicKey);
      say('generated a development SM2 checkpoint signing key in .data/dev-audit-key.sm2');
    }
    return readFileSync(sm2File, 'utf8').trim();
  }
  const file = '.data/dev-audit-key.pem';
  if (!existsSync(file)) {
    mkdirSync('.data', { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    say('generated a development checkpoint signing key in .data/dev-audit-key.pem');
  }
  return readFileSync(file, 'utf8');
}

/** Development master key for personal data (PII_MASTER_KEYS), kept in ./.data: losing it loses every encrypted field. */
function developmentPiiMasterKeys() {
  if (process.env.PII_MASTER_KEYS) return process.env.PII_MASTER_KEYS;
  const file = '.data/dev-pii-master-keys';
  if (!existsSync(file)) {
    mkdirSync('.data', { recursive: true });
    writeFileSync(file, `dev-${randomBytes(4).toString('hex')}:${randomBytes(32).toString('base64')}`, { mode: 0o600 });
    say('generated a development personal-data master key in .data/dev-pii-master-keys');
  }
  return readFileSync(file, 'utf8').trim();
}

function supervise(app, env) {
  let failures = 0;
  const launch = () => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--enable-source-maps', `dist/apps/${app}/main.js`], {
      env,
      stdio: 'inherit',
    });
    children.set(app, child);
    child.on('exit', (code, signal) => {
      children.delete(app);
      const decision = restartDecision({ app, code, signal, uptimeMs: Date.now() - started, failures, shuttingDown });
      if (decision.message) say(decision.message);
      if (!decision.restart) return;
      failures = decision.failures;
      setTimeout(() => {
        if (!shuttingDown) launch();
      }, decision.delayMs);
    });
  };
  launch();
}

async function waitForReady(port) {
  for (let i = 0; i < 120; i += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  return false;
}

async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  say('stopping…');
  const exits = [...children.values()].map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of children.values()) child.kill('SIGTERM');
  await Promise.race([Promise.all(exits), sleep(10000)]);
  for (const stop of stoppers.reverse()) await stop().catch(() => {});
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  await checkPorts(process.env);
  const env = { ...process.env, DATABASE_URL: await database(), NODE_ENV: process.env.NODE_ENV ?? 'development' };
  // The dashboard offers the demo users (never in production: the api refuses to boot with it).
  if (env.NODE_ENV !== 'production') env.DEMO_SIGN_IN ??= 'true';
  const secret = developmentJwtSecret();
  if (secret) env.JWT_SECRET = secret;
  env.AUDIT_SIGNING_KEY = developmentAuditKey();
  env.PII_MASTER_KEYS = developmentPiiMasterKeys();
  const redisUrl = await redis();
  if (redisUrl) env.REDIS_URL = redisUrl;
  const migrated = spawnSync(process.execPath, ['dist/apps/cli/main.js', 'migrate'], { env, stdio: 'inherit' });
  if (migrated.status !== 0) throw new Error('migration failed');
  const seeded = spawnSync(process.execPath, ['dist/apps/cli/main.js', 'seed-demo'], { env, stdio: 'inherit' });
  if (seeded.status !== 0) throw new Error('demo seed failed');
  supervise('api', env);
  supervise('projector', env);
  if (redisUrl) supervise('worker', env);
  const port = env.PORT ?? '3000';
  if (await waitForReady(port)) {
    say(
      `ready: dashboard http://localhost:${port}/ · api docs http://localhost:${port}/api/docs — Ctrl+C stops everything`,
    );
    say('demo tokens: npm run cli -- token --demo   (or --user demo-street-yongan)');
  } else say(`api did not become ready on port ${port}; see the logs above`);
} catch (error) {
  const [first, ...more] = reason(error).split('\n');
  say(`start failed: ${first}`);
  for (const line of more) say(line);
  await shutdown(1);
}
