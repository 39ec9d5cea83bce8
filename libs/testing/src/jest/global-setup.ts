import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../../scripts/embedded-postgres.js';

/**
 * Gives the test run a fresh database on a real PostgreSQL server: TEST_DATABASE_URL or
 * DATABASE_URL when set, else the local server on 127.0.0.1:5432, else an embedded one.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = await resolveServerUrl();
  // One database per run: parallel runs on one server (CI, a second terminal, sandboxes whose
  // process ids repeat) never collide.
  const databaseName =
    process.env.TONGXIN_TEST_DATABASE_NAME ?? `tongxin_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${databaseName} with (force)`);
    await admin.query(`create database ${databaseName}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  process.env.TONGXIN_TEST_DATABASE_URL = url.toString();
  process.env.TONGXIN_TEST_SERVER_URL = serverUrl;
  process.env.TONGXIN_TEST_DATABASE_NAME_IN_USE = databaseName;
  process.env.TONGXIN_TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

async function resolveServerUrl(): Promise<string> {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) return given;
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await reachable(local)) return local;
  const embedded = await startEmbeddedPostgres({ dataDir: '.data/test-pg', port: 54329 });
  (globalThis as { __tongxinEmbeddedPg?: unknown }).__tongxinEmbeddedPg = embedded;
  return embedded.url;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
