import type pg from 'pg';
import { PostgresEventStore } from '@tongxin/event-store';
import { events, metadata, migratedTestPool, ownerTestPool, testDatabaseUrl, uniqueTenant } from '@tongxin/testing';
import { runCli } from './run-cli.js';

describe('cli', () => {
  let pool: pg.Pool;
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runCli(argv, testDatabaseUrl(), (line) => lines.push(line));
    return { code, output: lines.join('\n') };
  };

  beforeAll(async () => {
    pool = await migratedTestPool();
  });
  afterAll(() => pool.end());

  it('migrate is idempotent and says the schema is up to date', async () => {
    expect(await run('migrate')).toEqual({ code: 0, output: expect.stringContaining('schema is up to date') });
  });

  it('verify exits 0 for an intact tenant and 2 with the first bad event after tampering', async () => {
    const tenant = uniqueTenant('cli');
    const store = new PostgresEventStore({ pool });
    await store.append(tenant, 'request-1', 0, events(3), metadata());
    expect(await run('verify', '--tenant', tenant)).toEqual({ code: 0, output: expect.stringContaining('verified: 3 events') });
    const owner = ownerTestPool();
    await owner.query('update events set data = \'{"x":1}\' where tenant_id = $1 and tenant_sequence = 2', [tenant]);
    await owner.end();
    expect(await run('verify', '--tenant', tenant)).toEqual({ code: 2, output: expect.stringContaining('modified at tenant sequence 2') });
  });

  it('refuses verify without a tenant and unknown commands', async () => {
    await expect(run('verify')).rejects.toMatchObject({ code: 'TENANT_REQUIRED' });
    expect(await run('frobnicate')).toMatchObject({ code: 1, output: expect.stringContaining('unknown command: frobnicate') });
  });
});
