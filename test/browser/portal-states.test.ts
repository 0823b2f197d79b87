// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, not DOM nodes
import { uploadPhoto } from '@lacewire/plugin-files/testing';
import { globalId, type TestStore } from '@lacewire/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeCheck } from './axe.ts';
import { SKIP_BROWSER } from './chromium.ts';
import { failOperation, holdOperation } from './operations.ts';
import { type PortalHarness, requireSchema, startPortal } from './portal-harness.ts';
import { poll } from './waits.ts';

/** The calendar date in Shanghai (the stores' zone here), `days` from today. */
const shanghaiDate = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

// The portal's states around its data — loading, failed, empty, not found — the booking screen's
// store details, day names and total bar, order thumbnails, and the offline bar, on a phone.
describe.skipIf(SKIP_BROWSER)('customer portal states', () => {
  let h: PortalHarness;
  let store: TestStore;
  beforeAll(async () => {
    h = await startPortal();
    requireSchema('availableSlots', 'openWorkOrder', 'createService');
    store = await h.t.store('状态店');
    const admin = await h.t.staff(store, 'storeAdmin', '店长');
    const tech = await h.t.staff(store, 'technician', '王师傅');
    await admin.query(`mutation($input: SetTechnicianSkillsInput!) { setTechnicianSkills(input: $input) { __typename } }`, {
      input: { storeId: store.globalId, accountId: globalId('Account', tech.accountId), skills: ['cleaning'] },
    });
    await admin.query(`mutation($input: SetShiftTemplateInput!) { setShiftTemplate(input: $input) { __typename } }`, {
      input: {
        storeId: store.globalId,
        technicianId: globalId('Account', tech.accountId),
        shifts: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, starts: '09:00', ends: '21:00' })),
      },
    });
    await admin.query(`mutation($input: UpdateBookingSettingsInput!) { updateBookingSettings(input: $input) { __typename } }`, {
      input: { storeId: store.globalId, minNoticeMinutes: 0, bufferMinutes: 0, slotStepMinutes: 30, cancelCutoffMinutes: 60 },
    });
    for (const [name, priceMinor] of [
      ['深度清洁', 12800],
      ['防水喷雾', 6800],
      ['鞋带更换', 2000],
      ['去氧化', 8800],
      ['补色', 26800],
      ['鞋底修复', 15800],
    ] as const)
      await admin.query(`mutation($input: CreateServiceInput!) { createService(input: $input) { __typename } }`, {
        input: {
          storeId: store.globalId,
          name,
          category: 'cleaning',
          durationMinutes: 30,
          priceMinor,
          requiredSkills: ['cleaning'],
        },
      });
  }, 120_000);
  afterAll(() => h?.close());

  it('lists orders with a thumbnail of the pair, after a skeleton; says why and retries when the server is unreachable', async () => {
    const clerk = await h.t.staff(store, 'clerk', '小状');
    const { page } = await h.phone();
    const { accountId } = await h.signIn(page);
    const photo = await uploadPhoto(clerk, store.globalId, '#a0522d');
    const opened = await clerk.query(
      `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          storeId: store.globalId,
          customerId: globalId('Customer', accountId),
          intakePhotoIds: [photo],
          shoe: { brand: 'Nike', model: 'Dunk Low' },
          services: [{ code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12800 }],
        },
      },
    );
    expect(opened.openWorkOrder.__typename).toBe('WorkOrder');

    const held = await holdOperation(page, 'MyOrders');
    await page.reload();
    await page.locator('[data-test=skeleton]').waitFor();
    await h.shot(page, 'state-orders-loading');
    expect((await axeCheck(page, 'portal-orders-loading')).serious).toEqual([]);
    await held.release();
    const thumb = page.locator('[data-test=order-thumb]');
    await thumb.waitFor();
    await poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await page.locator('[data-test=skeleton]').count()).toBe(0);
    await h.shot(page, '01-orders-list', true);

    const failing = await failOperation(page, 'MyOrders');
    await page.reload();
    await poll(() => page.locator('.lw-query-error').innerText()).toContain('无法连接服务器');
    await h.shot(page, 'state-orders-error');
    expect((await axeCheck(page, 'portal-orders-error')).serious).toEqual([]);
    await failing.restore();
    await page.locator('.lw-query-error button').click();
    await page.locator('[data-test=order]').waitFor();
    await poll(() => page.locator('.lw-query-error').count()).toBe(0);
  });

  it('says what is empty and what to do next for a new customer', async () => {
    const { page } = await h.phone();
    await h.signIn(page);
    const empty = page.locator('[data-test=empty]');
    await poll(() => empty.first().innerText()).toContain('暂无订单');
    await h.shot(page, 'state-orders-empty');
    expect((await axeCheck(page, 'portal-orders-empty')).serious).toEqual([]);
    await empty.getByRole('button', { name: '去预约' }).click();
    await page.waitForURL(/\/book/);
    await page.goto(`${h.origin}/messages`);
    await poll(() => empty.first().innerText()).toContain('还没有会话');
    await h.shot(page, 'state-messages-empty');
  });

  it('answers an unknown address and ids that lead nowhere with a not-found page', async () => {
    const { page } = await h.phone();
    await h.signIn(page);
    const notFound = page.locator('[data-test=not-found]');
    for (const [path, text] of [
      ['/no-such-page', '页面不存在'],
      ['/orders/nope', '找不到这张订单'],
      [`/orders/${encodeURIComponent(globalId('WorkOrder', '00000000-0000-4000-8000-0000000000aa'))}`, '找不到这张订单'],
      [`/chat/${encodeURIComponent(globalId('Conversation', '00000000-0000-4000-8000-0000000000aa'))}`, '找不到这个会话'],
      ['/acceptance/nope', '找不到这次验收'],
    ]) {
      await page.goto(`${h.origin}${path}`);
      await poll(() => notFound.innerText()).toContain(text);
      expect(await page.locator('.lw-query-error').count()).toBe(0);
    }
    await page.goto(`${h.origin}/orders/nope`);
    await h.shot(page, 'state-order-not-found');
    expect((await axeCheck(page, 'portal-order-not-found')).serious).toEqual([]);
    await notFound.getByRole('button', { name: '我的订单' }).click();
    await page.waitForURL(/\/orders$/);
  });

  it("books with the store's details in view, today and tomorrow named, and the total fixed above the tab bar", async () => {
    const { page } = await h.phone();
    await h.signIn(page);
    await page.goto(`${h.origin}/book`);
    await page.locator('[data-test=store]', { hasText: '状态店' }).click();
    const details = page.locator('[data-test=store-details]');
    await poll(() => details.innerText()).toContain('状态店 Road 1');
    expect(await details.locator('[data-test=store-phone]').getAttribute('href')).toBe('tel:021-5555');
    expect(await details.locator('[data-test=store-hours-today]').innerText()).toMatch(/今天 (\d{2}:\d{2}–\d{2}:\d{2}|休息)/);
    for (const name of ['深度清洁', '防水喷雾', '去氧化', '鞋底修复'])
      await page.locator('[data-test=service]', { hasText: name }).click();
    await poll(() => page.locator('[data-test=total-bar]').innerText()).toContain('¥442.00');
    await h.shot(page, '02-book-store', true);

    // The bar sits on the tab bar and stays there while the list scrolls under it.
    const viewport = page.viewportSize()!;
    const tabbar = await box(page, '.van-tabbar');
    const bar = await box(page, '[data-test=total-bar]');
    expect(Math.abs(bar.y + bar.height - tabbar.y)).toBeLessThanOrEqual(1);
    expect(tabbar.y + tabbar.height).toBeLessThanOrEqual(viewport.height + 1);
    await page.mouse.wheel(0, 2000);
    await poll(async () => (await box(page, '[data-test=total-bar]')).y).toBeCloseTo(bar.y, 0);
    // The last service is not hidden under it once scrolled to the end.
    const last = await box(page, '[data-test=service]:last-of-type');
    expect(last.y + last.height).toBeLessThanOrEqual(bar.y + 1);

    await page.locator('[data-test=choose-slot]').click();
    await poll(() => page.locator('[data-test=day]').count()).toBeGreaterThan(1);
    // Each day is named as the store counts days: today, tomorrow, else its weekday; with its date.
    const chips = await page.locator('[data-test=day]').evaluateAll((els) =>
      els.map((el) => ({
        word: el.querySelector('.word')?.textContent ?? '',
        date: el.querySelector('.date')?.textContent ?? '',
      })),
    );
    const [today, tomorrow] = [shanghaiDate(0), shanghaiDate(1)].map((d) => `${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))}`);
    for (const chip of chips) {
      if (chip.date === today) expect(chip.word).toBe('今天');
      else if (chip.date === tomorrow) expect(chip.word).toBe('明天');
      else expect(chip.word).toMatch(/^周[一二三四五六日]$/);
    }
    expect(chips.map((c) => c.word)).toContain('明天');
    await page.locator('[data-test=day]', { hasText: '明天' }).click();
    await page.locator('[data-test=slot]').first().click();
    await h.shot(page, '02-book-days', true);
    expect((await axeCheck(page, 'portal-book-days')).serious).toEqual([]);
    expect(Math.abs((await box(page, '[data-test=total-bar]')).y - bar.y)).toBeLessThanOrEqual(1);
  });

  it('shows the offline bar below nothing: screens move down instead of hiding their navigation bar under it', async () => {
    const { context, page } = await h.phone();
    const { api } = await h.signIn(page);
    const opened = await api.query(
      `mutation($input: OpenConversationInput!) { openConversation(input: $input) { __typename ... on Conversation { id } } }`,
      { input: { storeId: store.globalId } },
    );
    // A full-height screen (the chat) included: it shrinks by the bar's height.
    for (const path of ['/orders', '/messages', `/chat/${encodeURIComponent(opened.openConversation.id)}`]) {
      await page.goto(`${h.origin}${path}`);
      await page.locator('.van-nav-bar').waitFor();
      await context.setOffline(true);
      await page.locator('[data-test=offline]').waitFor();
      const banner = await box(page, '[data-test=offline]');
      const nav = await box(page, '.van-nav-bar');
      expect(nav.y).toBeGreaterThanOrEqual(banner.y + banner.height - 1);
      if (path.startsWith('/chat')) {
        const composer = await box(page, '.composer');
        expect(composer.y + composer.height).toBeLessThanOrEqual(page.viewportSize()!.height + 1);
      }
      await h.shot(page, `state-offline-${path.split('/')[1]}`, path.startsWith('/chat'));
      await context.setOffline(false);
      await poll(() => page.locator('[data-test=offline]').count()).toBe(0);
    }
  });
});
