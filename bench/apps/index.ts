/**
 * The two apps on a phone network: time to interactive of each app's first route and the
 * JavaScript bytes it moves, in Debian's Chromium throttled through CDP as a mid-range phone on a
 * slow mobile network (1.6 Mbps down, 750 kbps up, 150 ms latency, CPU slowed 4×), cache empty.
 *
 * First routes: the sign-in screen of a new visitor (portal /signin, console /staff/sign-in) and the
 * home screen of a returning, signed-in user (portal /orders, console /staff/board), served by the
 * real server (packages/server's static routes) from the built apps (`pnpm build` first).
 * Interactive: the route's own control is on screen and no long task (> 50 ms) started within the
 * following second; TTI is the later of the two (the end of the last long task).
 * Run: pnpm exec node bench/apps/index.ts [--rounds=3]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../../packages/server/src/config.ts';
import { firstPartyPlugins, firstPartySettings } from '../../packages/server/src/plugins.ts';
import { staticApps } from '../../packages/server/src/static-apps.ts';
import { fmt, median, table } from '../lib/stats.ts';

export const PHONE_PROFILE = {
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  latencyMs: 150,
  cpuSlowdown: 4,
};

interface Route {
  app: 'portal' | 'console';
  name: string;
  path: string;
  /** The control that makes the route usable. */
  ready: string;
  signedIn: boolean;
}

const ROUTES: Route[] = [
  { app: 'portal', name: 'sign-in', path: '/signin', ready: '[data-test=send-code]', signedIn: false },
  { app: 'portal', name: 'orders (signed in)', path: '/orders', ready: '.van-tabbar', signedIn: true },
  { app: 'console', name: 'sign-in', path: '/staff/sign-in', ready: '[data-test=submit]', signedIn: false },
  { app: 'console', name: 'board (signed in)', path: '/staff/board', ready: '[data-test=technician-filter]', signedIn: true },
];

export interface AppRow {
  app: string;
  route: string;
  ttiMs: number;
  readyMs: number;
  /**
   * Compressed JavaScript bodies received by the time the route's control showed: the route's own
   * chunks and whatever lazy ones (the header's search, the Agora client) arrived meanwhile.
   */
  firstRouteJs: number;
  jsBytes: number;
  jsFiles: number;
  allBytes: number;
}

interface Measure {
  ttiMs: number;
  readyMs: number;
  firstRouteJs: number;
  jsBytes: number;
  jsFiles: number;
  allBytes: number;
}

/** Long tasks as the page sees them, from the first script on. */
const LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

async function measure(page: Page, url: string, ready: string): Promise<Measure> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE_PROFILE.latencyMs,
    downloadThroughput: PHONE_PROFILE.downloadBytesPerSecond,
    uploadThroughput: PHONE_PROFILE.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
  const types = new Map<string, string>();
  let jsBytes = 0;
  let jsFiles = 0;
  let allBytes = 0;
  // A response's bytes so far when its headers arrive are its headers: the rest is its body.
  const headers = new Map<string, number>();
  let jsBodies = 0;
  cdp.on('Network.responseReceived', (e) => {
    types.set(e.requestId, e.type);
    headers.set(e.requestId, e.response.encodedDataLength);
  });
  cdp.on('Network.loadingFinished', (e) => {
    allBytes += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') {
      jsBytes += e.encodedDataLength;
      jsBodies += e.encodedDataLength - (headers.get(e.requestId) ?? 0);
      jsFiles++;
    }
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(ready, { state: 'visible', timeout: 60_000 });
  const firstRouteJs = jsBodies;
  const readyMs = await page.evaluate(() => performance.now());
  // A second after the control shows, to see the long tasks that follow it.
  await page.waitForFunction((at) => performance.now() > at + 1000, readyMs, { timeout: 30_000, polling: 100 });
  const tasks = (await page.evaluate(() => (window as any).__longTasks)) as [number, number][];
  const lastEnd = tasks.filter(([start]) => start < readyMs + 1000).reduce((end, [, e]) => Math.max(end, e), 0);
  await cdp.detach();
  return { ttiMs: Math.max(readyMs, lastEnd), readyMs, firstRouteJs, jsBytes, jsFiles, allBytes };
}

async function signIn(t: TestPlatform, browser: Browser, origin: string, app: Route['app']) {
  const context = await browser.newContext(
    app === 'portal'
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' }
      : { viewport: { width: 1366, height: 860 }, locale: 'zh-CN' },
  );
  await context.addInitScript(LONG_TASKS);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  if (app === 'portal') {
    const phone = `136${String(Date.now() % 1e8).padStart(8, '0')}`;
    await page.goto(`${origin}/signin`);
    await page.locator('[data-test=phone] input').fill(phone);
    await page.locator('[data-test=send-code]').click();
    let code: string | undefined;
    for (let i = 0; i < 100 && !code; i++) {
      code = t.inbox.codes.get(phone);
      if (!code) await new Promise((r) => setTimeout(r, 50));
    }
    await page.locator('[data-test=code] input').fill(code ?? '');
    await page.locator('[data-test=submit]').click();
    await page.waitForSelector('.van-tabbar', { timeout: 60_000 });
  } else {
    await page.goto(`${origin}/staff/sign-in`);
    await page.locator('input[data-test=login], [data-test=login] input').first().fill('clerk.jingan');
    await page.locator('input[data-test=password], [data-test=password] input').first().fill('lacewire-demo');
    await page.locator('[data-test=submit]').click();
    await page.waitForSelector('[data-test=technician-filter]', { timeout: 60_000 });
  }
  await page.goto('about:blank');
  return { context, page };
}

export async function runApps(rounds: number, log: (line: string) => void): Promise<AppRow[]> {
  const config = loadConfig({ LACEWIRE_FILES_DIR: mkdtempSync(join(tmpdir(), 'lw-bench-apps-')), LOG_LEVEL: 'silent' });
  const t = await createTestPlatform({
    plugins: firstPartyPlugins,
    settings: firstPartySettings(config),
    seed: true,
    routes: () => staticApps(),
  });
  const origin = new URL(t.url).origin;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const rows: AppRow[] = [];
  try {
    for (const route of ROUTES) {
      const runs: Measure[] = [];
      for (let i = 0; i < rounds; i++) {
        const { context, page } = route.signedIn
          ? await signIn(t, browser, origin, route.app)
          : await (async () => {
              const context = await browser.newContext({ locale: 'zh-CN' });
              await context.addInitScript(LONG_TASKS);
              return { context, page: await context.newPage() };
            })();
        runs.push(await measure(page, `${origin}${route.path}`, route.ready));
        await context.close();
      }
      const row: AppRow = {
        app: route.app,
        route: route.name,
        ttiMs: median(runs.map((r) => r.ttiMs)),
        readyMs: median(runs.map((r) => r.readyMs)),
        firstRouteJs: median(runs.map((r) => r.firstRouteJs)),
        jsBytes: median(runs.map((r) => r.jsBytes)),
        jsFiles: median(runs.map((r) => r.jsFiles)),
        allBytes: median(runs.map((r) => r.allBytes)),
      };
      log(
        `  ${route.app} ${route.name}: interactive ${fmt.ms(row.ttiMs)} ms, JS ${fmt.kb(row.firstRouteJs)} KB by then, ${fmt.kb(row.jsBytes)} KB on the wire in all`,
      );
      rows.push(row);
    }
  } finally {
    await browser.close();
    await t.close();
  }
  return rows;
}

export function appsTable(rows: AppRow[]): string {
  return table(
    ['app', 'first route', 'interactive (ms)', 'control shown (ms)', 'JS by then', 'JS on the wire', 'JS files', 'all bytes'],
    rows.map((r) => [
      r.app,
      r.route,
      fmt.ms(r.ttiMs),
      fmt.ms(r.readyMs),
      `${fmt.kb(r.firstRouteJs)} KB`,
      `${fmt.kb(r.jsBytes)} KB`,
      fmt.int(r.jsFiles),
      `${fmt.kb(r.allBytes)} KB`,
    ]),
  );
}

if (import.meta.main) {
  const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 3);
  console.log(
    `Apps on a phone network (1.6 Mbps, ${PHONE_PROFILE.latencyMs} ms, CPU ${PHONE_PROFILE.cpuSlowdown}× slower), median of ${rounds}:`,
  );
  const rows = await runApps(rounds, console.log);
  console.log(
    `\n${appsTable(rows)}\nTargets: portal interactive < 3000 ms, console < 4000 ms. First-route JavaScript (the static chunks of the entry and the route, brotli): pnpm --filter @lacewire/portal size, pnpm --filter @lacewire/staff size.`,
  );
  process.exit(0);
}
