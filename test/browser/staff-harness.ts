import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestPlatform, type TestClient, type TestPlatform } from '@lacewire/testing';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../../packages/server/src/config.ts';
import { firstPartyPlugins, firstPartySettings } from '../../packages/server/src/plugins.ts';
import { staticApps } from '../../packages/server/src/static-apps.ts';
import { animationsDone } from './animations.ts';
import { chromiumPath } from './chromium.ts';
import { toDocs } from './doc-shots.ts';
import { ensurePortalBuilt, signInToPortal } from './portal-harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STAFF = join(ROOT, 'clients', 'staff');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'staff');
export const DEMO_PASSWORD = 'lacewire-demo';

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the console when dist/ is missing or older than its sources (the server serves dist/). */
export function ensureStaffBuilt() {
  const built = join(STAFF, 'dist', 'index.html');
  const sources = Math.max(
    newest(join(STAFF, 'src')),
    newest(join(ROOT, 'packages', 'client', 'src')),
    statSync(join(STAFF, 'index.html')).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  // A production build, as shipped (vitest sets NODE_ENV=test, which keeps Vue's development code).
  execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
    cwd: STAFF,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** The <input> of an Element Plus field marked data-test=name (the attribute lands on the input or its wrapper). */
export function input(page: Page, name: string) {
  return page
    .locator(
      `input[data-test="${name}"], textarea[data-test="${name}"], [data-test="${name}"] input, [data-test="${name}"] textarea`,
    )
    .first();
}

/** Builds the customer portal too when it is there (the flow test watches it); false when it cannot. */
export function portalAvailable(): boolean {
  if (!existsSync(join(ROOT, 'clients', 'portal', 'package.json'))) return false;
  try {
    ensurePortalBuilt();
    return existsSync(join(ROOT, 'clients', 'portal', 'dist', 'index.html'));
  } catch {
    return false;
  }
}

export interface StaffHarness {
  t: TestPlatform;
  origin: string;
  browser: Browser;
  /** A phone-sized context for the customer portal. */
  phone(): Promise<{ context: BrowserContext; page: Page }>;
  /** Signs a new customer in to the portal by phone and code; returns their account id and API client. */
  portalSignIn(page: Page): Promise<{ phone: string; accountId: string; api: TestClient }>;
  /** A desktop browser context with its own storage (its own session). */
  desk(): Promise<{ context: BrowserContext; page: Page }>;
  signIn(page: Page, login: string, password?: string): Promise<void>;
  /** Screenshot to test-artifacts/staff/<name>.png; `doc` also copies it to docs/screenshots/ when UPDATE_DOC_SCREENSHOTS=1. */
  shot(page: Page, name: string, doc?: boolean): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real server with every registered first-party plugin and the demo data, serving the built
 * console at /staff/, and a headless Debian Chromium.
 */
export async function startStaff(): Promise<StaffHarness> {
  ensureStaffBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  const files = mkdtempSync(join(tmpdir(), 'lacewire-staff-files-'));
  const config = loadConfig({ LACEWIRE_FILES_DIR: files, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  const t = await createTestPlatform({
    plugins: firstPartyPlugins,
    settings: firstPartySettings(config),
    seed: true,
    routes: () => staticApps(),
  });
  const origin = new URL(t.url).origin;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
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
  const contexts: BrowserContext[] = [];
  let phones = 0;
  return {
    t,
    origin,
    browser,
    async desk() {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 860 },
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      return { context, page };
    },
    async phone() {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      return { context, page };
    },
    portalSignIn: (page) => signInToPortal(t, origin, page, `137${String(Date.now() % 1e7).padStart(7, '0')}${++phones % 10}`),
    async signIn(page, login, password = DEMO_PASSWORD) {
      await page.goto(`${origin}/staff/sign-in`);
      await input(page, 'login').fill(login);
      await input(page, 'password').fill(password);
      await page.locator('[data-test=submit]').click();
      await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
    },
    async shot(page, name, doc = false) {
      const path = join(ARTIFACTS, `${name}.png`);
      // No hover or pressed state from the test's last click, then nothing mid-animation.
      await page.mouse.move(0, 0);
      await animationsDone(page);
      await page.screenshot({ path, fullPage: false });
      if (doc) toDocs(path, 'staff', name);
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close().catch(() => {});
      await t.close();
    },
  };
}
