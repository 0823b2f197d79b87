import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, type PortalHarness, schemaHas, startPortal } from './portal-harness.ts';

// The customer portal in a phone-sized Chromium against a real server (every plugin the
// distribution registers) serving the built app. Scenarios for a server module run once the
// module is in schema.graphql. Screenshots go to test-artifacts/portal/.
describe.skipIf(!hasChromium)('customer portal in a phone browser', () => {
  let h: PortalHarness;
  beforeAll(async () => {
    h = await startPortal();
  }, 120_000);
  afterAll(() => h?.close());

  it('signs in with phone and one-time code, and stays signed in after a reload', async () => {
    const { page } = await h.phone();
    const { phone } = await h.signIn(page);
    await h.shot(page, '01-orders');
    await page.goto(`${h.origin}/me`);
    await expect.poll(() => page.locator('[data-test=my-phone]').innerText()).toContain(phone);
    await page.reload();
    await expect.poll(() => page.locator('[data-test=my-phone]').innerText()).toContain(phone);
    await h.shot(page, '09-me');
  });

  it.skipIf(!schemaHas('myOrders', 'openWorkOrder', 'answerChangeRequest'))(
    'follows an order live while staff move it, and approves a change request in one tap',
    async () => {
      const store = await h.t.store('徐汇店');
      const clerk = await h.t.staff(store, 'clerk', '小李');
      const tech = await h.t.staff(store, 'technician', '王师傅');
      const { page } = await h.phone();
      const { accountId, api: customer } = await h.signIn(page);
      const RESULT = `__typename ... on WorkOrder { id status tagNumber } ... on Error { message }`;
      const opened = (
        await clerk.query(`mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { ${RESULT} } }`, {
          input: {
            storeId: store.globalId,
            customerId: accountId,
            technicianId: tech.accountId,
            shoe: { brand: 'Nike', model: 'Air Jordan 1 限量版', colour: '黑红' },
            services: [
              { code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12800 },
              { code: 'recolour', name: '补色翻新', category: 'recolouring', priceMinor: 26800 },
            ],
          },
        })
      ).openWorkOrder;
      expect(opened.__typename).toBe('WorkOrder');
      const move = async (to: string) => {
        const r = await tech.query(`mutation($input: MoveOrderInput!) { moveOrder(input: $input) { ${RESULT} } }`, {
          input: { orderId: opened.id, to },
        });
        expect(r.moveOrder.__typename).toBe('WorkOrder');
      };

      // The new order shows up without a reload.
      await expect.poll(() => page.locator('[data-test=order]').count(), { timeout: 10_000 }).toBe(1);
      await h.shot(page, '02-orders');
      await page.locator('[data-test=order]').click();
      await page.waitForURL(/\/orders\//);
      await expect.poll(() => page.locator('[data-test=tag-number]').innerText()).toBe(opened.tagNumber);
      const status = page.locator('[data-test=order-status]');

      // Staff move it; the screen follows.
      await move('cleaning');
      await expect.poll(() => status.innerText(), { timeout: 10_000 }).toContain('深度清洁');

      // The technician finds the sole coming unglued and asks first.
      const raised = await tech.query(
        `mutation($input: RaiseChangeRequestInput!) { raiseChangeRequest(input: $input) { __typename ... on ChangeRequest { id } ... on Error { message } } }`,
        {
          input: {
            orderId: opened.id,
            description: '鞋底前掌开胶，需要重新粘合',
            service: { code: 'sole-reglue', name: '鞋底开胶重粘', category: 'repair', priceMinor: 8800 },
          },
        },
      );
      expect(raised.raiseChangeRequest.__typename).toBe('ChangeRequest');
      await expect.poll(() => page.locator('[data-test=change-request]').count(), { timeout: 10_000 }).toBe(1);
      await h.shot(page, '04-change-request');
      await page.locator('[data-test=approve-change]').click();
      await expect.poll(() => page.locator('[data-test=change-request]').count()).toBe(0);
      const answered = await customer.query(`query($id: ID!) { node(id: $id) { ... on ChangeRequest { status } } }`, {
        id: raised.raiseChangeRequest.id,
      });
      expect(answered.node.status).toBe('approved');
      await expect.poll(() => status.innerText()).toContain('深度清洁');

      // Through the remaining stages to pickup: the pickup code is there.
      for (const to of ['repair', 'recolouring', 'qualityCheck', 'readyForPickup']) await move(to);
      await expect.poll(() => status.innerText(), { timeout: 10_000 }).toContain('待取件');
      expect(await page.locator('[data-test=pickup-code]').innerText()).toMatch(/\w+/);
      await h.shot(page, '03-order-live');
    },
  );

  it.skipIf(!schemaHas('sendMessage', 'openConversation'))(
    'chats with the store; a message written while the connection is down is queued and delivered in order once it returns',
    async () => {
      const store = await h.t.store('静安寺店');
      const clerk = await h.t.staff(store, 'clerk', '小周');
      const { context, page } = await h.phone();
      await h.signIn(page);
      await page.goto(`${h.origin}/messages`);
      await page.locator('[data-test=contact-store]').click();
      await page.locator('.van-action-sheet__item', { hasText: '静安寺店' }).click();
      await page.waitForURL(/\/chat\//);

      const input = page.locator('[data-test=chat-input] textarea');
      await input.fill('你好，想问一下麂皮能洗吗？');
      await page.locator('[data-test=send]').click();
      await expect.poll(() => page.locator('[data-test=message][data-state=sent]').count()).toBe(1);

      // The network drops: messages stay queued, in order, nothing reaches the server.
      await context.setOffline(true);
      await expect.poll(() => page.locator('[data-test=offline]').count()).toBe(1);
      for (const text of ['离线时写的第一条', '离线时写的第二条']) {
        await input.fill(text);
        await page.locator('[data-test=send]').click();
      }
      await expect.poll(() => page.locator('[data-test=message][data-state=queued]').count()).toBe(2);
      await h.shot(page, '06-chat-offline');
      const inbox = `query { conversations(storeId: "${store.globalId}") { edges { node { id messages { messages { body } } } } } }`;
      const bodies = async () =>
        (await clerk.query(inbox)).conversations.edges.flatMap((e: any) => e.node.messages.messages.map((m: any) => m.body));
      expect(await bodies()).toEqual(['你好，想问一下麂皮能洗吗？']);

      // The connection returns: the queue drains in the order written.
      await context.setOffline(false);
      await expect
        .poll(bodies, { timeout: 15_000 })
        .toEqual(['你好，想问一下麂皮能洗吗？', '离线时写的第一条', '离线时写的第二条']);
      await expect.poll(() => page.locator('[data-test=message][data-state=queued]').count()).toBe(0);

      // The store answers; it shows up live.
      const conversationId = (await clerk.query(inbox)).conversations.edges[0].node.id;
      await clerk.query(
        `mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename ... on Error { message } } }`,
        { input: { conversationId, clientMessageId: `clerk-${Date.now()}`, kind: 'text', body: '可以的，麂皮用专用清洁剂' } },
      );
      await expect
        .poll(() => page.locator('[data-test=message]', { hasText: '麂皮用专用清洁剂' }).count(), { timeout: 10_000 })
        .toBe(1);
      await h.shot(page, '07-chat');
    },
  );
});
