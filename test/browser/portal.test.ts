import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, type PortalHarness, startPortal } from './portal-harness.ts';

// The customer portal in a phone-sized Chromium against a real server serving the built app.
describe.skipIf(!hasChromium)('customer portal in a phone browser', () => {
  let h: PortalHarness;
  beforeAll(async () => {
    h = await startPortal();
  }, 120_000);
  afterAll(() => h?.close());

  it('signs in with phone and one-time code, and stays signed in after a reload', async () => {
    const { page } = await h.phone();
    const phone = await h.signIn(page);
    await h.shot(page, '01-orders');
    await page.goto(`${h.origin}/me`);
    await expect.poll(() => page.locator('[data-test=my-phone]').innerText()).toContain(phone);
    await page.reload();
    await expect.poll(() => page.locator('[data-test=my-phone]').innerText()).toContain(phone);
    await h.shot(page, '09-me');
  });
});
