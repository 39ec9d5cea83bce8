import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, without the background traffic that would blur a measurement. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** The phone screens the pages are held to (issue 14 item 6). */
export const PHONES = [
  { name: '360x740', width: 360, height: 740 },
  { name: '390x844', width: 390, height: 844 },
] as const;

export function phoneContext(browser: Browser, width = 390, height = 844): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/**
 * The throttled phone profile of issue 14 (Lighthouse's mobile profile): 150 ms round trip,
 * 1.6 Mbps down, 750 kbps up, the CPU four times slower.
 */
export const THROTTLED = { latencyMs: 150, downloadMbps: 1.6, uploadMbps: 0.75, cpuSlowdown: 4 } as const;

export async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLED.latencyMs,
    downloadThroughput: (THROTTLED.downloadMbps * 1_000_000) / 8,
    uploadThroughput: (THROTTLED.uploadMbps * 1_000_000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLED.cpuSlowdown });
}

/**
 * Notes in the page when the sign-in screen becomes usable: `ready` when the sign-in screen (its
 * main element, with the token form) is in the document, `interactive` when the main thread next
 * runs a task after that (a long task still running — rendering, inserting styles — delays it, as
 * it would delay a tap); the same for the demo users' buttons, which wait for an api call.
 */
const PROBE = `(() => {
  const probe = { ready: null, interactive: null, demoReady: null, demoInteractive: null };
  window.__txProbe = probe;
  const check = () => {
    if (probe.ready === null && document.querySelector('main[data-testid="sign-in"]')) {
      probe.ready = performance.now();
      setTimeout(() => (probe.interactive = performance.now()), 0);
    }
    if (probe.demoReady === null && document.querySelector('[data-testid="demo-users"] button')) {
      probe.demoReady = performance.now();
      setTimeout(() => (probe.demoInteractive = performance.now()), 0);
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
})();`;

const READ = `(() => {
  const paint = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    firstPaint: paint('first-paint'),
    firstContentfulPaint: paint('first-contentful-paint'),
    domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : null,
    ready: window.__txProbe.ready,
    interactive: window.__txProbe.interactive,
    demoReady: window.__txProbe.demoReady,
    demoInteractive: window.__txProbe.demoInteractive,
    resources: performance.getEntriesByType('resource').map((r) => ({
      url: r.name,
      transferSize: r.transferSize,
      encodedBodySize: r.encodedBodySize,
      decodedBodySize: r.decodedBodySize,
    })),
  };
})()`;

export interface Transfer {
  readonly url: string;
  readonly status: number;
  readonly mimeType: string;
  readonly contentEncoding: string | null;
  readonly cacheControl: string | null;
  readonly fromCache: boolean;
  /** Bytes on the wire, headers included (CDP encodedDataLength). */
  readonly bytes: number;
}

export interface FirstScreen {
  readonly firstPaintMs: number | null;
  readonly firstContentfulPaintMs: number | null;
  readonly domContentLoadedMs: number | null;
  /** The sign-in screen (its main element, with the token form) in the document. */
  readonly readyMs: number | null;
  /** …and the main thread free to take a tap. */
  readonly interactiveMs: number | null;
  /** The demo users' buttons (after the api's answer) in the document, and the main thread free. */
  readonly demoUsersMs: number | null;
  /** JavaScript of the first screen: bytes on the wire (headers included) and the bodies as sent. */
  readonly jsTransferBytes: number;
  readonly jsEncodedBodyBytes: number;
  readonly jsDecodedBodyBytes: number;
  readonly jsFiles: number;
  readonly transfers: readonly Transfer[];
}

/** Records every response of a page over CDP: status, encoding, caching and bytes on the wire. */
export async function recordTransfers(page: Page): Promise<{ cdp: CDPSession; transfers: Transfer[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const pending = new Map<string, Omit<Transfer, 'bytes'>>();
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const header = (name: string) =>
      Object.entries(response.headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? null;
    pending.set(requestId, {
      url: response.url,
      status: response.status,
      mimeType: response.mimeType,
      contentEncoding: header('content-encoding'),
      cacheControl: header('cache-control'),
      fromCache: Boolean(response.fromDiskCache || response.fromServiceWorker || response.fromPrefetchCache),
    });
  });
  const cached = new Set<string>();
  cdp.on('Network.requestServedFromCache', ({ requestId }) => cached.add(requestId));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const seen = pending.get(requestId);
    const fromCache = Boolean(seen?.fromCache) || cached.has(requestId);
    if (seen) transfers.push({ ...seen, fromCache, bytes: fromCache ? 0 : encodedDataLength });
  });
  return { cdp, transfers };
}

/** Opens the sign-in screen (the first screen of every visit) and measures it until it is usable. */
export async function openFirstScreen(
  page: Page,
  baseUrl: string,
  transfers: readonly Transfer[],
): Promise<FirstScreen> {
  await page.context().addInitScript(PROBE);
  await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
  await page.getByTestId('demo-users').locator('button').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction('window.__txProbe.demoInteractive !== null', undefined, { timeout: 60_000 });
  // Let the last responses' loadingFinished arrive.
  await page.waitForLoadState('load');
  const read = await page.evaluate<{
    firstPaint: number | null;
    firstContentfulPaint: number | null;
    domContentLoaded: number | null;
    ready: number | null;
    interactive: number | null;
    demoReady: number | null;
    demoInteractive: number | null;
    resources: { url: string; transferSize: number; encodedBodySize: number; decodedBodySize: number }[];
  }>(READ);
  const scripts = read.resources.filter((r) => new URL(r.url).pathname.endsWith('.js'));
  const round = (value: number | null) => (value === null ? null : Math.round(value));
  return {
    firstPaintMs: round(read.firstPaint),
    firstContentfulPaintMs: round(read.firstContentfulPaint),
    domContentLoadedMs: round(read.domContentLoaded),
    readyMs: round(read.ready),
    interactiveMs: round(read.interactive),
    demoUsersMs: round(read.demoInteractive),
    jsTransferBytes: transfers.filter((t) => new URL(t.url).pathname.endsWith('.js')).reduce((n, t) => n + t.bytes, 0),
    jsEncodedBodyBytes: scripts.reduce((n, r) => n + r.encodedBodySize, 0),
    jsDecodedBodyBytes: scripts.reduce((n, r) => n + r.decodedBodySize, 0),
    jsFiles: scripts.length,
    transfers: [...transfers],
  };
}

/** Wider than the screen: the page scrolls sideways (what a phone user must never have to do). */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate<{ scrollWidth: number; innerWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  );
}
