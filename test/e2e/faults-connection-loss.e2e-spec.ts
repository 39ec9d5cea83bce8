import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';
import { TokenService } from '@tongxin/auth';
import { PostgresEventStore } from '@tongxin/event-store';
import { migrateSchema } from '@tongxin/read-store';
import { scratchDatabase, testRedisUrl } from '@tongxin/testing';
import { toTenantId } from '@tongxin/tenancy';
import { expectProjectionsEqualRebuild } from './projection-checks.js';

/**
 * A failover, a restart or a pooler recycling connections, as the database's clients see it:
 * every backend of the instance's database terminated, three times, during a load of commands.
 * The api and the projector run as separate processes (the built dist, as deployed) and must
 * ride it out by themselves: no crash, every acknowledged command stored once, the hash chains
 * intact, the projections equal to a rebuild from the log, ready again at once.
 */
const JWT_SECRET = 'faults-secret-faults-secret-faults-secret';
const PII_MASTER_KEYS = process.env.PII_MASTER_KEYS as string;
const WRITERS = 8;
const KILLS_AT_MS = [1500, 3500, 5500];
const LOAD_MS = 7500;

interface Outcome {
  readonly key: string;
  readonly communityId: string;
  attempts: number;
  acknowledged: boolean;
  requestId?: string;
  duplicate?: boolean;
}

describe('fault: every database backend terminated three times during a load of commands', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let owner: pg.Pool;
  const children: { name: string; child: ChildProcess; output: () => string }[] = [];

  beforeAll(async () => {
    scratch = await scratchDatabase('faults');
    owner = new pg.Pool({ connectionString: scratch.url, max: 3 });
    // The test's own connections are terminated too; they must not take the test down.
    owner.on('error', () => undefined);
    await migrateSchema(owner);
  });
  afterAll(async () => {
    for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await owner.end();
    await scratch.drop();
  });

  const launch = (name: 'api' | 'projector' | 'worker', env: Record<string, string>) => {
    const child = spawn(process.execPath, ['--enable-source-maps', `dist/apps/${name}/main.js`], {
      env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PII_MASTER_KEYS, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const entry = { name, child, output: () => output };
    children.push(entry);
    return entry;
  };
  const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

  it('keeps the api and the projector up, loses and duplicates nothing, and is ready again within 2 s', async () => {
    const port = String(await freePort());
    const base = `http://127.0.0.1:${port}`;
    const api = launch('api', {
      DATABASE_URL: scratch.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: `tongxin-test-faults-${port}`,
      PORT: port,
      JWT_SECRET,
    });
    const projector = launch('projector', {
      DATABASE_URL: scratch.url,
      REDIS_URL: '',
      PROJECTOR_POLL_INTERVAL_MS: '50',
    });
    const failed = (what: string) =>
      new Error(`${what}\n--- api ---\n${api.output()}\n--- projector ---\n${projector.output()}`);
    // Generous: a shared 2-core machine under load has been seen to take 90 s to boot the api.
    await waitUntil(async () => (await ready(base)) === 200, 150_000).catch(() => {
      throw failed('the api did not become ready');
    });

    // Two communities, set up through HTTP as the platform administrator and the street office would.
    const tokens = new TokenService({ issuer: 'tongxin', audience: 'tongxin-api', secret: JWT_SECRET });
    const suffix = randomUUID().slice(0, 8);
    const districtId = `d-faults-${suffix}`;
    const streetId = `s-faults-${suffix}`;
    const communities = [`c-faults-a-${suffix}`, `c-faults-b-${suffix}`];
    const admin = `Bearer ${await tokens.issue('u-admin', '平台管理员', ['platform-admin'], {})}`;
    const office = `Bearer ${await tokens.issue('u-office', '街道办', ['street-office'], { streetId })}`;
    const post = (path: string, auth: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: auth, ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
    const projected = async (position: number) => {
      const rows = (await owner.query<{ position: string }>('select position from projection_checkpoints')).rows;
      return rows.length === 3 && rows.every((r) => Number(r.position) >= position);
    };
    const setUp = async (path: string, auth: string, body: unknown) => {
      const response = await post(path, auth, body);
      if (response.status !== 201) throw failed(`${path}: ${response.status} ${await response.text()}`);
      const { position } = (await response.json()) as { position: number };
      await waitUntil(() => projected(position), 15_000);
    };
    await setUp('/api/v1/districts', admin, { districtId, name: '咸安区' });
    await setUp(`/api/v1/districts/${districtId}/streets`, admin, { streetId, name: '永安办事处' });
    for (const [i, communityId] of communities.entries())
      await setUp(`/api/v1/streets/${streetId}/communities`, office, {
        communityId,
        name: ['凤凰社区', '金桂社区'][i],
        onboardedOn: '2018-07-01',
      });
    const targets = await Promise.all(
      communities.map(async (communityId) => ({
        communityId,
        resident: `Bearer ${await tokens.issue(`resident-${communityId}`, '王阿姨', ['resident'], { communityId })}`,
      })),
    );

    // Readiness sampled every 100 ms throughout, to time how long each fault keeps it away.
    const samples: { at: number; status: number }[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        samples.push({ at: Date.now(), status: await ready(base) });
        await sleep(100);
      }
    })();

    // The load: residents raising requests, each with its own Idempotency-Key, retried with the
    // SAME key after a 503 or a network error until acknowledged.
    const outcomes: Outcome[] = [];
    const statuses = new Map<string, number>();
    const count = (label: string) => statuses.set(label, (statuses.get(label) ?? 0) + 1);
    const unavailable: { code?: string; retryAfter: string | null; retryable?: unknown }[] = [];
    const started = Date.now();
    const writer = async (w: number) => {
      for (let n = 0; Date.now() - started < LOAD_MS; n += 1) {
        const target = targets[(w + n) % targets.length] ?? targets[0];
        if (!target) throw new Error('no community to write to');
        const outcome: Outcome = {
          key: `faults-${w}-${n}-${randomUUID()}`,
          communityId: target.communityId,
          attempts: 0,
          acknowledged: false,
        };
        outcomes.push(outcome);
        while (!outcome.acknowledged && Date.now() - started < LOAD_MS + 20_000) {
          outcome.attempts += 1;
          try {
            const response = await post(
              `/api/v1/communities/${outcome.communityId}/requests`,
              target.resident,
              {
                channel: 'door-duty',
                category: 'street-lights',
                description: `${n}号楼路灯不亮`,
                compoundId: 'minxing',
                residentContact: { name: '王阿姨', phone: '13800000000' },
              },
              { 'idempotency-key': outcome.key },
            );
            count(String(response.status));
            const body = (await response.json()) as {
              requestId?: string;
              duplicate?: boolean;
              code?: string;
              details?: { retryable?: unknown };
            };
            if (response.status === 201) {
              outcome.acknowledged = true;
              outcome.requestId = body.requestId;
              outcome.duplicate = body.duplicate;
            } else if (response.status === 503) {
              unavailable.push({
                code: body.code,
                retryAfter: response.headers.get('retry-after'),
                retryable: body.details?.retryable,
              });
              await sleep(100);
            } else throw failed(`unexpected ${response.status}: ${JSON.stringify(body)}`);
          } catch (error) {
            // fetch's network failure is a TypeError of another realm under Jest: test its name.
            if (!['TypeError', 'TimeoutError'].includes((error as Error).name)) throw error;
            count('network error');
            await sleep(100);
          }
        }
      }
    };
    const killer = async () => {
      const kills: number[] = [];
      for (const at of KILLS_AT_MS) {
        await sleep(Math.max(0, started + at - Date.now()));
        const client = new pg.Client({ connectionString: scratch.url });
        client.on('error', () => undefined);
        await client.connect();
        const terminated = await client.query<{ n: string }>(
          'select count(pg_terminate_backend(pid)) as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [new URL(scratch.url).pathname.slice(1)],
        );
        await client.end();
        kills.push(Date.now());
        count(`backends terminated (kill ${kills.length}): ${terminated.rows[0]?.n}`);
      }
      return kills;
    };
    let kills: number[];
    try {
      [kills] = await Promise.all([killer(), ...Array.from({ length: WRITERS }, (_, w) => writer(w))]);
      // Both processes rode it out by themselves: neither exited (no supervisor here to restart them).
      expect({ api: alive(api.child), projector: alive(projector.child) }).toEqual({ api: true, projector: true });
      await waitUntil(async () => (await ready(base)) === 200, 10_000);
    } finally {
      sampling = false;
      await sampler;
    }

    // Ready again within 2 s of each fault.
    const secondsUntilReady = kills.map((killedAt) => {
      const back = samples.find((s) => s.at >= killedAt && s.status === 200);
      return back ? (back.at - killedAt) / 1000 : Infinity;
    });
    expect(Math.max(...secondsUntilReady)).toBeLessThan(2);

    // 0 acknowledged-but-lost: every 201 has its RequestRaised stored, under its key, in its stream.
    const stored = (
      await owner.query<{ command_id: string; tenant_id: string; streams: string[]; raised: string }>(
        `select command_id, min(tenant_id) as tenant_id, array_agg(distinct stream_id) as streams,
                count(*) filter (where event_type = 'RequestRaised') as raised
           from events where command_id like 'faults-%' group by command_id`,
      )
    ).rows;
    const byKey = new Map(stored.map((row) => [row.command_id, row]));
    const acknowledged = outcomes.filter((o) => o.acknowledged);
    const lost = acknowledged.filter((o) => !byKey.has(o.key));
    expect(lost).toEqual([]);
    for (const o of acknowledged)
      expect(byKey.get(o.key)).toMatchObject({
        tenant_id: o.communityId,
        streams: [`request-${o.requestId}`],
        raised: '1',
      });
    // 0 duplicated: one stream and one RequestRaised per key, retries included.
    expect(stored.filter((row) => row.streams.length !== 1 || row.raised !== '1')).toEqual([]);
    // Every command was eventually acknowledged (the retries were safe to make), nothing unasked was stored.
    expect(outcomes.filter((o) => !o.acknowledged)).toEqual([]);
    expect(stored.length).toBe(acknowledged.length);
    // A command cut off mid-flight answered the coded, retryable 503.
    for (const answer of unavailable)
      expect(answer).toEqual({ code: 'DATABASE_UNAVAILABLE', retryAfter: '1', retryable: true });

    // The hash chains are intact.
    const verifier = new PostgresEventStore({ pool: owner });
    for (const communityId of communities)
      expect(await verifier.verifyTenant(toTenantId(communityId))).toMatchObject({ ok: true });
    await verifier.close();

    // The projector caught up by itself and its read models equal a rebuild from the log.
    const last = Number(
      (await owner.query<{ p: string }>('select max(global_position) as p from events')).rows[0]?.p ?? 0,
    );
    await waitUntil(() => projected(last), 20_000).catch(() => {
      throw failed('the projector did not catch up');
    });
    expect(await expectProjectionsEqualRebuild(owner)).toBeGreaterThan(0);

    const figures = {
      commandsSent: outcomes.length,
      attempts: outcomes.reduce((sum, o) => sum + o.attempts, 0),
      acknowledged: acknowledged.length,
      acknowledgedAsDuplicate: acknowledged.filter((o) => o.duplicate).length,
      stored: stored.length,
      answers: Object.fromEntries(statuses),
      secondsUntilReady,
      apiConnectionWarnings: (api.output().match(/database connection lost/g) ?? []).length,
      projectorConnectionWarnings: (projector.output().match(/connection lost/g) ?? []).length,
    };
    process.stdout.write(`[faults] connection loss ×3: ${JSON.stringify(figures)}\n`);
    expect(figures.commandsSent).toBeGreaterThan(50);
  }, 300_000);

  it('exits with 78 (EX_CONFIG) on a configuration error, which the supervisor does not restart', async () => {
    const worker = launch('worker', { DATABASE_URL: scratch.url, REDIS_URL: '' });
    const api = launch('api', { DATABASE_URL: scratch.url, JWT_SECRET: '' });
    const exits = await Promise.all(
      [worker, api].map(({ child }) => new Promise((resolve) => child.once('exit', (code) => resolve(code)))),
    );
    expect(exits).toEqual([78, 78]);
    expect(worker.output()).toContain('REDIS_URL is required for the worker');
    expect(api.output()).toContain('JWT_SECRET is required');
  }, 150_000);
});

async function ready(base: string): Promise<number> {
  try {
    return (await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(3000) })).status;
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(25);
  }
}

/** A port the system has just handed out as free. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
