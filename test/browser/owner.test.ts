import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeCheck } from './axe.ts';
import { SKIP_BROWSER } from './chromium.ts';
import { requireSchema } from './portal-harness.ts';
import { type StaffHarness, startStaff } from './staff-harness.ts';
import { poll } from './waits.ts';

/** "¥1,234.00" → 1234 */
const yuan = (text: string) => Number(text.replace(/[^\d.]/g, ''));

// Headquarters in desktop Chromium against the demo data with its weeks of history: every store at
// once, into one store's board, and the metrics page with revenue, pilot-vs-rest and labour charts.
describe.skipIf(SKIP_BROWSER)("the owner's view in a browser", () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaff();
  }, 300_000);
  afterAll(() => h?.close());

  it('shows every store at once and opens a store from its card', async () => {
    requireSchema('storesOverview');
    const { page } = await h.desk();
    await h.signIn(page, 'owner');
    await page.waitForURL(/\/staff\/stores/);
    await page.locator('[data-test=to-overview]').click();
    await page.waitForURL(/\/staff\/overview/);
    const jingan = page.locator('[data-store-card="拾履 静安店"]');
    await jingan.waitFor();
    await page.locator('[data-store-card="拾履 徐汇店"]').waitFor();
    // The demo's history: orders in the shop now and revenue over the last week, in both stores.
    for (const card of [jingan, page.locator('[data-store-card="拾履 徐汇店"]')]) {
      await poll(async () => Number(await card.locator('[data-test=inProgress] .n').innerText())).toBeGreaterThan(0);
      expect(yuan(await card.locator('[data-test=revenue-week]').innerText())).toBeGreaterThan(0);
      await card.locator('[data-test=chart] canvas').waitFor();
    }
    await h.shot(page, '13-overview', true);
    expect((await axeCheck(page, 'staff-overview')).serious).toEqual([]);

    await jingan.click();
    await page.waitForURL(/\/staff\/board/);
    await poll(() => page.locator('[data-test=current-store]').innerText()).toContain('静安');
    // Back to all stores from the navigation, then into the other one.
    await page.locator('[data-nav=overview]').click();
    await page.waitForURL(/\/staff\/overview/);
    await page.locator('[data-store-card="拾履 徐汇店"]').click();
    await page.waitForURL(/\/staff\/board/);
    await poll(() => page.locator('[data-test=current-store]').innerText()).toContain('徐汇');
  });

  it('keeps a store admin of one store out of the all-stores view', async () => {
    const { page } = await h.desk();
    await h.signIn(page, 'admin.jingan');
    await page.waitForURL(/\/staff\/board/);
    expect(await page.locator('[data-nav=overview]').count()).toBe(0);
    await page.goto(`${h.origin}/staff/overview`);
    await page.waitForURL(/\/staff\/board/);
  });

  it('charts orders and revenue with trends, pilot against the rest, and the labour statistics', async () => {
    requireSchema('metrics', 'rollout');
    const { page } = await h.desk();
    await h.signIn(page, 'owner');
    await page.waitForURL(/\/staff\/stores/);
    await page.locator('[data-store="拾履 静安店"]').click();
    await page.waitForURL(/\/staff\/board/);
    await page.locator('[data-nav=metrics]').click();
    await page.waitForURL(/\/staff\/metrics/);
    const revenue = page.locator('[data-metric=revenueMinor]');
    await revenue.waitFor();
    await poll(async () => yuan(await revenue.locator('.value').innerText())).toBeGreaterThan(0);
    await poll(() => revenue.locator('[data-test=trend]').innerText()).toMatch(/%|新增/);
    await page.locator('[data-chart=sales] canvas').waitFor();
    // Pilot (online booking on) against the rest, over the period.
    await page.locator('[data-test=pilot-table]').waitFor();
    await poll(() => page.locator('[data-test=pilot-table]').innerText()).toContain('拾履 静安店');
    // Labour: hours recorded, technicians and services against their standard, materials used.
    await poll(async () => Number.parseFloat(await page.locator('[data-test=labour-hours] .value').innerText())).toBeGreaterThan(
      0,
    );
    for (const chart of ['technicians', 'services', 'materials']) await page.locator(`[data-chart=${chart}] canvas`).waitFor();
    await poll(() => page.locator('[data-test=labour-orders] .el-table__row').count()).toBeGreaterThan(0);
    await h.shot(page, '14-metrics-business', true);
    await page.locator('[data-test=labour]').scrollIntoViewIfNeeded();
    await h.shot(page, '15-labour', true);
    // The page's own content (the shell around it is checked in staff-a11y.test.ts).
    expect((await axeCheck(page, 'staff-metrics-owner', '.lw-main')).serious).toEqual([]);
  });
});
