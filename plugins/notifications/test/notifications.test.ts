import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { definePlugin, exec, rows, sql } from '@lacewire/core';
import { filesPlugin } from '@lacewire/plugin-files';
import { messagingPlugin } from '@lacewire/plugin-messaging';
import { createTestPlatform, globalId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { notificationsPlugin } from '../src/index.ts';
import { quietUntil } from '../src/services.ts';

/** Stands in for care and appointments: declares their event names and emits business events. */
const fixture = definePlugin({
  name: 'fixture',
  events: {
    'order.opened': z.looseObject({ orderId: z.string(), storeId: z.string(), customerId: z.string(), tagNumber: z.string() }),
    'order.statusChanged': z.looseObject({
      orderId: z.string(),
      storeId: z.string(),
      customerId: z.string(),
      to: z.string(),
      label: z.string(),
    }),
    'order.changeRequested': z.looseObject({
      orderId: z.string(),
      storeId: z.string(),
      customerId: z.string(),
      priceMinor: z.number(),
    }),
    'appointment.confirmed': z.looseObject({
      appointmentId: z.string(),
      storeId: z.string(),
      customerId: z.string(),
      startsAt: z.string(),
    }),
    'appointment.rescheduled': z.looseObject({
      appointmentId: z.string(),
      storeId: z.string(),
      customerId: z.string(),
      startsAt: z.string(),
    }),
    'complaint.statusChanged': z.looseObject({
      complaintId: z.string(),
      storeId: z.string(),
      customerId: z.string(),
      to: z.string(),
    }),
  },
});

let t: TestPlatform;
beforeAll(async () => {
  const directory = await mkdtemp(join(tmpdir(), 'lw-notifications-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, messagingPlugin, fixture, notificationsPlugin],
    settings: { files: { directory, secret: 'notifications-test-secret-notifications!' } },
  });
});
afterAll(() => t?.close());

const MESSAGES = `query($store: ID!) { conversations(storeId: $store) { edges { node { id messages { messages { kind body link { kind id } senderId } } } } } }`;

async function emit(type: string, payload: Record<string, unknown>, customerId: string) {
  await t.runtime.tx(async (tx) => tx.emit(type as any, payload as any, { accounts: [customerId] }));
  await t.settle();
}

async function systemMessages(client: { query(q: string, v: any): Promise<any> }, store: TestStore) {
  const data = await client.query(MESSAGES, { store: store.globalId });
  return (data.conversations.edges[0]?.node.messages.messages ?? []).filter((m: any) => m.kind === 'system');
}

async function noQuiet(store: TestStore) {
  await exec(
    t.runtime.em(),
    sql`insert into notifications_quiet_hours (store_id, starts, ends, enabled) values (${store.id}, '22:00', '08:00', false)`,
  );
}

describe('notifications', () => {
  it("turns business events into system messages in the customer's conversation, once per event", async () => {
    const store = await t.store('拾履 静安店');
    await noQuiet(store);
    const customer = await t.customer();
    const live = customer.subscribe(
      `subscription { messagingEvents { __typename ... on MessageSentEvent { message { kind body link { kind } } } } }`,
    );
    await live.ready();
    await new Promise((r) => setTimeout(r, 100));
    const orderId = randomUUID();
    const ids = { orderId, storeId: store.id, customerId: customer.accountId };
    await emit('order.opened', { ...ids, tagNumber: 'JA-0042', status: 'received' }, customer.accountId);
    await emit(
      'order.statusChanged',
      { ...ids, from: 'received', to: 'cleaning', label: '深度清洁', reason: null },
      customer.accountId,
    );
    await emit(
      'order.statusChanged',
      { ...ids, from: 'qualityCheck', to: 'readyForPickup', label: '待取件', reason: null },
      customer.accountId,
    );

    const messages = await systemMessages(customer, store);
    expect(messages.map((m: any) => m.body)).toEqual([
      '拾履 静安店已收到您的鞋（单号 JA-0042），我们会随时告诉您护理进度。',
      '您的鞋（单号 JA-0042）进入新阶段：深度清洁。',
      '您的鞋（单号 JA-0042）已护理完成，欢迎到拾履 静安店取件。',
    ]);
    expect(
      messages.every((m: any) => m.link?.kind === 'order' && m.link.id === globalId('WorkOrder', orderId) && m.senderId === null),
    ).toBe(true);
    // Pushed live as well.
    const pushed = [];
    while (pushed.length < 3) {
      const e = (await live.next()).messagingEvents;
      if (e.__typename === 'MessageSentEvent') pushed.push(e.message.body);
    }
    expect(pushed).toHaveLength(3);

    // A restart that replays the log (consumer cursor back to 0) creates nothing new.
    await exec(t.runtime.em(), sql`update lw_consumer set position = 0 where name like 'notifications:%'`);
    await t.settle();
    expect(await systemMessages(customer, store)).toHaveLength(3);
    const [{ n }] = await rows<{ n: string }>(
      t.runtime.em(),
      sql`select count(*) as n from notifications_delivery where customer_id = ${customer.accountId}`,
    );
    expect(Number(n)).toBe(3);
    await live.close();
  });

  it("renders store templates in the customer's language, with a preview; admins only", async () => {
    const store = await t.store('Lacewire Bund');
    await noQuiet(store);
    const admin = await t.staff(store, 'storeAdmin');
    const clerk = await t.staff(store, 'clerk');
    const chinese = await t.customer();
    const english = await t.customer();
    await exec(
      t.runtime.em(),
      sql`update identity_account set locale = 'en', display_name = 'Ms. Li' where id = ${english.accountId}`,
    );
    const SAVE = `mutation($input: SaveNotificationTemplateInput!) { saveNotificationTemplate(input: $input) {
      __typename ... on NotificationTemplate { kind locale body isDefault } ... on InvalidInput { field message } ... on Error { message } } }`;
    const edit = {
      storeId: store.globalId,
      kind: 'appointmentConfirmed',
      locale: 'en',
      body: 'Dear {{customerName}}, see you at {{storeName}} on {{startsAt}}!',
    };
    expect((await clerk.query(SAVE, { input: edit })).saveNotificationTemplate.__typename).toBe('NotAllowed');
    const bad = await admin.query(SAVE, { input: { ...edit, body: 'Hi {{nickname}}' } });
    expect(bad.saveNotificationTemplate).toMatchObject({ __typename: 'InvalidInput', field: 'body' });
    expect((await admin.query(SAVE, { input: edit })).saveNotificationTemplate).toMatchObject({ isDefault: false, locale: 'en' });

    const preview = await admin.query(
      `query($s: ID!, $b: String) { zh: notificationPreview(storeId: $s, kind: appointmentConfirmed, locale: "zh-CN") en: notificationPreview(storeId: $s, kind: appointmentConfirmed, locale: "en") draft: notificationPreview(storeId: $s, kind: readyForPickup, locale: "zh-CN", body: $b) }`,
      { s: store.globalId, b: '{{tagNumber}} 好了' },
    );
    expect(preview).toEqual({
      zh: '您在Lacewire Bund的预约已确认：11月28日 14:00，期待您的光临。',
      en: 'Dear Mr. Wang, see you at Lacewire Bund on Nov 28, 14:00!',
      draft: 'JA-0042 好了',
    });

    const startsAt = '2026-11-28T06:00:00.000Z'; // 14:00 in Shanghai
    for (const customer of [chinese, english]) {
      await emit(
        'appointment.confirmed',
        {
          appointmentId: randomUUID(),
          storeId: store.id,
          customerId: customer.accountId,
          startsAt,
          endsAt: startsAt,
          technicianId: randomUUID(),
          status: 'confirmed',
        },
        customer.accountId,
      );
    }
    expect((await systemMessages(chinese, store)).map((m: any) => m.body)).toEqual([
      '您在Lacewire Bund的预约已确认：11月28日 14:00，期待您的光临。',
    ]);
    expect((await systemMessages(english, store)).map((m: any) => [m.body, m.link.kind])).toEqual([
      ['Dear Ms. Li, see you at Lacewire Bund on Nov 28, 14:00!', 'appointment'],
    ]);
  });

  it("words the server's own parts of a notice in the customer's language (what changed, a complaint's status)", async () => {
    const store = await t.store('Lacewire Bund');
    await noQuiet(store);
    const chinese = await t.customer();
    const english = await t.customer();
    await exec(t.runtime.em(), sql`update identity_account set locale = 'en' where id = ${english.accountId}`);
    const startsAt = '2026-11-29T02:30:00.000Z'; // 10:30 in Shanghai
    for (const customer of [chinese, english]) {
      const ids = { storeId: store.id, customerId: customer.accountId };
      await emit('appointment.rescheduled', { ...ids, appointmentId: randomUUID(), startsAt }, customer.accountId);
      await emit(
        'complaint.statusChanged',
        { ...ids, complaintId: randomUUID(), to: 'inProgress', note: '' },
        customer.accountId,
      );
    }
    expect((await systemMessages(chinese, store)).map((m: any) => m.body)).toEqual([
      '您在Lacewire Bund的预约已改期：11月29日 10:30。',
      '您的售后反馈有新进展：处理中。',
    ]);
    expect((await systemMessages(english, store)).map((m: any) => m.body)).toEqual([
      'Your appointment at Lacewire Bund was changed (rescheduled): Nov 29, 10:30.',
      'Update on your feedback: in progress.',
    ]);
  });

  it('respects opt-outs (except for notifications that need an answer)', async () => {
    const store = await t.store();
    await noQuiet(store);
    const customer = await t.customer();
    const SET = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { __typename ... on NotificationPreference { kind enabled } ... on Error { message } } }`;
    expect(
      (await customer.query(SET, { input: { kind: 'orderStatusChanged', enabled: false } })).setNotificationPreference,
    ).toEqual({
      __typename: 'NotificationPreference',
      kind: 'orderStatusChanged',
      enabled: false,
    });
    expect(
      (await customer.query(SET, { input: { kind: 'changeRequestWaiting', enabled: false } })).setNotificationPreference
        .__typename,
    ).toBe('InvalidInput');
    const ids = { orderId: randomUUID(), storeId: store.id, customerId: customer.accountId };
    await emit(
      'order.statusChanged',
      { ...ids, from: 'received', to: 'cleaning', label: '深度清洁', reason: null },
      customer.accountId,
    );
    await emit(
      'order.changeRequested',
      { ...ids, changeRequestId: randomUUID(), priceMinor: 8000, description: '鞋底开胶' },
      customer.accountId,
    );
    expect((await systemMessages(customer, store)).map((m: any) => m.body)).toEqual([
      '师傅在护理中发现：鞋底开胶，需加收 ¥80.00。请在订单中确认是否处理。',
    ]);
  });

  it('holds non-urgent notifications during quiet hours and delivers them with a durable job', async () => {
    const store = await t.store();
    // Quiet all day but one minute: certainly quiet now.
    const now = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date());
    const [h, m] = now.split(':').map(Number);
    const end = `${String((h + 23) % 24).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    const admin = await t.staff(store, 'storeAdmin');
    const set = await admin.query(
      `mutation($input: SetQuietHoursInput!) { setQuietHours(input: $input) { __typename ... on QuietHours { starts ends enabled } } }`,
      { input: { storeId: store.globalId, starts: now, ends: end, enabled: true } },
    );
    expect(set.setQuietHours.enabled).toBe(true);
    const customer = await t.customer();
    const ids = { orderId: randomUUID(), storeId: store.id, customerId: customer.accountId };
    await exec(t.runtime.em(), sql`insert into notifications_order_tag (order_id, tag_number) values (${ids.orderId}, 'JA-7')`);
    await emit(
      'order.statusChanged',
      { ...ids, from: 'received', to: 'cleaning', label: '深度清洁', reason: null },
      customer.accountId,
    );
    await emit(
      'order.changeRequested',
      { ...ids, changeRequestId: randomUUID(), priceMinor: 1000, description: '加固' },
      customer.accountId,
    );
    // The change request needs an answer: it goes out now; the status change waits.
    expect((await systemMessages(customer, store)).map((x: any) => x.body)).toEqual([
      '师傅在护理中发现：加固，需加收 ¥10.00。请在订单中确认是否处理。',
    ]);
    const [delayed] = await rows<{ id: string; deliver_at: Date }>(
      t.runtime.em(),
      sql`select id, deliver_at from notifications_delivery where customer_id = ${customer.accountId} and status = 'delayed'`,
    );
    expect(new Date(delayed.deliver_at).getTime()).toBeGreaterThan(Date.now() + 22 * 3600_000);
    // Time passes: the job's moment comes (bring it forward), and the worker delivers it.
    await exec(
      t.runtime.em(),
      sql`select graphile_worker.add_job('notifications.deliver', json_build_object('deliveryId', ${String(delayed.id)}::text), job_key => ${`notification:${delayed.id}`}, run_at => now())`,
    );
    const deadline = Date.now() + 15_000;
    let bodies: string[] = [];
    while (Date.now() < deadline) {
      await t.settle();
      bodies = (await systemMessages(customer, store)).map((x: any) => x.body);
      if (bodies.length === 2) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(bodies[1]).toBe('您的鞋（单号 JA-7）进入新阶段：深度清洁。');
  });

  it('knows quiet hours across midnight', () => {
    const quiet = { starts: '22:00', ends: '08:00', enabled: true };
    // 23:30 in Shanghai = 15:30 UTC → quiet until 08:00 = 00:00 UTC next day.
    expect(quietUntil(quiet, 'Asia/Shanghai', new Date('2026-11-25T15:30:00Z'))?.toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(quietUntil(quiet, 'Asia/Shanghai', new Date('2026-11-25T04:00:00Z'))).toBeNull();
    expect(quietUntil({ ...quiet, enabled: false }, 'Asia/Shanghai', new Date('2026-11-25T15:30:00Z'))).toBeNull();
  });
});
