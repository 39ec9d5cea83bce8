import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Browser } from 'playwright-core';
import { startProduct, type RunningProduct } from '../e2e/product.js';
import {
  CHROMIUM,
  launchChromium,
  openFirstScreen,
  phoneContext,
  recordTransfers,
  throttle,
  THROTTLED,
  type FirstScreen,
} from '../e2e/phone.js';

/**
 * `npm run bench:web`: the dashboard's first screen on the throttled phone profile of issue 14
 * (150 ms, 1.6 Mbps, 4× CPU), cold (empty cache) several times and then warm (the same browser
 * again: hashed assets from its cache), and the first dashboard after a demo sign-in. Writes
 * bench/results/web.json with every sample, the targets and whether each was met.
 */
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const TARGETS = { firstContentfulPaintMs: 2000, interactiveMs: 3000, firstScreenJsBytes: 200 * 1024 } as const;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (values: readonly (number | null)[]) => {
  const seen = values.filter((v): v is number => v !== null);
  return { median: Math.round(median(seen)), min: Math.min(...seen), max: Math.max(...seen), samples: values };
};
const brief = (run: FirstScreen) => ({
  firstPaintMs: run.firstPaintMs,
  firstContentfulPaintMs: run.firstContentfulPaintMs,
  domContentLoadedMs: run.domContentLoadedMs,
  readyMs: run.readyMs,
  interactiveMs: run.interactiveMs,
  demoUsersMs: run.demoUsersMs,
  jsTransferBytes: run.jsTransferBytes,
  jsEncodedBodyBytes: run.jsEncodedBodyBytes,
  jsDecodedBodyBytes: run.jsDecodedBodyBytes,
  jsFiles: run.jsFiles,
  bytesOnTheWire: run.transfers.reduce((n, t) => n + t.bytes, 0),
});

(existsSync(CHROMIUM) ? describe : describe.skip)('web first screen on a throttled phone', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    // Seeding the demo data takes minutes on a busy machine.
    product = await startProduct('webbench', {}, { readyWithinMs: 400_000 });
    expect(product.output()).toContain('[tongxin] ready');
    browser = await launchChromium();
  }, 450_000);

  afterAll(async () => {
    await browser?.close();
    await product?.destroy();
  });

  it('measures first paint, the sign-in screen usable and its JavaScript, and writes bench/results/web.json', async () => {
    const loadBefore = loadavg();
    const cold: FirstScreen[] = [];
    let warm: FirstScreen | null = null;
    for (let run = 0; run < RUNS; run += 1) {
      const context = await phoneContext(browser);
      try {
        const page = await context.newPage();
        const { cdp, transfers } = await recordTransfers(page);
        await throttle(cdp);
        cold.push(await openFirstScreen(page, product.baseUrl, transfers));
        if (run === RUNS - 1) {
          // The same phone opening the app again: the hashed assets come from its cache, unasked.
          transfers.length = 0;
          warm = await openFirstScreen(page, product.baseUrl, transfers);
        }
      } finally {
        await context.close();
      }
    }

    // After sign-in (informative): the district committee's dashboard, cards then the trend chart.
    const dashboards: Record<string, { cardsMs: number; chartMs: number; jsTransferBytes: number }> = {};
    for (const [subject, ready] of [
      ['demo-district-xianan', 'figures-meta'],
      ['demo-staff-fenghuang', 'figures-meta'],
    ] as const) {
      const context = await phoneContext(browser);
      try {
        const page = await context.newPage();
        const { cdp, transfers } = await recordTransfers(page);
        await throttle(cdp);
        await openFirstScreen(page, product.baseUrl, transfers);
        transfers.length = 0;
        const started = Date.now();
        await page.getByTestId(`demo-${subject}`).click();
        await page.getByTestId(ready).waitFor({ timeout: 60_000 });
        const cardsMs = Date.now() - started;
        await page.getByTestId('trend-chart').locator('canvas').waitFor({ timeout: 60_000 });
        const chartMs = Date.now() - started;
        await page.waitForLoadState('load');
        dashboards[subject] = {
          cardsMs,
          chartMs,
          jsTransferBytes: transfers
            .filter((t) => new URL(t.url).pathname.endsWith('.js'))
            .reduce((n, t) => n + t.bytes, 0),
        };
      } finally {
        await context.close();
      }
    }

    const fcp = summary(cold.map((r) => r.firstContentfulPaintMs));
    const interactive = summary(cold.map((r) => r.interactiveMs));
    const js = summary(cold.map((r) => r.jsTransferBytes));
    const demoUsers = summary(cold.map((r) => r.demoUsersMs));
    const firstRun = cold[0];
    const result = {
      benchmark: 'web first screen on a throttled phone',
      when: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim(),
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: execFileSync(CHROMIUM, ['--version']).toString().trim(),
        loadAverage: {
          before: loadBefore.map((l) => Math.round(l * 100) / 100),
          after: loadavg().map((l) => Math.round(l * 100) / 100),
        },
      },
      profile: {
        ...THROTTLED,
        viewport: '390x844',
        deviceScaleFactor: 2,
        cache: 'empty (a new browser context each run)',
      },
      definitions: {
        firstContentfulPaintMs: "performance paint entry 'first-contentful-paint', from navigation start",
        interactiveMs:
          'from navigation start until the sign-in screen (its main element with the token form) is in the document and the main thread takes its next task',
        demoUsersMs:
          'the same until the demo users (fetched from the api after the scripts ran; demo mode only) are shown — informative, no target',
        firstScreenJsBytes:
          'every .js response of the first screen, bytes on the wire with headers (CDP encodedDataLength)',
      },
      targets: TARGETS,
      results: {
        firstContentfulPaintMs: fcp,
        interactiveMs: interactive,
        demoUsersMs: demoUsers,
        firstScreenJsBytes: js,
      },
      met: {
        firstContentfulPaint: fcp.median <= TARGETS.firstContentfulPaintMs,
        interactive: interactive.median <= TARGETS.interactiveMs,
        firstScreenJs: js.max <= TARGETS.firstScreenJsBytes,
        everyRun:
          cold.every((r) => (r.firstContentfulPaintMs ?? Infinity) <= TARGETS.firstContentfulPaintMs) &&
          cold.every((r) => (r.interactiveMs ?? Infinity) <= TARGETS.interactiveMs),
      },
      cold: cold.map(brief),
      warm: warm && {
        ...brief(warm),
        jsFromCache: warm.transfers.filter((t) => t.fromCache && t.url.endsWith('.js')).length,
      },
      firstScreenFiles: firstRun.transfers.map((t) => ({
        path: new URL(t.url).pathname,
        status: t.status,
        contentEncoding: t.contentEncoding,
        cacheControl: t.cacheControl,
        bytes: t.bytes,
      })),
      afterSignIn: dashboards,
      before: { note: 'issue 14: one 1.95 MB script, uncompressed; first paint after 14.5 s on this profile' },
    };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/web.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify({ targets: TARGETS, results: result.results, met: result.met }, null, 2));
    expect(cold).toHaveLength(RUNS);
  }, 600_000);
});
