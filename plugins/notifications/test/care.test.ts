import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, sql } from '@lacewire/core';
import { carePlugin, openWorkOrder } from '@lacewire/plugin-care';
import { filesPlugin } from '@lacewire/plugin-files';
import { messagingPlugin } from '@lacewire/plugin-messaging';
import { createTestPlatform, globalId, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsPlugin } from '../src/index.ts';

let t: TestPlatform;
beforeAll(async () => {
  const directory = await mkdtemp(join(tmpdir(), 'lw-notifications-care-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, carePlugin, messagingPlugin, notificationsPlugin],
    settings: { files: { directory, secret: 'notifications-test-secret-notifications!' } },
  });
});
afterAll(() => t?.close());

describe('notifications from the real care plugin', () => {
  it('tells the customer when the order is received and when it moves on', async () => {
    const store = await t.store('拾履 静安店');
    await exec(
      t.runtime.em(),
      sql`insert into notifications_quiet_hours (store_id, starts, ends, enabled) values (${store.id}, '22:00', '08:00', false)`,
    );
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const order = await t.runtime.tx((tx) =>
      openWorkOrder(tx, clerk.accountId, {
        storeId: store.id,
        customerId: customer.accountId,
        shoe: { brand: 'Nike', model: 'Air Jordan 1', colour: '红白', material: '皮革', size: '42.5' },
        services: [{ code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12_800 }],
      }),
    );
    await t.settle();
    const moved = await clerk.query(
      `mutation($input: MoveOrderInput!) { moveOrder(input: $input) { __typename ... on Error { message } } }`,
      { input: { orderId: globalId('WorkOrder', order.id), to: 'cleaning' } },
    );
    expect(moved.moveOrder.__typename).toBe('WorkOrder');
    await t.settle();
    const data = await customer.query(
      `{ conversations { edges { node { kind messages { messages { kind body link { kind id } } } } } } }`,
    );
    const messages = data.conversations.edges[0].node.messages.messages;
    expect(messages.map((m: any) => m.body)).toEqual([
      `拾履 静安店已收到您的鞋（单号 ${order.tagNumber}），我们会随时告诉您护理进度。`,
      `您的鞋（单号 ${order.tagNumber}）进入新阶段：深度清洁。`,
    ]);
    expect(
      messages.every((m: any) => m.kind === 'system' && m.link.kind === 'order' && m.link.id === globalId('WorkOrder', order.id)),
    ).toBe(true);
  });

  it('tells the customer when the promised date moves', async () => {
    const store = await t.store('拾履 徐汇店');
    await exec(
      t.runtime.em(),
      sql`insert into notifications_quiet_hours (store_id, starts, ends, enabled) values (${store.id}, '22:00', '08:00', false)`,
    );
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const order = await t.runtime.tx((tx) =>
      openWorkOrder(tx, clerk.accountId, {
        storeId: store.id,
        customerId: customer.accountId,
        shoe: { brand: 'Vans', model: null, colour: null, material: null, size: null },
        services: [{ code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12_800 }],
      }),
    );
    const edited = await clerk.query(
      `mutation($input: EditWorkOrderInput!) { editWorkOrder(input: $input) { __typename ... on Error { message } } }`,
      { input: { orderId: globalId('WorkOrder', order.id), promisedAt: new Date(Date.now() + 5 * 86400_000).toISOString() } },
    );
    expect(edited.editWorkOrder.__typename).toBe('WorkOrder');
    await t.settle();
    const data = await customer.query(`{ conversations { edges { node { messages { messages { body } } } } } }`);
    const bodies = data.conversations.edges[0].node.messages.messages.map((m: any) => m.body);
    expect(bodies.at(-1)).toMatch(
      new RegExp(`^您的鞋（单号 ${order.tagNumber}）预计完成时间调整为 \\d+月\\d+日 \\d\\d:\\d\\d。$`),
    );
  });
});
