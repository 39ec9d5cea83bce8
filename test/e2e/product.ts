import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { scratchDatabase, testRedisUrl } from '@tongxin/testing';

export interface RunningProduct {
  readonly port: string;
  readonly baseUrl: string;
  readonly databaseUrl: string;
  output(): string;
  /** SIGTERM, as a newcomer's Ctrl+C; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL and drop the scratch database (afterAll safety net). */
  destroy(): Promise<void>;
}

/** `npm start` as a newcomer runs it (after the build), on its own scratch database and port. */
export async function startProduct(
  label: string,
  env: Record<string, string> = {},
  { readyWithinMs = 150_000 }: { readyWithinMs?: number } = {},
): Promise<RunningProduct> {
  const scratch = await scratchDatabase(label);
  const port = String(await freePort());
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.js'], {
    // Own queue prefix: products started side by side on one Redis must not take each other's jobs.
    env: {
      ...process.env,
      DATABASE_URL: scratch.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: `tongxin-test-${label}-${port}`,
      PORT: port,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a kill reaches the apps it supervises too.
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + readyWithinMs;
  while (!output.includes('[tongxin] ready') && Date.now() < deadline && child.exitCode === null) {
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    databaseUrl: scratch.url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
    async destroy() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      }
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // the group is gone already
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
      await scratch.drop();
    },
  };
}

/** A port the system has just handed out as free (a random pick from a range can collide with another run). */
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
