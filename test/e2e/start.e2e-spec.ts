import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testRedisUrl } from '@tongxin/testing';
import { startProduct, type RunningProduct } from './product.js';

/** `npm start` as a newcomer runs it (after the build): migrate, start every app, report ready, stop cleanly. */
describe('npm start (scripts/start.js)', () => {
  let product: RunningProduct | undefined;

  afterEach(async () => {
    await product?.destroy();
  });

  it('brings the api to ready with projector and worker running, serves the dashboard, and stops everything on SIGTERM', async () => {
    expect(existsSync('dist/apps/api/main.js')).toBe(true); // `npm test` builds first
    product = await startProduct('start');
    expect(product.output()).toContain(`[tongxin] ready: dashboard http://localhost:${product.port}/`);
    const ready = await fetch(`${product.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      details: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
    const dashboard = await fetch(`${product.baseUrl}/`, { headers: { Accept: 'text/html' } });
    expect(await dashboard.text()).toMatch(/<div id="root">[\s\S]*正在加载…/);

    expect(await product.stop()).toBe(0);
    await expect(fetch(`${product.baseUrl}/health/live`)).rejects.toThrow();
  }, 180_000);
});

/** A second `npm start` while one runs: the ports it needs are taken. */
describe('npm start when its ports are taken', () => {
  const occupy = (port: number): Promise<Server | null> =>
    new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', (error: NodeJS.ErrnoException) =>
        // Taken already (another Tongxin, another run): just as good for this test.
        error.code === 'EADDRINUSE' ? resolve(null) : reject(error),
      );
      server.listen(port, () => resolve(server));
    });
  const release = (server: Server | null) =>
    new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));

  /** Runs scripts/start.js to its end in an empty directory: nothing of this checkout is touched. */
  const start = (env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> => {
    const cwd = mkdtempSync(join(tmpdir(), 'tongxin-start-'));
    const child = spawn(process.execPath, [resolve('scripts/start.js')], {
      cwd,
      env: { ...process.env, DATABASE_URL: undefined, REDIS_URL: testRedisUrl(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return new Promise((done) => {
      const timer = setTimeout(() => {
        try {
          process.kill(-(child.pid as number), 'SIGKILL');
        } catch {
          // gone already
        }
      }, 60_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        rmSync(cwd, { recursive: true, force: true });
        done({ code, output });
      });
    });
  };

  it('says which port is taken and that Tongxin may already be running, and exits non-zero (the api port)', async () => {
    const blocker = createServer();
    await new Promise<void>((ready) => blocker.listen(0, ready));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const { code, output } = await start({ PORT: String(port), DATABASE_URL: 'postgres://127.0.0.1:1/unused' });
      expect(code).not.toBe(0);
      expect(output).toContain(`端口 ${port}（api）已被占用，同心可能已在运行`);
      expect(output).toContain(`port ${port} (api) is already in use (EADDRINUSE): Tongxin may already be running`);
      expect(output).not.toContain('undefined');
    } finally {
      await release(blocker);
    }
  }, 90_000);

  it("says so for the embedded PostgreSQL's port too, before starting it (no DATABASE_URL)", async () => {
    const blocker = await occupy(54320);
    try {
      const { code, output } = await start({ PORT: '0' });
      expect(code).not.toBe(0);
      expect(output).toContain('port 54320 (embedded PostgreSQL) is already in use (EADDRINUSE)');
      expect(output).toContain('同心可能已在运行');
      expect(output).not.toContain('undefined');
    } finally {
      await release(blocker);
    }
  }, 90_000);
});
