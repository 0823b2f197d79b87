// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, not DOM nodes
import { fileURLToPath } from 'node:url';
import { testImage, uploadPhoto } from '@lacewire/plugin-files/testing';
import { globalId } from '@lacewire/testing';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_BYTES, routeSize } from '../../clients/portal/scripts/route-size.ts';
import { SKIP_BROWSER } from './chromium.ts';
import { distribution, type PortalHarness, requireSchema, startPortal } from './portal-harness.ts';
import { poll } from './waits.ts';

// The customer portal in a phone-sized Chromium against a real server (every plugin the
// distribution registers) serving the built app. Scenarios for a server module run once the
// module is in schema.graphql. Screenshots go to test-artifacts/portal/.
describe.skipIf(SKIP_BROWSER)('customer portal in a phone browser', () => {
  let h: PortalHarness;
  beforeAll(async () => {
    h = await startPortal();
  }, 120_000);
  afterAll(() => h?.close());

  it('keeps the first route under 120 KB of JavaScript as served (brotli)', () => {
    const dist = fileURLToPath(new URL('../../clients/portal/dist', import.meta.url));
    for (const route of ['src/views/SignIn.vue', 'src/views/Orders.vue']) {
      const size = routeSize(dist, [route]);
      console.log(`portal ${route}: ${(size.brotli / 1024).toFixed(1)} KB brotli JS in ${size.chunks} chunks`);
      expect(size.brotli).toBeLessThan(BUDGET_BYTES);
    }
  });

  it('signs in with phone and one-time code, and stays signed in after a reload', async () => {
    const { page } = await h.phone();
    const { phone } = await h.signIn(page);
    await h.shot(page, '01-orders');
    await page.goto(`${h.origin}/me`);
    await poll(() => page.locator('[data-test=my-phone]').innerText()).toContain(phone);
    await page.reload();
    await poll(() => page.locator('[data-test=my-phone]').innerText()).toContain(phone);
    await h.shot(page, '09-me');
    // Usable on a desktop too: the phone layout, centred.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.origin}/orders`);
    const app = (await page.locator('#app').boundingBox())!;
    expect(app.width).toBeLessThanOrEqual(560);
    expect(app.x).toBeGreaterThan(300);
    await h.shot(page, '11-desktop');
  });

  it('books a free slot for chosen services, reschedules it and cancels it', async () => {
    requireSchema('availableSlots', 'bookAppointment', 'rescheduleAppointment', 'cancelAppointment');
    const store = await h.t.store('南京西路店');
    const admin = await h.t.staff(store, 'storeAdmin', '店长');
    const tech = await h.t.staff(store, 'technician', '王师傅');
    const ok = (r: any, field: string) =>
      expect(r[field].__typename, JSON.stringify(r)).not.toMatch(/Error|NotAllowed|InvalidInput|NotFound/);
    ok(
      await admin.query(`mutation($input: SetTechnicianSkillsInput!) { setTechnicianSkills(input: $input) { __typename } }`, {
        input: { storeId: store.globalId, accountId: globalId('Account', tech.accountId), skills: ['cleaning'] },
      }),
      'setTechnicianSkills',
    );
    ok(
      await admin.query(`mutation($input: SetShiftTemplateInput!) { setShiftTemplate(input: $input) { __typename } }`, {
        input: {
          storeId: store.globalId,
          technicianId: globalId('Account', tech.accountId),
          shifts: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, starts: '09:00', ends: '21:00' })),
        },
      }),
      'setShiftTemplate',
    );
    for (const service of [
      { name: '深度清洁', category: 'cleaning', durationMinutes: 60, priceMinor: 12800, requiredSkills: ['cleaning'] },
      { name: '防水喷雾', category: 'protection', durationMinutes: 30, priceMinor: 6800, requiredSkills: [] },
    ]) {
      ok(
        await admin.query(`mutation($input: CreateServiceInput!) { createService(input: $input) { __typename } }`, {
          input: { storeId: store.globalId, ...service },
        }),
        'createService',
      );
    }
    ok(
      await admin.query(`mutation($input: UpdateBookingSettingsInput!) { updateBookingSettings(input: $input) { __typename } }`, {
        input: {
          storeId: store.globalId,
          minNoticeMinutes: 0,
          bufferMinutes: 0,
          slotStepMinutes: 30,
          cancelCutoffMinutes: 60,
        },
      }),
      'updateBookingSettings',
    );

    const { page } = await h.phone();
    const { api: customer } = await h.signIn(page);
    await page.goto(`${h.origin}/book`);
    await page.locator('[data-test=store]', { hasText: '南京西路店' }).click();
    await page.locator('[data-test=service]', { hasText: '深度清洁' }).click();
    await page.locator('[data-test=service]', { hasText: '防水喷雾' }).click();
    await poll(() => page.locator('.bar').innerText()).toContain('¥196.00');
    await h.shot(page, '02-book-services');
    await page.locator('[data-test=choose-slot]').click();
    // Tomorrow (today may have few slots left, depending on the hour).
    await poll(() => page.locator('[data-test=day]').count()).toBeGreaterThan(1);
    await page.locator('[data-test=day]').nth(1).click();
    await poll(() => page.locator('[data-test=slot]').count()).toBeGreaterThan(2);
    await page.locator('[data-test=slot]').first().click();
    await h.shot(page, '02-book-slot');
    await page.locator('[data-test=confirm-booking]').click();
    await poll(() => page.locator('[data-test=appointment]').count()).toBe(1);
    await h.shot(page, '02-booked');

    const MINE = `query { viewer { customer { appointments(upcoming: true) { id startsAt status services { name } } } } }`;
    const [booked] = (await customer.query(MINE)).viewer.customer.appointments;
    expect(booked.services.map((s: any) => s.name).sort()).toEqual(['深度清洁', '防水喷雾'].sort());

    // Reschedule to another slot of the same day.
    await page.locator('[data-test=reschedule]').click();
    await poll(() => page.locator('[data-test=day]').count()).toBeGreaterThan(1);
    await page.locator('[data-test=day]').nth(1).click();
    await poll(() => page.locator('[data-test=slot]').count()).toBeGreaterThan(2);
    await page.locator('[data-test=slot]').nth(2).click();
    await page.locator('[data-test=confirm-booking]').click();
    await poll(async () => (await customer.query(MINE)).viewer.customer.appointments[0].startsAt).not.toBe(booked.startsAt);

    // Cancel it.
    await page.locator('[data-test=cancel-appointment]').click();
    await page.locator('.van-dialog__confirm').click();
    await poll(async () =>
      (await customer.query(MINE)).viewer.customer.appointments.filter((a: any) => a.status !== 'cancelled'),
    ).toEqual([]);
    await poll(() => page.locator('[data-test=appointment]').count()).toBe(0);
  });

  it('follows an order live while staff move it, and approves a change request in one tap', async () => {
    requireSchema('myOrders', 'openWorkOrder', 'answerChangeRequest');
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
          customerId: globalId('Customer', accountId),
          technicianId: globalId('Account', tech.accountId),
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
    await poll(() => page.locator('[data-test=order]').count()).toBe(1);
    await h.shot(page, '02-orders');
    await page.locator('[data-test=order]').click();
    await page.waitForURL(/\/orders\//);
    await poll(() => page.locator('[data-test=tag-number]').innerText()).toBe(opened.tagNumber);
    const status = page.locator('[data-test=order-status]');

    // Staff move it; the screen follows.
    await move('cleaning');
    await poll(() => status.innerText()).toContain('深度清洁');

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
    await poll(() => page.locator('[data-test=change-request]').count()).toBe(1);
    await h.shot(page, '04-change-request', true);
    await page.locator('[data-test=approve-change]').click();
    await poll(() => page.locator('[data-test=change-request]').count()).toBe(0);
    const answered = await customer.query(`query($id: ID!) { node(id: $id) { ... on ChangeRequest { status } } }`, {
      id: raised.raiseChangeRequest.id,
    });
    expect(answered.node.status).toBe('approved');
    await poll(() => status.innerText()).toContain('深度清洁');

    // Through the remaining stages to pickup: the pickup code is there.
    for (const to of ['repair', 'recolouring', 'qualityCheck', 'readyForPickup']) await move(to);
    await poll(() => status.innerText()).toContain('待取件');
    expect(await page.locator('[data-test=pickup-code]').innerText()).toMatch(/\w+/);
    await h.shot(page, '03-order-live', true);
  });

  it('rejects a finished pair with a marked region, then accepts it after rework', async () => {
    requireSchema('myOrders', 'requestAcceptance', 'answerAcceptance');
    const store = await h.t.store('长宁店');
    const clerk = await h.t.staff(store, 'clerk', '小陈');
    const tech = await h.t.staff(store, 'technician', '李师傅');
    const { page } = await h.phone();
    const { accountId, api: customer } = await h.signIn(page);
    const ORDER = `__typename ... on WorkOrder { id status allowedMoves reworkCount } ... on Error { message }`;
    const opened = (
      await clerk.query(`mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { ${ORDER} } }`, {
        input: {
          storeId: store.globalId,
          customerId: globalId('Customer', accountId),
          technicianId: globalId('Account', tech.accountId),
          shoe: { brand: 'Adidas', model: 'Samba 麂皮', colour: '米白' },
          services: [{ code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12800 }],
        },
      })
    ).openWorkOrder;
    const orderNow = async () =>
      (
        await clerk.query(`query($id: ID!) { node(id: $id) { ... on WorkOrder { status allowedMoves reworkCount } } }`, {
          id: opened.id,
        })
      ).node;
    const moveTo = async (target: string) => {
      for (let i = 0; i < 6; i++) {
        const now = await orderNow();
        if (now.status === target) return;
        const next = now.allowedMoves.includes(target)
          ? target
          : now.allowedMoves.find((m: string) => m !== 'cancelled' && m !== 'onHold');
        const moved = await tech.query(`mutation($input: MoveOrderInput!) { moveOrder(input: $input) { ${ORDER} } }`, {
          input: { orderId: opened.id, to: next },
        });
        expect(moved.moveOrder.__typename).toBe('WorkOrder');
      }
      expect((await orderNow()).status).toBe(target);
    };
    const requestAcceptance = async (colour: string) => {
      const before = await uploadPhoto(tech, store.globalId, '#8a8172');
      const after = await uploadPhoto(tech, store.globalId, colour);
      const r = await clerk.query(
        `mutation($input: RequestAcceptanceInput!) { requestAcceptance(input: $input) { __typename ... on Acceptance { id } ... on Error { message } } }`,
        { input: { orderId: opened.id, beforePhotoIds: [before], afterPhotoIds: [after], note: '清洁完成，请验收' } },
      );
      expect(r.requestAcceptance.__typename).toBe('Acceptance');
      return r.requestAcceptance.id as string;
    };
    await moveTo('qualityCheck');
    const first = await requestAcceptance('#f2efe6');

    await page.goto(`${h.origin}/orders/${encodeURIComponent(opened.id)}`);
    await page.locator('[data-test=open-acceptance]').click();
    await page.waitForURL(/\/acceptance\//);
    await poll(() => page.locator('[data-test=after-photo]').count()).toBe(1);
    await page.locator('[data-test=after-photo]').evaluate((img: HTMLImageElement) => img.decode());
    await h.shot(page, '05-acceptance');

    // Not happy: drag a rectangle over the spot, say what is wrong, send it back.
    await page.locator('[data-test=reject]').click();
    const marker = page.locator('[data-test=region-marker]');
    await marker.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const box = (await marker.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5, { steps: 5 });
    await page.mouse.up();
    await poll(() => page.locator('[data-test=region]').count()).toBe(1);
    await page.locator('[data-test=rework-comment] textarea').fill('鞋头内侧还有一块黄渍');
    await h.shot(page, '05-acceptance-marked', true);
    await page.locator('[data-test=submit-rework]').click();
    await page.waitForURL(/\/orders\//);
    await poll(() => page.locator('[data-test=acceptance-card]').getAttribute('data-status')).toBe('rejected');

    const answered = (
      await customer.query(
        `query($id: ID!) { node(id: $id) { ... on Acceptance { status comment marks { x y width height comment } } } }`,
        { id: first },
      )
    ).node;
    expect(answered).toMatchObject({ status: 'rejected', comment: '鞋头内侧还有一块黄渍' });
    expect(answered.marks).toHaveLength(1);
    expect(answered.marks[0].x).toBeGreaterThan(0.15 * 640);
    expect(answered.marks[0].x).toBeLessThan(0.25 * 640);
    expect((await orderNow()).reworkCount).toBe(1);

    // The shop reworks it and asks again; this time the customer accepts.
    await moveTo('qualityCheck');
    await requestAcceptance('#fbfaf5');
    await poll(() => page.locator('[data-test=acceptance-card]').getAttribute('data-status')).toBe('pending');
    await page.locator('[data-test=open-acceptance]').click();
    await page.locator('[data-test=accept]').click();
    await page.waitForURL(/\/orders\//);
    await poll(() => page.locator('[data-test=acceptance-card]').getAttribute('data-status')).toBe('accepted');
    await poll(async () => (await orderNow()).status).toBe('readyForPickup');
    await h.shot(page, '05-acceptance-accepted');
  });

  it('reviews a finished order and follows a complaint live until it is resolved', async () => {
    requireSchema('myOrders', 'postReview', 'submitComplaint', 'myComplaints');
    const store = await h.t.store('浦东店');
    const clerk = await h.t.staff(store, 'clerk', '小赵');
    const { page } = await h.phone();
    const { accountId } = await h.signIn(page);
    const ORDER = `__typename ... on WorkOrder { id status tagNumber } ... on Error { message }`;
    const opened = (
      await clerk.query(`mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { ${ORDER} } }`, {
        input: {
          storeId: store.globalId,
          customerId: globalId('Customer', accountId),
          shoe: { brand: 'New Balance', model: '990v6', colour: '灰' },
          services: [{ code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12800 }],
        },
      })
    ).openWorkOrder;
    for (const to of ['cleaning', 'qualityCheck', 'readyForPickup']) {
      const r = await clerk.query(`mutation($input: MoveOrderInput!) { moveOrder(input: $input) { ${ORDER} } }`, {
        input: { orderId: opened.id, to },
      });
      expect(r.moveOrder.__typename).toBe('WorkOrder');
    }

    await page.goto(`${h.origin}/orders/${encodeURIComponent(opened.id)}`);
    await page.locator('[data-test=review-rating] .van-rate__item').nth(3).click();
    await page.locator('[data-test=review-text] textarea').fill('洗得很干净，就是鞋带有点泛黄');
    await page.locator('[data-test=post-review]').click();
    await poll(() => page.locator('[data-test=review-card]').innerText()).toContain('鞋带有点泛黄');
    const review = (
      await clerk.query(`query($id: ID!) { node(id: $id) { ... on WorkOrder { review { rating text } } } }`, { id: opened.id })
    ).node.review;
    expect(review).toEqual({ rating: 4, text: '洗得很干净，就是鞋带有点泛黄' });

    await page.goto(`${h.origin}/complaints?order=${encodeURIComponent(opened.id)}`);
    await page.locator('[data-test=complaint-text] textarea').fill('鞋带泛黄没有处理，希望重新清洗鞋带');
    await page.locator('[data-test=submit-complaint]').click();
    const status = page.locator('[data-test=complaint-status]');
    await poll(() => status.innerText()).toBe('已提交');
    const complaints = (
      await clerk.query(`query($s: ID!) { complaints(storeId: $s) { id status order { id } } }`, { s: store.globalId })
    ).complaints;
    expect(complaints).toHaveLength(1);
    expect(complaints[0].order.id).toBe(opened.id);
    const update = async (to: string, note: string) => {
      const r = await clerk.query(
        `mutation($input: UpdateComplaintInput!) { updateComplaint(input: $input) { __typename ... on Error { message } } }`,
        { input: { complaintId: complaints[0].id, to, note } },
      );
      expect(r.updateComplaint.__typename).toBe('Complaint');
    };
    await update('inProgress', '已安排重新清洗鞋带');
    await poll(() => status.innerText()).toBe('处理中');
    await update('resolved', '鞋带已重新清洗，可到店取件');
    await poll(() => status.innerText()).toBe('已解决');
    // Opened right after submitting: its progress, with the store's notes.
    await poll(() => page.locator('[data-test=complaint]').innerText()).toContain('鞋带已重新清洗');
    await page.locator('.van-toast').waitFor({ state: 'hidden' });
    await h.shot(page, '08-complaint', true);
  });

  it('keeps the profile: name, preferences, shoes, notification choices, language', async () => {
    requireSchema('updateMyProfile', 'addShoe');
    const { page } = await h.phone();
    const { api } = await h.signIn(page);
    await page.goto(`${h.origin}/me`);
    await page.locator('[data-test=open-profile]').click();
    await page.locator('[data-test=profile-name] input').fill('王先生');
    await page.locator('[data-test=profile-preferences] textarea').fill('麂皮不用强溶剂\n取鞋前电话联系');
    await page.locator('[data-test=profile-save]').click();
    await page.locator('[data-test=add-shoe]').click();
    await page.locator('[data-test=shoe-brand] input').fill('Nike');
    await page.locator('.van-popup [data-test=shoe-save]').click();
    await poll(() => page.locator('[data-test=shoe]').count()).toBe(1);
    const me = async () =>
      (await api.query(`query { viewer { customer { name preferences shoes { brand } } } }`)).viewer.customer;
    await poll(me).toEqual({ name: '王先生', preferences: ['麂皮不用强溶剂', '取鞋前电话联系'], shoes: [{ brand: 'Nike' }] });
    requireSchema('setNotificationPreference');
    await page.locator('[data-test=notify-pickupReminder]').click();
    await poll(
      async () =>
        (await api.query(`query { notificationPreferences { kind enabled } }`)).notificationPreferences.find(
          (p: any) => p.kind === 'pickupReminder',
        ).enabled,
    ).toBe(false);
    await h.shot(page, '09-profile');
    // Language: English, kept across a reload.
    await page.goto(`${h.origin}/me`);
    await page.locator('[data-test=locale-en]').click();
    await page.reload();
    await poll(() => page.locator('[data-test=sign-out]').innerText()).toBe('Sign out');
    await h.shot(page, '09-me-en');
  });

  it('chats with the store; a message written while the connection is down is queued and delivered in order once it returns', async () => {
    requireSchema('sendMessage', 'openConversation');
    const store = await h.t.store('静安寺店');
    const clerk = await h.t.staff(store, 'clerk', '小周');
    const { context, page } = await h.phone();
    const { accountId } = await h.signIn(page);
    await page.goto(`${h.origin}/messages`);
    await page.locator('[data-test=contact-store]').click();
    await page.locator('.van-action-sheet__item', { hasText: '静安寺店' }).click();
    await page.waitForURL(/\/chat\//);

    const input = page.locator('[data-test=chat-input] textarea');
    const SENT = '[data-test=message]:is([data-state=sent], [data-state=delivered], [data-state=read])';
    await input.fill('你好，想问一下麂皮能洗吗？');
    await page.locator('[data-test=send]').click();
    await poll(() => page.locator(SENT).count()).toBe(1);

    // The network drops: messages stay queued, in order, nothing reaches the server.
    await context.setOffline(true);
    await poll(() => page.locator('[data-test=offline]').count()).toBe(1);
    for (const text of ['离线时写的第一条', '离线时写的第二条']) {
      await input.fill(text);
      await page.locator('[data-test=send]').click();
    }
    await poll(() => page.locator('[data-test=message][data-state=queued]').count()).toBe(2);
    await h.shot(page, '06-chat-offline');
    const inbox = `query { conversations(storeId: "${store.globalId}") { edges { node { id messages { messages { body senderId } } } } } }`;
    const bodies = async () =>
      (await clerk.query(inbox)).conversations.edges.flatMap((e: any) =>
        e.node.messages.messages.filter((m: any) => m.senderId === globalId('Account', accountId)).map((m: any) => m.body),
      );
    expect(await bodies()).toEqual(['你好，想问一下麂皮能洗吗？']);

    // The connection returns: the queue drains in the order written.
    await context.setOffline(false);
    await poll(bodies).toEqual(['你好，想问一下麂皮能洗吗？', '离线时写的第一条', '离线时写的第二条']);
    await poll(() => page.locator('[data-test=message][data-state=queued]').count()).toBe(0);

    // A photo from the album.
    await page
      .locator('[data-test=photo-input]')
      .setInputFiles({ name: 'shoe.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await testImage('#c0a080')) });
    await poll(() => page.locator('[data-test=attachment-image]').count()).toBe(1);
    await poll(async () => (await bodies()).length).toBe(4);

    // The store answers; it shows up live, applied to the chat's cache: no query from the page.
    const conversationId = (await clerk.query(inbox)).conversations.edges[0].node.id;
    const queries: string[] = [];
    const countQueries = (request: Request) => {
      const body = request.method() === 'POST' && request.url().endsWith('/graphql') ? request.postDataJSON() : null;
      if (body && /^\s*query/.test(body.query ?? '')) queries.push(body.operationName ?? '?');
    };
    page.on('request', countQueries);
    await clerk.query(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename ... on Error { message } } }`,
      { input: { conversationId, clientMessageId: `clerk-${Date.now()}`, kind: 'text', body: '可以的，麂皮用专用清洁剂' } },
    );
    await poll(() => page.locator('[data-test=message]', { hasText: '麂皮用专用清洁剂' }).count()).toBe(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(queries).toEqual([]);
    await h.shot(page, '07-chat', true);

    // Elsewhere in the app, a new answer shows as an unread badge on the chat tab; reading clears it.
    await page.goto(`${h.origin}/orders`);
    await page.waitForLoadState('networkidle');
    queries.length = 0;
    await clerk.query(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename } }`, {
      input: { conversationId, clientMessageId: `clerk-2-${Date.now()}`, kind: 'text', body: '今天到店就可以' },
    });
    const badge = page.locator('[data-test=tab-messages] .van-badge');
    await poll(() => badge.innerText()).toBe('1');
    // The badge counted the message from its event.
    expect(queries.filter((q) => q === 'UnreadMessages')).toEqual([]);
    page.off('request', countQueries);
    await page.locator('[data-test=tab-messages]').click();
    await page.locator('[data-test=conversation]').first().click();
    await poll(() => page.locator('[data-test=message]', { hasText: '今天到店就可以' }).count()).toBe(1);
    await poll(() => page.locator('[data-test=tab-messages] .van-badge').count()).toBe(0);
  });

  it('reaches the senior technician on the VIP channel and sends a file', async () => {
    requireSchema('openVipChannel', 'sendMessage');
    const store = await h.t.store('VIP 旗舰店');
    const admin = await h.t.staff(store, 'storeAdmin', '店长');
    const senior = await h.t.staff(store, 'technician', '张大师');
    const { page } = await h.phone();
    const { accountId } = await h.signIn(page);
    const opened = (
      await admin.query(
        `mutation($input: OpenVipChannelInput!) { openVipChannel(input: $input) { __typename ... on Conversation { id } ... on Error { message } } }`,
        {
          input: {
            storeId: store.globalId,
            customerId: globalId('Customer', accountId),
            technicianId: globalId('Account', senior.accountId),
          },
        },
      )
    ).openVipChannel;
    expect(opened.__typename, JSON.stringify(opened)).toBe('Conversation');
    await page.goto(`${h.origin}/messages`);
    const vip = page.locator('[data-test=conversation]', { hasText: 'VIP' });
    await poll(() => vip.count()).toBe(1);
    await h.shot(page, '07-conversations');
    await vip.click();
    await page.waitForURL(/\/chat\//);
    await page.locator('[data-test=file-input]').setInputFiles({
      name: '购买凭证.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    });
    await poll(() => page.locator('[data-test=attachment-file]').count()).toBe(1);
    const history = async () =>
      (
        await senior.query(
          `query($id: ID!) { node(id: $id) { ... on Conversation { messages { messages { kind senderId attachment { fileName } } } } } }`,
          {
            id: opened.id,
          },
        )
      ).node.messages.messages.filter((m: any) => m.senderId === globalId('Account', accountId));
    await poll(history).toEqual([
      { kind: 'file', senderId: globalId('Account', accountId), attachment: { fileName: '购买凭证.pdf' } },
    ]);
    await senior.query(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename } }`, {
      input: {
        conversationId: opened.id,
        clientMessageId: `senior-${Date.now()}`,
        kind: 'text',
        body: '收到，是正品，细节我视频里给您看',
      },
    });
    await poll(() => page.locator('[data-test=message]', { hasText: '是正品' }).count()).toBe(1);
  });

  it('records a voice note by holding the microphone button', async () => {
    requireSchema('sendMessage', 'uploadAttachment');
    const store = await h.t.store('语音店');
    const clerk = await h.t.staff(store, 'clerk', '小孙');
    const { context, page } = await h.phone();
    await context.grantPermissions(['microphone'], { origin: h.origin });
    const { accountId } = await h.signIn(page);
    await page.goto(`${h.origin}/messages`);
    await page.locator('[data-test=contact-store]').click();
    await page.locator('.van-action-sheet__item', { hasText: '语音店' }).click();
    await page.waitForURL(/\/chat\//);
    const mic = page.locator('[data-test=voice]');
    const box = (await mic.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await poll(() => page.locator('.recording').count()).toBe(1);
    await page.waitForTimeout(1500);
    await page.mouse.up();
    await poll(() => page.locator('[data-test=attachment-audio]').count()).toBe(1);
    const inbox = `query { conversations(storeId: "${store.globalId}") { edges { node { messages { messages { kind senderId durationSeconds attachment { kind } } } } } } }`;
    const mine = (await clerk.query(inbox)).conversations.edges[0].node.messages.messages.filter(
      (m: any) => m.senderId === globalId('Account', accountId),
    );
    expect(mine).toHaveLength(1);
    expect(mine[0].kind).toBe('voice');
    expect(mine[0].durationSeconds).toBeGreaterThanOrEqual(1);
  });
});

/** Stand-ins for the Agora SDKs at the browser boundary (Agora's cloud is not reachable here). */
const AGORA_STAND_INS = `
  window.__rtc = { joined: null, left: false };
  const track = { setEnabled: async () => {}, setMuted: async () => {}, play() {}, stop() {}, close() {} };
  window.__lacewireRtcSdk = {
    createClient: () => ({
      join: async (appId, channel, token, uid) => { window.__rtc.joined = { appId, channel, uid, token: !!token }; return uid; },
      leave: async () => { window.__rtc.left = true; },
      publish: async () => {},
      subscribe: async () => {},
      renewToken: async () => {},
      setClientRole: async () => {},
      on() {}, off() {}, removeAllListeners() {},
    }),
    createMicrophoneAndCameraTracks: async () => [track, { ...track, setDevice: async () => {} }],
    getCameras: async () => [{ deviceId: 'front', label: 'Front' }],
  };
  window.__lacewireRtmSdk = {
    RTM: class { login() { return Promise.resolve(); } logout() { return Promise.resolve(); } renewToken() { return Promise.resolve(); } addEventListener() {} removeEventListener() {} },
  };
`;

describe.skipIf(SKIP_BROWSER)('video calls in the customer portal', () => {
  let h: PortalHarness;
  beforeAll(async () => {
    h = await startPortal(distribution({ AGORA_APP_ID: 'a'.repeat(32), AGORA_APP_CERTIFICATE: 'b'.repeat(32) }));
  }, 120_000);
  afterAll(() => h?.close());

  it('rings the customer when the shop starts a call; answering joins the channel, hanging up ends it', async () => {
    requireSchema('startCall', 'acceptCall', 'callToken');
    const store = await h.t.store('虹桥店');
    const clerk = await h.t.staff(store, 'clerk', '小吴');
    const { context, page } = await h.phone();
    await context.addInitScript(AGORA_STAND_INS);
    const listening = h.t.runtime.dispatcher.listenerCount;
    const { accountId } = await h.signIn(page);
    const opened = (
      await clerk.query(
        `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { __typename ... on WorkOrder { id } ... on Error { message } } }`,
        {
          input: {
            storeId: store.globalId,
            customerId: globalId('Customer', accountId),
            shoe: { brand: 'Air Jordan', model: '1 Chicago 二手' },
            services: [{ code: 'auth', name: '远程鉴定', category: 'other', priceMinor: 0 }],
          },
        },
      )
    ).openWorkOrder;
    expect(opened.__typename).toBe('WorkOrder');
    // The ring goes out on the portal's event stream: call once it is live.
    await poll(() => h.t.runtime.dispatcher.listenerCount).toBeGreaterThan(listening);
    const started = (
      await clerk.query(
        `mutation($input: StartCallInput!) { startCall(input: $input) { __typename ... on CallSession { id channel } ... on Error { message } } }`,
        {
          input: {
            storeId: store.globalId,
            orderId: opened.id,
            inviteeIds: [globalId('Account', accountId)],
            purpose: 'authentication',
          },
        },
      )
    ).startCall;
    expect(started.__typename, JSON.stringify(started)).toBe('CallSession');

    await page.locator('[data-test=accept-call]').waitFor({ state: 'visible', timeout: 10_000 });
    await h.shot(page, '10-incoming-call');
    await page.locator('[data-test=accept-call]').click();
    await page.waitForURL(/\/call\//);
    await poll(() => page.evaluate(() => (window as any).__rtc.joined?.channel)).toBe(started.channel);
    const call = async () =>
      (
        await clerk.query(
          `query($id: ID!) { node(id: $id) { ... on CallSession { status participants { accountId state } } } }`,
          { id: started.id },
        )
      ).node;
    await poll(
      async () => (await call()).participants.find((p: any) => p.accountId === globalId('Account', accountId))?.state,
    ).toBe('joined');
    await h.shot(page, '10-call');

    await page.locator('[data-action=hangup]').click();
    // The customer left and the call is over (cancelled: the shop side never joined in this test).
    await poll(
      async () => (await call()).participants.find((p: any) => p.accountId === globalId('Account', accountId))?.state,
    ).toBe('left');
    await poll(async () => ['ended', 'cancelled'].includes((await call()).status)).toBe(true);
    expect(await page.evaluate(() => (window as any).__rtc.left)).toBe(true);
  });
});
