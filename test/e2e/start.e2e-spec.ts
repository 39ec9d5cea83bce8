import { existsSync } from 'node:fs';
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
    expect(await dashboard.text()).toContain('<div id="root"></div>');

    expect(await product.stop()).toBe(0);
    await expect(fetch(`${product.baseUrl}/health/live`)).rejects.toThrow();
  }, 180_000);
});
