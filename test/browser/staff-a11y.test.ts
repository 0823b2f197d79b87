import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeCheck } from './axe.ts';
import { SKIP_BROWSER } from './chromium.ts';
import { type StaffHarness, startStaff } from './staff-harness.ts';

// WCAG AA on the console's main screens with the demo store's data (axe-core, serious and
// critical violations fail; the full answers are in test-artifacts/axe/).
describe.skipIf(SKIP_BROWSER)('staff console accessibility', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaff();
  }, 180_000);
  afterAll(() => h?.close());

  it('has no serious or critical axe violations on the main screens', async () => {
    const { page } = await h.desk();
    const found: Record<string, string[]> = {};
    const check = async (name: string) => {
      found[name] = (await axeCheck(page, `staff-${name}`)).serious;
    };

    await page.goto(`${h.origin}/staff/sign-in`);
    await page.locator('[data-test=submit]').waitFor();
    await check('sign-in');

    await h.signIn(page, 'admin.jingan');
    await page.locator('.lw-order-card').first().waitFor();
    await check('board');

    await page.locator('.lw-order-card').first().click();
    await page.locator('[data-test=order-status]').waitFor();
    await page.locator('.el-timeline-item').first().waitFor();
    await check('order-detail');

    await page.locator('[data-nav=inbox]').click();
    await page.locator('.conv').first().click();
    await page.locator('.msg').first().waitFor();
    // The customer beside it arrives by its own query; its tags zoom in once it has.
    await page.locator('[data-test=panel-name]').waitFor();
    await check('inbox');

    await page.locator('[data-nav=appointments]').click();
    await page.locator('.col[data-column]').first().waitFor();
    await check('appointments');

    await page.locator('[data-nav=aftersales]').click();
    await page.getByRole('tab').first().waitFor();
    await check('aftersales');

    await page.locator('[data-nav=customers]').click();
    await page.locator('.el-table__row').first().waitFor();
    await check('customers');

    await page.locator('[data-nav=settings]').click();
    await page.locator('[data-test=store-name]').first().waitFor();
    await check('settings');

    await page.locator('[data-nav=metrics]').click();
    await page.locator('[data-test=chart] canvas').first().waitFor();
    await check('metrics');

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  }, 120_000);
});
