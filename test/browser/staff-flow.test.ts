import { globalId } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SKIP_BROWSER } from './chromium.ts';
import { requireSchema } from './portal-harness.ts';
import { input, portalAvailable, type StaffHarness, startStaff } from './staff-harness.ts';
import { poll } from './waits.ts';

const JINGAN = globalId('Store', '00000000-0000-4000-8000-000000000001');

interface OrderEvent {
  myOrderEvents: { type: string; to: string | null; changeRequest: { id: string; status: string } | null };
}

/**
 * The shop's main flow across two staff browsers and the customer (in the portal on a phone when
 * it is built, and over the API): intake → board updates live → technician moves the order and raises a change request →
 * the customer sees each change live and approves → the technician's screen shows the answer live.
 */
describe.skipIf(SKIP_BROWSER)('staff flow: intake, work, change request, live everywhere', () => {
  let h: StaffHarness;
  let portal = false;
  beforeAll(async () => {
    portal = portalAvailable();
    h = await startStaff();
  }, 240_000);
  afterAll(() => h?.close());

  it('runs an order from intake to an approved change request', async () => {
    // The customer: in the portal on a phone when it is built, else over the API only.
    const phone = portal ? await h.phone() : null;
    const { api: customer, phone: customerPhone } = phone
      ? await h.portalSignIn(phone.page)
      : await h.t.customer().then((c) => ({ api: c, phone: c.phone }));
    const feed = customer.subscribe<OrderEvent>(`subscription { myOrderEvents { type to changeRequest { id status } } }`);
    await feed.ready();

    // The store admin watches the board: it is open before the order exists.
    const admin = await h.desk();
    await h.signIn(admin.page, 'admin.jingan');
    await admin.page.waitForURL(/\/staff\/board/);
    await poll(() => admin.page.locator('.lw-connection').getAttribute('data-state')).toBe('connected');

    const clerk = await h.desk();
    await h.signIn(clerk.page, 'clerk.jingan');
    await clerk.page.waitForURL(/\/staff\/board/);
    requireSchema('registerCustomer', 'addShoe');
    // Intake in the console: register the walk-in by phone (the portal account is reused), the
    // pair with its condition, two services from the catalog, open the order.
    await clerk.page.locator('[data-nav=intake]').click();
    await clerk.page.waitForURL(/\/staff\/intake/);
    await input(clerk.page, 'new-phone').fill(customerPhone);
    await input(clerk.page, 'new-name').fill('林小姐');
    await clerk.page.locator('[data-test=register-customer]').click();
    await clerk.page.locator('[data-test=picked-customer]').waitFor();
    await input(clerk.page, 'shoe-brand').fill('Nike');
    await input(clerk.page, 'shoe-model').fill('Air Force 1');
    await input(clerk.page, 'condition').fill('鞋头轻微磨损');
    const services = clerk.page.locator('[data-service] .el-checkbox');
    await services.first().waitFor();
    await services.nth(0).click();
    if ((await services.count()) > 1) await services.nth(1).click();
    await poll(() => clerk.page.locator('[data-service] .el-checkbox.is-checked').count()).toBe(
      Math.min(2, await services.count()),
    );
    await h.shot(clerk.page, '05-intake', true);
    await clerk.page.locator('[data-test=open-order]').click();
    await clerk.page.waitForURL(/\/staff\/orders\//);
    const orderId = decodeURIComponent(new URL(clerk.page.url()).pathname.split('/').pop() as string);
    const tagNumber = (await clerk.page.locator('[data-test=order-tag]').innerText()).trim();
    await clerk.page.locator('[data-test=tag-print]').waitFor();
    await h.shot(clerk.page, '06-tag', true);
    await clerk.page.keyboard.press('Escape');
    expect((await feed.next()).myOrderEvents.type).toBe('order.opened');
    if (phone) {
      // The portal lists the new order without a reload; the customer opens it.
      await phone.page.locator('[data-test=order]').first().waitFor({ timeout: 10_000 });
      await phone.page.locator('[data-test=order]').first().click();
      await phone.page.waitForURL(/\/orders\//);
    }

    // The admin's board shows it without a reload.
    const card = admin.page.locator(`[data-tag="${tagNumber}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('received');
    await h.shot(admin.page, '07-board', true);

    // The clerk assigns the technician on the order.
    await clerk.page.locator('[data-test=assign-technician]').click();
    await clerk.page.locator('.el-select-dropdown__item', { hasText: '王师傅' }).click();
    await poll(() => clerk.page.locator('.el-timeline').innerText()).toContain('王师傅');

    // The technician's console (a second browser context): the order, moved to cleaning.
    const tech = await h.desk();
    await h.signIn(tech.page, 'tech.jingan');
    await tech.page.goto(`${h.origin}/staff/orders/${encodeURIComponent(orderId)}`);
    await poll(() => card.innerText()).toContain('王师傅');
    // From here the admin's board is counted: the move reaches it as an event applied to its cache.
    const boardRequests: string[] = [];
    admin.page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/graphql'))
        boardRequests.push((request.postDataJSON() as { operationName?: string }).operationName ?? '?');
    });
    await tech.page.locator('[data-move=cleaning]').click();
    await poll(() => tech.page.locator('[data-test=order-status]').innerText()).toBe('深度清洁');
    await poll(() => card.getAttribute('data-status')).toBe('cleaning');
    expect(await admin.page.locator(`[data-column=cleaning] [data-tag="${tagNumber}"]`).count()).toBe(1);
    // A status change updates the board without refetching its order list (nor anything else).
    await new Promise((r) => setTimeout(r, 1000));
    expect(boardRequests).toEqual([]);
    // The customer saw the move live; so did the clerk's open order screen.
    let event = (await feed.next()).myOrderEvents;
    while (event.type !== 'order.statusChanged') event = (await feed.next()).myOrderEvents;
    expect(event.to).toBe('cleaning');
    await poll(() => clerk.page.locator('[data-test=order-status]').innerText()).toBe('深度清洁');
    if (phone) await poll(() => phone.page.locator('[data-test=order-status]').innerText()).toContain('深度清洁');

    // The technician finds a loose sole and raises a change request with a price.
    await tech.page.locator('[data-test=raise-change]').click();
    await input(tech.page, 'change-description').fill('鞋底后跟开胶，需要重新粘合并压合');
    await input(tech.page, 'change-service').fill('后跟补强');
    await input(tech.page, 'change-price').fill('45');
    await h.shot(tech.page, '08-change-request', true);
    await tech.page.locator('[data-test=change-submit]').click();
    await tech.page.locator('[data-change-status=pending]').waitFor();
    let requested = (await feed.next()).myOrderEvents;
    while (requested.type !== 'order.changeRequested') requested = (await feed.next()).myOrderEvents;
    expect(requested.changeRequest?.status).toBe('pending');

    // The customer approves (in the portal, one tap; or over the API): both staff screens show it live.
    if (phone) {
      await phone.page.locator('[data-test=change-request]').waitFor({ timeout: 10_000 });
      await h.shot(phone.page, '10-portal-change-request');
      await phone.page.locator('[data-test=approve-change]').click();
    } else {
      const answer = await customer.query(
        `mutation($input: AnswerChangeRequestInput!) { answerChangeRequest(input: $input) { __typename ... on Error { message } } }`,
        { input: { changeRequestId: requested.changeRequest?.id, approve: true, note: '好的，麻烦了' } },
      );
      expect(answer.answerChangeRequest.__typename).toBe('ChangeRequest');
    }
    await tech.page.locator('[data-change-status=approved]').waitFor();
    await clerk.page.locator('[data-change-status=approved]').waitFor();
    await h.shot(tech.page, '09-order-detail', true);
    await customer.closeSockets();

    requireSchema('sendMessage', 'openConversation', 'conversations');
    // The customer writes to the store; the clerk's inbox shows it live, the clerk answers, and the
    // answer reaches the customer; once the customer has read it, the console says so.
    const opened = await customer.query(
      `mutation($input: OpenConversationInput!) { openConversation(input: $input) { __typename ... on Conversation { id } ... on Error { message } } }`,
      { input: { storeId: JINGAN } },
    );
    const conversationId = opened.openConversation.id;
    await clerk.page.locator('[data-nav=inbox]').click();
    await clerk.page.waitForURL(/\/staff\/inbox/);
    const send = (body: string) =>
      customer.query(
        `mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename ... on Error { message } } }`,
        { input: { conversationId, clientMessageId: crypto.randomUUID(), kind: 'text', body } },
      );
    expect((await send('你好，我的鞋什么时候可以取？')).sendMessage.__typename).toBe('SentMessage');
    const conv = clerk.page.locator('.conv').first();
    await conv.waitFor();
    await conv.click();
    await clerk.page.locator('[data-message="你好，我的鞋什么时候可以取？"]').waitFor();
    await input(clerk.page, 'composer').fill('您好，预计周五完成，完成后会通知您取件。');
    await clerk.page.locator('[data-test=send]').click();
    const answer = clerk.page.locator('[data-message="您好，预计周五完成，完成后会通知您取件。"]');
    await answer.waitFor();
    const thread = await customer.query(
      `query($id: ID!) { node(id: $id) { ... on Conversation { lastSeq messages { messages { seq body } } } } }`,
      { id: conversationId },
    );
    expect(thread.node.messages.messages.map((m: { body: string }) => m.body)).toContain(
      '您好，预计周五完成，完成后会通知您取件。',
    );
    await customer.query(`mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { __typename } }`, {
      input: { conversationId, seq: thread.node.lastSeq },
    });
    await poll(() => answer.getAttribute('data-state')).toBe('read');
    await h.shot(clerk.page, '13-inbox', true);
    // Every step above waits on a condition (each bounded); this bounds the whole flow of four
    // actors on a loaded machine, where the project's 30 s per test is too little.
  }, 180_000);
});
