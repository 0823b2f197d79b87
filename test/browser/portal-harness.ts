import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlatformOptions, PluginDefinition } from '@lacewire/core';
import { createTestPlatform, localId, type TestClient, type TestPlatform } from '@lacewire/testing';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../../packages/server/src/config.ts';
import { firstPartyPlugins, firstPartySettings } from '../../packages/server/src/plugins.ts';
import { staticApps } from '../../packages/server/src/static-apps.ts';
import { animationsDone } from './animations.ts';
import { chromiumPath } from './chromium.ts';
import { toDocs } from './doc-shots.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PORTAL = join(ROOT, 'clients', 'portal');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'portal');

// Preview mode (developing screens ahead of the server): PORTAL_SCHEMA names a schema with
// unregistered plugins, PORTAL_PREVIEW_PLUGINS lists them, PORTAL_SKIP_BUILD keeps a dist/ built from it.
const SCHEMA = readFileSync(process.env.PORTAL_SCHEMA ?? join(ROOT, 'schema.graphql'), 'utf8');
/** Fails the flow, naming them, when the schema lacks root fields it drives (never a silent skip). */
export function requireSchema(...fields: string[]): void {
  const missing = fields.filter((f) => !new RegExp(`^\\s+${f}[(:]`, 'm').test(SCHEMA));
  if (missing.length) throw new Error(`The schema lacks ${missing.join(', ')}, which this browser flow drives.`);
}

export interface Distribution {
  plugins: PluginDefinition[];
  settings: NonNullable<PlatformOptions['settings']>;
}

/** Every plugin the server distribution registers, set up as the server would be with this environment. */
export function distribution(env: Record<string, string> = {}): Distribution {
  const config = loadConfig({
    LACEWIRE_FILES_DIR: mkdtempSync(join(tmpdir(), 'lacewire-portal-files-')),
    ...env,
  } as NodeJS.ProcessEnv);
  return { plugins: firstPartyPlugins, settings: firstPartySettings(config) };
}

async function previewPlugins(): Promise<PluginDefinition[]> {
  const names = (process.env.PORTAL_PREVIEW_PLUGINS ?? '').split(',').filter(Boolean);
  const found: PluginDefinition[] = [];
  for (const name of names) {
    const module = await import(join(ROOT, 'plugins', name, 'src', 'index.ts'));
    const [, value] = Object.entries(module).find(([key]) => key.endsWith('Plugin')) as [string, any];
    found.push(typeof value === 'function' ? value({}) : value);
  }
  return found;
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the portal when dist/ is missing or older than its sources (the server serves dist/). */
/** Signs a customer in to the portal by phone and the one-time code the test inbox caught. */
export async function signInToPortal(t: TestPlatform, origin: string, page: Page, phone: string) {
  await page.goto(`${origin}/signin`);
  await page.locator('[data-test=phone] input').fill(phone);
  await page.locator('[data-test=send-code]').click();
  let code: string | undefined;
  for (let i = 0; i < 100 && !code; i++) {
    code = t.inbox.codes.get(phone);
    if (!code) await new Promise((r) => setTimeout(r, 50));
  }
  if (!code) throw new Error(`no sign-in code was sent to ${phone}`);
  await page.locator('[data-test=code] input').fill(code);
  await page.locator('[data-test=submit]').click();
  await page.waitForURL(/\/orders/);
  const session = await page.evaluate(() => JSON.parse(localStorage.getItem('lacewire.portal.session') ?? 'null'));
  return { phone, accountId: localId(session.accountId), api: t.withToken(session.token) };
}

export function ensurePortalBuilt() {
  if (process.env.PORTAL_SKIP_BUILD) return;
  const built = join(PORTAL, 'dist', 'index.html');
  const sources = Math.max(
    newest(join(PORTAL, 'src')),
    // The shared client is bundled into the app too.
    newest(join(ROOT, 'packages', 'client', 'src')),
    statSync(join(PORTAL, 'index.html')).mtimeMs,
    statSync(join(ROOT, 'schema.graphql')).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  // A production build, as shipped (vitest sets NODE_ENV=test, which keeps Vue's development code).
  execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
    cwd: PORTAL,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export interface PortalHarness {
  t: TestPlatform;
  origin: string;
  browser: Browser;
  /** A phone-sized browser context (its own storage, so its own session). */
  phone(): Promise<{ context: BrowserContext; page: Page }>;
  /** Signs in through the screens; returns the phone, the account id and an API client on the same session. */
  signIn(page: Page, phone?: string): Promise<{ phone: string; accountId: string; api: TestClient }>;
  /** Screenshot to test-artifacts/portal/<name>.png; `doc` also copies it to docs/screenshots/ when UPDATE_DOC_SCREENSHOTS=1. */
  shot(page: Page, name: string, doc?: boolean): Promise<void>;
  close(): Promise<void>;
}

let phones = 0;

export async function startPortal({ plugins, settings }: Distribution = distribution()): Promise<PortalHarness> {
  ensurePortalBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  const extra = (await previewPlugins()).filter((p) => !plugins.some((q) => q.name === p.name));
  const t = await createTestPlatform({ plugins: [...plugins, ...extra], settings, routes: () => staticApps() });
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
      // Voice notes: a fake microphone, allowed without a prompt.
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ],
  });
  const contexts: BrowserContext[] = [];
  return {
    t,
    origin,
    browser,
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
      if (process.env.PORTAL_DEBUG) {
        page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
        page.on('response', async (r) => {
          if (r.url().endsWith('/graphql'))
            console.log(`[graphql ${r.status()}] ${(await r.text().catch(() => '')).slice(0, 400)}`);
        });
      }
      return { context, page };
    },
    signIn: (page, phone = `139${String(Date.now() % 1e7).padStart(7, '0')}${++phones % 10}`) =>
      signInToPortal(t, origin, page, phone),
    async shot(page, name, doc = false) {
      const path = join(ARTIFACTS, `${name}.png`);
      await animationsDone(page);
      await page.screenshot({ path, fullPage: true });
      if (doc) toDocs(path, 'portal', name);
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close().catch(() => {});
      await t.close();
    },
  };
}
