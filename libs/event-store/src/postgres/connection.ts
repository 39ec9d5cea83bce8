import type pg from 'pg';

/**
 * SQLSTATEs that say the connection, not the statement, failed: admin_shutdown (a backend
 * terminated by pg_terminate_backend, a restart or a failover), crash_shutdown, cannot_connect_now
 * (starting up or in recovery), idle_session_timeout, too_many_connections and the whole 08 class.
 */
const CONNECTION_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57P05', '53300']);
/** Socket-level failures Node reports while PostgreSQL is unreachable or drops the socket. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/** What `pg` and `pg-pool` say without a code when the socket is gone or cannot be had in time. */
const CONNECTION_MESSAGES = [
  /Connection terminated/i,
  /is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /terminating connection/i,
];

/**
 * Whether an error means "the database connection was lost or could not be made" — retryable,
 * as opposed to an error of the statement itself. Looks through `cause` and AggregateError.
 */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string') {
    if (CONNECTION_SQLSTATES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code) || SOCKET_CODES.has(e.code)) return true;
  }
  if (typeof e.message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(e.message as string)))
    return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isConnectionError(inner, depth + 1))) return true;
  return isConnectionError(e.cause, depth + 1);
}

/** A pool client checked out for work that spans several awaits, with an error path of its own. */
export interface CheckedOutClient {
  readonly client: pg.PoolClient;
  /** The connection error this client saw while checked out, if any. */
  lost(): Error | null;
  /** Back to the pool, or destroyed if its connection was lost; safe to call more than once. */
  release(): void;
}

/**
 * `pool.connect()` with an `'error'` listener for as long as the client is checked out: pg-pool
 * listens only on idle clients, so a backend terminated between two statements of a checked-out
 * client would otherwise raise an unhandled `'error'` event and end the process.
 */
export async function checkOut(pool: pg.Pool): Promise<CheckedOutClient> {
  const client = await pool.connect();
  let lost: Error | null = null;
  let released = false;
  const onError = (error: Error): void => {
    lost ??= error;
  };
  client.on('error', onError);
  return {
    client,
    lost: () => lost,
    release: () => {
      if (released) return;
      released = true;
      client.removeListener('error', onError);
      client.release(lost ?? undefined);
    },
  };
}

/** Runs `work` on a checked-out client and gives it back, destroyed if its connection was lost. */
export async function withClient<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const checkedOut = await checkOut(pool);
  try {
    return await work(checkedOut.client);
  } finally {
    checkedOut.release();
  }
}

/**
 * The process-wide error path of a pool: an idle client whose connection drops (pool `'error'`)
 * and any client that errors while checked out by code that did not listen (every client gets a
 * listener when it connects) are reported to `onLost`, never raised as unhandled `'error'` events.
 */
export function guardPool(pool: pg.Pool, onLost: (error: Error) => void): pg.Pool {
  // A dropped socket raises 'error' up to twice per client (the server's message, then the end).
  const reported = new WeakSet<object>();
  const report = (error: Error, client: object | undefined): void => {
    if (client && reported.has(client)) return;
    if (client) reported.add(client);
    onLost(error);
  };
  pool.on('error', (error, client) => report(error, client));
  pool.on('connect', (client) => {
    client.on('error', (error) => report(error, client));
  });
  return pool;
}
