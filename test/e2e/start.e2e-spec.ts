import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { scratchDatabase, testRedisUrl } from '@tongxin/testing';

/** `npm start` as a newcomer runs it (after the build): migrate, start every app, report ready, stop cleanly. */
describe('npm start (scripts/start.js)', () => {
  let child: ChildProcess | undefined;

  afterEach(() => {
    child?.kill('SIGKILL');
  });

  it('brings the api to ready with projector and worker running, and stops everything on SIGTERM', async () => {
    expect(existsSync('dist/apps/api/main.js')).toBe(true); // `npm test` builds first
    const scratch = await scratchDatabase('start');
    const port = String(39000 + Math.floor(Math.random() * 1000));
    child = spawn(process.execPath, ['scripts/start.js'], {
      env: { ...process.env, DATABASE_URL: scratch.url, REDIS_URL: testRedisUrl(), PORT: port, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    const deadline = Date.now() + 150_000;
    while (!output.includes('[tongxin] ready') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(output).toContain(`[tongxin] ready: http://localhost:${port}/health/ready`);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', details: { postgres: { status: 'up' }, redis: { status: 'up' } } });

    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    await scratch.drop();
  }, 180_000);
});
