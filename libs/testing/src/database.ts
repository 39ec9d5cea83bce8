import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { appRoleOption, migrateSchema } from '@tongxin/read-store';
import { toTenantId, type TenantId } from '@tongxin/tenancy';

export function testDatabaseUrl(): string {
  const url = process.env.TONGXIN_TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'TONGXIN_TEST_DATABASE_URL is not set: run the tests through jest (globalSetup creates the database)',
    );
  return url;
}

export function testRedisUrl(): string {
  return process.env.TONGXIN_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/**
 * A pool on the migrated test database acting as the app role, exactly like the apps:
 * row-level security applies. The caller ends it in afterAll.
 */
export async function migratedTestPool(max = 10): Promise<pg.Pool> {
  const owner = ownerTestPool(1);
  try {
    await migrateSchema(owner);
  } finally {
    await owner.end();
  }
  return new pg.Pool({ connectionString: testDatabaseUrl(), max, options: appRoleOption() });
}

/** The schema owner (a superuser here): bypasses row-level security, for tampering and raw checks. */
export function ownerTestPool(max = 2): pg.Pool {
  return new pg.Pool({ connectionString: testDatabaseUrl(), max });
}

/** Each test owns its data: a tenant id nobody else uses, so tests run in any order. */
export function uniqueTenant(prefix = 't'): TenantId {
  return toTenantId(`${prefix}-${randomUUID().slice(0, 12)}`);
}

/**
 * A database of its own for a test that writes a lot or runs whole apps (the demo seed,
 * `npm start`), so that tests asserting "nothing was appended" elsewhere are not disturbed.
 */
export async function scratchDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.TONGXIN_TEST_SERVER_URL;
  if (!server) throw new Error('TONGXIN_TEST_SERVER_URL is not set: run the tests through jest');
  const name = `${new URL(testDatabaseUrl()).pathname.slice(1)}_${label}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`).finally(() => client.end());
    },
  };
}
