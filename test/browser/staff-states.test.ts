// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, not DOM nodes
import { globalId } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeCheck } from './axe.ts';
import { SKIP_BROWSER } from './chromium.ts';
import { failOperation, holdOperation } from './operations.ts';
import { DEMO_PASSWORD, input, type StaffHarness, startStaff } from './staff-harness.ts';
import { poll } from './waits.ts';

const JINGAN = globalId('Store', '00000000-0000-4000-8000-000000000001');

// The console's states around its data — loading, failed, empty, not found — its board at a
// common laptop width, and the inbox's customer panel, against the demo data in Chromium.
describe.skipIf(SKIP_BROWSER)('staff console states', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaff();
  }, 180_000);
  afterAll(() => h?.close());

  it('keeps every board column readable at 1440 px: they scroll sideways, none is cut off, names stay whole', async () => {
    const { page } = await h.desk();
    await page.setViewportSize({ width: 1440, height: 900 });
    await h.signIn(page, 'admin.jingan');
    await page.locator('.lw-order-card').first().waitFor();
    const columns = page.locator('[data-test=board-columns]');
    const geometry = await columns.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      overflowX: getComputedStyle(el).overflowX,
      widths: [...el.querySelectorAll('[data-column]')].map((c) => c.getBoundingClientRect().width),
    }));
    expect(geometry.widths.length).toBeGreaterThan(4);
    expect(Math.min(...geometry.widths)).toBeGreaterThanOrEqual(200);
    await h.shot(page, '07b-board-1440');
    if (geometry.scrollWidth > geometry.clientWidth) {
      // More columns than fit: the row scrolls, the hiding edge is shaded, and scrolled to its
      // end the last column is whole inside the visible area.
      expect(geometry.overflowX).toBe('auto');
      await poll(() => page.locator('[data-test=board]').getAttribute('class')).toContain('more-right');
      await columns.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      await poll(() => page.locator('[data-test=board]').getAttribute('class')).toContain('more-left');
      expect(await page.locator('[data-test=board]').getAttribute('class')).not.toContain('more-right');
      const last = (await page.locator('[data-column]').last().boundingBox())!;
      const visible = (await columns.boundingBox())!;
      expect(last.x + last.width).toBeLessThanOrEqual(visible.x + visible.width + 1);
    }
    // Technician names on cards: one line, not cut (王师傅 never becomes 王师/傅).
    const names = await page.locator('[data-test=card-technician] .name').evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent,
        oneLine: el.getBoundingClientRect().height < 2 * Number.parseFloat(getComputedStyle(el).fontSize),
        whole: el.scrollWidth <= el.clientWidth,
      })),
    );
    expect(names.map((n) => n.text)).toContain('王师傅');
    for (const name of names) expect(name).toMatchObject({ oneLine: true, whole: true });
  });

  it("keeps the store's own stage names when the console reads in English", async () => {
    const { context, page } = await h.desk();
    await context.addInitScript(() => localStorage.setItem('lacewire.staff.locale', 'en'));
    await h.signIn(page, 'clerk.jingan');
    await poll(() => page.locator('h1').innerText()).toBe("Today's board");
    // The pipeline's stages are the store's words (Settings → pipeline), not the app's.
    await poll(() => page.locator('[data-column=cleaning] header').innerText()).toContain('深度清洁');
  });

  it('shows a skeleton while the board loads, and why and a retry when the server cannot be reached', async () => {
    const { page } = await h.desk();
    await h.signIn(page, 'clerk.jingan');
    await page.locator('.lw-order-card').first().waitFor();

    const held = await holdOperation(page, 'Board');
    await page.reload();
    await page.locator('[data-test=skeleton]').waitFor();
    expect(await page.locator('.lw-order-card').count()).toBe(0);
    await h.shot(page, 'state-board-loading');
    expect((await axeCheck(page, 'staff-board-loading')).serious).toEqual([]);
    await held.release();
    await page.locator('.lw-order-card').first().waitFor();
    expect(await page.locator('[data-test=skeleton]').count()).toBe(0);

    const failing = await failOperation(page, 'Board');
    await page.reload();
    await poll(() => page.locator('.lw-query-error').innerText()).toContain('无法连接服务器');
    expect(await page.locator('[data-test=skeleton]').count()).toBe(0);
    await h.shot(page, 'state-board-error', true);
    expect((await axeCheck(page, 'staff-board-error')).serious).toEqual([]);
    await failing.restore();
    await page.locator('.lw-query-error button').click();
    await page.locator('.lw-order-card').first().waitFor();
    await poll(() => page.locator('.lw-query-error').count()).toBe(0);
  });

  it('says what is missing, and what to do, in a new store', async () => {
    await h.t.store('空白店');
    const { page } = await h.desk();
    await h.signIn(page, 'owner');
    await page.waitForURL(/\/staff\/stores/);
    await page.locator('[data-store="空白店"]').click();
    await page.waitForURL(/\/staff\/board/);
    const empty = page.locator('[data-test=empty]');
    await poll(() => empty.innerText()).toContain('看板上还没有订单');
    expect(await empty.getByRole('button', { name: '收件' }).count()).toBe(1);
    await h.shot(page, 'state-board-empty', true);
    expect((await axeCheck(page, 'staff-board-empty')).serious).toEqual([]);
    for (const [nav, text] of [
      ['inbox', '暂无会话'],
      ['customers', '还没有客户'],
      ['appointments', '这家店还没有技师'],
      ['aftersales', '没有投诉'],
      ['pool', '没有待认领的工单'],
    ]) {
      await page.locator(`[data-nav=${nav}]`).click();
      await poll(() => page.locator('[data-test=empty]').first().innerText()).toContain(text);
      await h.shot(page, `state-${nav}-empty`);
    }
    // A search that matches nobody says so, with what to try.
    await page.locator('[data-nav=customers]').click();
    await input(page, 'customers-search').fill('不存在的人');
    await poll(() => page.locator('[data-test=empty]').innerText()).toContain('没有找到“不存在的人”');
  });

  it('answers an unknown address and ids that lead nowhere with a not-found page', async () => {
    const { page } = await h.desk();
    await h.signIn(page, 'clerk.jingan');
    const notFound = page.locator('[data-test=not-found]');
    for (const [path, text] of [
      ['/staff/no-such-page', '页面不存在'],
      ['/staff/orders/nope', '找不到这张订单'],
      [`/staff/orders/${encodeURIComponent(globalId('WorkOrder', '00000000-0000-4000-8000-0000000000aa'))}`, '找不到这张订单'],
      [`/staff/inbox/${encodeURIComponent(globalId('Conversation', '00000000-0000-4000-8000-0000000000aa'))}`, '找不到这个会话'],
      ['/staff/customers/nope', '找不到这位客户'],
    ]) {
      await page.goto(`${h.origin}${path}`);
      await poll(() => notFound.innerText()).toContain(text);
      expect(await page.locator('.lw-query-error').count()).toBe(0);
    }
    await page.goto(`${h.origin}/staff/orders/nope`);
    await h.shot(page, 'state-order-not-found');
    expect((await axeCheck(page, 'staff-order-not-found')).serious).toEqual([]);
    await notFound.getByRole('button', { name: '返回看板' }).click();
    await page.waitForURL(/\/staff\/board/);
  });

  it("shows the customer beside a conversation, people's messages with avatars and times, the system's apart", async () => {
    // The shop asks 王先生 about extra work: the notification is a system message in his thread.
    const admin = await h.t.signIn('admin.jingan', DEMO_PASSWORD);
    const board = await admin.query(`query($s: ID!) { workOrders(storeId: $s) { id tagNumber customerName } }`, { s: JINGAN });
    const order = board.workOrders.find((o: { customerName: string }) => o.customerName === '王先生');
    const raised = await admin.query(
      `mutation($input: RaiseChangeRequestInput!) { raiseChangeRequest(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          orderId: order.id,
          description: '鞋舌内衬磨破，建议一并修补',
          service: { code: 'lining', name: '内衬修补', category: 'repair', priceMinor: 6800 },
        },
      },
    );
    expect(raised.raiseChangeRequest.__typename).toBe('ChangeRequest');

    const { page } = await h.desk();
    await h.signIn(page, 'clerk.jingan');
    await page.locator('[data-nav=inbox]').click();
    await page.locator('[data-conversation="王先生"]').click();
    const panel = page.locator('[data-test=customer-panel]');
    await poll(() => panel.locator('[data-test=panel-name]').innerText()).toBe('王先生');
    await poll(() => panel.locator('[data-test=panel-order]').count()).toBeGreaterThan(0);
    expect(await panel.innerText()).toContain(order.tagNumber);
    expect(await panel.getByRole('link', { name: '13800000001' }).getAttribute('href')).toBe('tel:13800000001');

    // People: an avatar, their name and the time on every message; the system: a notice, no bubble.
    const people = page.locator('.msg');
    await people.first().waitFor();
    const messages = await people.evaluateAll((els) =>
      els.map((el) => ({ avatar: !!el.querySelector('.lw-avatar'), time: el.querySelector('time')?.textContent ?? '' })),
    );
    for (const m of messages) expect(m).toMatchObject({ avatar: true, time: expect.stringMatching(/\d{2}:\d{2}/) });
    const notice = page.locator('[data-test=system-notice]', { hasText: '鞋舌内衬磨破' });
    await notice.waitFor();
    expect(await notice.locator('.lw-avatar').count()).toBe(0);
    expect(await notice.evaluate((el) => el.closest('.msg'))).toBeNull();
    expect(await page.locator('.messages [role=separator]').first().innerText()).toBe('今天');
    await h.shot(page, '13b-inbox-panel', true);

    // The panel's order opens the order.
    await panel.locator('[data-test=panel-order]', { hasText: order.tagNumber }).click();
    await page.waitForURL(/\/staff\/orders\//);
    await poll(() => page.locator('[data-test=order-tag]').innerText()).toBe(order.tagNumber);
  });
});
