import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ConfigValidationError, validateEnvironment, type Environment } from '@tongxin/config';
import { createEventStore, guardPool } from '@tongxin/event-store';
import { appRoleOption } from '@tongxin/read-store';
import { migrateCommand } from './commands/migrate.command.js';
import { rebuildCommand } from './commands/rebuild.command.js';
import { seedDemoCommand } from './commands/seed-demo.command.js';
import { tokenCommand } from './commands/token.command.js';
import { verifyCommand } from './commands/verify.command.js';
import { verifyExportCommand } from './commands/verify-export.command.js';
import { verifyDistrictCommand } from './commands/verify-district.command.js';
import { rotatePiiKeysCommand } from './commands/rotate-pii-keys.command.js';

export const USAGE = `用法 / usage: npm run cli -- <command> [options]
  migrate                     apply database migrations
  seed-demo                   onboard the demo districts, streets and communities (idempotent)
  rebuild <projection> [--restart]   replay the log into fresh tables, switch when caught up (resumes a killed rebuild)
  verify --tenant <id>        recompute a community's hash chain and name the first bad event
  verify-export --file <f> [--checkpoint <signed.json> --public-key <pem|sm2 hex>]   check an exported history offline
  verify-district --file <district-checkpoint.json> --public-key <pem|sm2 hex>    check a signed district checkpoint offline
  rotate-pii-keys             re-wrap every personal-data key with the first of PII_MASTER_KEYS
  token --user <demo user>    print a development token for a demo user (see token --demo)
  token --demo                print every demo user with a token
  token --role <role> [--district d-…] [--street s-…] [--community c-…] [--department …] [--subject …] [--expires 12h]`;

/** The secret `npm start` keeps for development tokens when JWT_SECRET is not set. */
function developmentSecret(): string | undefined {
  return existsSync('.data/dev-jwt-secret') ? readFileSync('.data/dev-jwt-secret', 'utf8').trim() : undefined;
}

/** The personal-data master keys: PII_MASTER_KEYS, else the development key `npm start` keeps in .data. */
function piiMasterKeys(environment: NodeJS.ProcessEnv): string | undefined {
  if (environment.PII_MASTER_KEYS) return environment.PII_MASTER_KEYS;
  return existsSync('.data/dev-pii-master-keys') ? readFileSync('.data/dev-pii-master-keys', 'utf8').trim() : undefined;
}

/**
 * The validated configuration of the commands that use the database (the same variables and
 * rules as the apps, without the api's token key); null after printing what is wrong.
 */
function configuration(
  environment: NodeJS.ProcessEnv,
  databaseUrl: string,
  print: (line: string) => void,
): Environment | null {
  try {
    return validateEnvironment(
      { ...environment, DATABASE_URL: databaseUrl, PII_MASTER_KEYS: piiMasterKeys(environment) },
      {},
    );
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    print(error.message);
    return null;
  }
}

/** Runs one operator command; returns the process exit code. */
export async function runCli(
  argv: readonly string[],
  databaseUrl: string | undefined,
  print: (line: string) => void,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      role: { type: 'string' },
      user: { type: 'string' },
      demo: { type: 'boolean' },
      district: { type: 'string' },
      street: { type: 'string' },
      community: { type: 'string' },
      department: { type: 'string' },
      subject: { type: 'string' },
      name: { type: 'string' },
      expires: { type: 'string' },
      file: { type: 'string' },
      checkpoint: { type: 'string' },
      'public-key': { type: 'string' },
      algorithm: { type: 'string' },
      restart: { type: 'boolean' },
    },
  });
  const [command] = positionals;
  if (!command || values.help) {
    print(USAGE);
    return command ? 0 : 1;
  }
  if (command === 'token') return tokenCommand(values, environment.JWT_SECRET ?? developmentSecret(), print);
  if (command === 'verify-export') {
    return verifyExportCommand(
      {
        ...(values.file ? { file: values.file } : {}),
        ...(values.checkpoint ? { checkpoint: values.checkpoint } : {}),
        ...(values['public-key'] ? { publicKey: values['public-key'] } : {}),
        ...(values.algorithm ? { algorithm: values.algorithm } : {}),
      },
      print,
    );
  }
  if (command === 'verify-district')
    return verifyDistrictCommand(
      {
        ...(values.file ? { file: values.file } : {}),
        ...(values['public-key'] ? { publicKey: values['public-key'] } : {}),
      },
      print,
    );
  if (!databaseUrl) {
    print('DATABASE_URL is required (postgres://user:password@host:port/database)');
    return 1;
  }
  const config = configuration(environment, databaseUrl, print);
  if (!config) return 1;
  // Migrations run as the schema owner; everything else acts as the app role under row-level security.
  // A rebuild holds its lock on one connection, writes a page on another and reads the log on a third.
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: command === 'rebuild' ? 4 : 2,
    ...(command === 'migrate' ? {} : { options: appRoleOption() }),
  });
  // A dropped connection fails the command it was serving (non-zero exit), never as an unhandled 'error'.
  guardPool(pool, (error) => print(`database connection lost: ${error.message}`));
  // The same event store the apps build from the same configuration (adapter, hash algorithm).
  const store = createEventStore(config, pool);
  try {
    switch (command) {
      case 'migrate':
        return await migrateCommand(pool, print);
      case 'seed-demo':
        return await seedDemoCommand(pool, store, config, print);
      case 'rebuild':
        return await rebuildCommand(pool, store, positionals[1], values.restart ?? false, print);
      case 'verify':
        return await verifyCommand(store, values.tenant, print);
      case 'rotate-pii-keys':
        return await rotatePiiKeysCommand(pool, config.PII_MASTER_KEYS, print);
      default:
        print(`未知命令 / unknown command: ${command}\n${USAGE}`);
        return 1;
    }
  } finally {
    await store.close();
    await pool.end();
  }
}
