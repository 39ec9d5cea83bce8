import { parseArgs } from 'node:util';
import pg from 'pg';
import { appRoleOption } from '@tongxin/read-store';
import { migrateCommand } from './commands/migrate.command.js';
import { verifyCommand } from './commands/verify.command.js';

export const USAGE = `用法 / usage: npm run cli -- <command> [options]
  migrate                     apply database migrations
  verify --tenant <id>        recompute a community's hash chain and name the first bad event`;

/** Runs one operator command; returns the process exit code. */
export async function runCli(argv: readonly string[], databaseUrl: string | undefined, print: (line: string) => void): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { tenant: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command] = positionals;
  if (!command || values.help) {
    print(USAGE);
    return command ? 0 : 1;
  }
  if (!databaseUrl) {
    print('DATABASE_URL is required (postgres://user:password@host:port/database)');
    return 1;
  }
  // Migrations run as the schema owner; everything else acts as the app role under row-level security.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, ...(command === 'migrate' ? {} : { options: appRoleOption() }) });
  try {
    switch (command) {
      case 'migrate':
        return await migrateCommand(pool, print);
      case 'verify':
        return await verifyCommand(pool, values.tenant, print);
      default:
        print(`未知命令 / unknown command: ${command}\n${USAGE}`);
        return 1;
    }
  } finally {
    await pool.end();
  }
}
