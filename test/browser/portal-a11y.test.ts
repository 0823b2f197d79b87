import { uploadPhoto } from '@lacewire/plugin-files/testing';
import { globalId } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeCheck } from './axe.ts';
import { SKIP_BROWSER } from './chromium.ts';
import { type PortalHarness, requireSchema, startPortal } from './portal-harness.ts';

// WCAG AA on the portal's main screens, for a customer with an order in progress and a
// conversation (axe-core, serious and critical violations fail; answers in test-artifacts/axe/).
describe.skipIf(SKIP_BROWSER)('customer portal accessibility', () => {
  let h: PortalHarness;
  beforeAll(async () => {
    h = await startPortal();
  }, 120_000);
  afterAll(() => h?.close());

  it('has no serious or critical axe violations on the main screens', async () => {
    requireSchema('myOrders', 'openWorkOrder', 'openConversation', 'sendMessage');
    const store = await h.t.store('无障碍店');
    const clerk = await h.t.staff(store, 'clerk', '小安');
    const admin = await h.t.staff(store, 'storeAdmin', '店长');
    await admin.query(`mutation($input: CreateServiceInput!) { createService(input: $input) { __typename } }`, {
      input: {
        storeId: store.globalId,
        name: '深度清洁',
        category: 'cleaning',
        durationMinutes: 60,
        priceMinor: 12800,
        requiredSkills: [],
      },
    });
    const { page } = await h.phone();
    const { accountId } = await h.signIn(page);
    const photo = await uploadPhoto(clerk, store.globalId, '#b08060');
    const opened = await clerk.query(
      `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { __typename ... on WorkOrder { id } ... on Error { message } } }`,
      {
        input: {
          storeId: store.globalId,
          customerId: globalId('Customer', accountId),
          intakePhotoIds: [photo],
          shoe: { brand: 'Nike', model: 'Air Max 90', colour: '白' },
          services: [{ code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12800 }],
        },
      },
    );
    expect(opened.openWorkOrder.__typename).toBe('WorkOrder');
    const conversation = await clerk.query(
      `mutation($input: OpenConversationInput!) { openConversation(input: $input) { __typename ... on Conversation { id } } }`,
      { input: { storeId: store.globalId, customerId: globalId('Customer', accountId) } },
    );
    await clerk.query(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename } }`, {
      input: {
        conversationId: conversation.openConversation.id,
        clientMessageId: crypto.randomUUID(),
        kind: 'text',
        body: '您好，鞋子已收到',
      },
    });

    const found: Record<string, string[]> = {};
    const check = async (name: string) => {
      found[name] = (await axeCheck(page, `portal-${name}`)).serious;
    };
    await page.locator('[data-test=order]').first().waitFor();
    await check('orders');

    await page.locator('[data-test=order]').first().click();
    await page.locator('[data-test=tag-number]').waitFor();
    await check('order-detail');

    await page.goto(`${h.origin}/book`);
    await page.locator('[data-test=store]').first().waitFor();
    await check('book');
    await page.locator('[data-test=store]', { hasText: '无障碍店' }).click();
    await page.locator('[data-test=service]').first().click();
    await check('book-services');

    await page.goto(`${h.origin}/messages`);
    await page.locator('[data-test=conversation]').first().waitFor();
    await check('messages');
    await page.locator('[data-test=conversation]').first().click();
    await page.locator('[data-test=message]').first().waitFor();
    await check('chat');

    await page.goto(`${h.origin}/me`);
    await page.locator('[data-test=sign-out]').waitFor();
    await check('me');

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  }, 120_000);
});
