import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Browsers under a loaded test run need more than expect.poll's default second. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
import { hasChromium, input, type StaffHarness, startStaff } from './staff-harness.ts';

// The staff console in desktop Chromium against a real server (demo data) serving the built app.
describe.skipIf(!hasChromium)('staff console in a browser', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaff();
  }, 180_000);
  afterAll(() => h?.close());

  it('signs in, refuses a wrong password, and sends a signed-out session back to sign-in', async () => {
    const { page } = await h.desk();
    await page.goto(`${h.origin}/staff/`);
    await page.waitForURL(/\/staff\/sign-in/);
    await h.shot(page, '01-sign-in', true);
    await input(page, 'login').fill('clerk.jingan');
    await input(page, 'password').fill('wrong-password');
    await page.locator('[data-test=submit]').click();
    await poll(() => page.locator('[data-test=sign-in-error]').count()).toBe(1);

    await h.signIn(page, 'clerk.jingan');
    await page.waitForURL(/\/staff\/board/);
    await poll(() => page.locator('[data-test=current-store]').innerText()).toContain('静安');
    await poll(() => page.locator('.lw-connection').getAttribute('data-state')).toBe('connected');
    // A clerk has no settings.
    expect(await page.locator('[data-nav=settings]').count()).toBe(0);

    // The session is revoked elsewhere (sign out with the same token): the socket closes with
    // 4401 and the console returns to sign-in by itself.
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('lacewire.staff.session') ?? '{}').token);
    await h.t.withToken(token).query('mutation { signOut { __typename } }');
    await page.waitForURL(/\/staff\/sign-in\?reason=expired/);
  });

  it('lets the owner pick a store and roll a feature out per store', async () => {
    const { page } = await h.desk();
    await h.signIn(page, 'owner');
    await page.waitForURL(/\/staff\/stores/);
    await h.shot(page, '02-store-picker', true);
    await page.locator('[data-store="拾履 静安店"]').click();
    await page.waitForURL(/\/staff\/board/);
    await page.locator('[data-nav=settings]').click();
    await page.waitForURL(/\/staff\/settings/);
    await poll(() => input(page, 'store-name').inputValue()).toBe('拾履 静安店');
    await h.shot(page, '03-settings-store', true);
    await page.getByRole('tab', { name: '功能灰度' }).click();
    await page.locator('[data-test=features-table]').waitFor();
    const switches = page.locator('[data-test=features-table] .el-switch');
    if ((await switches.count()) > 0) {
      // Switch the first feature off in this store only: the history shows it live.
      const first = switches.first();
      const feature = await first.getAttribute('data-feature');
      await page.locator(`.el-switch[data-feature="${feature}"][data-store="拾履 静安店"]`).click();
      await poll(() => page.locator('.el-timeline-item').first().innerText()).toContain(String(feature));
    }
    await h.shot(page, '04-settings-features', true);
  });
});
