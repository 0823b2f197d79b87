import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesPlugin } from '@lacewire/plugin-files';
import { messagingPlugin } from '@lacewire/plugin-messaging';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsPlugin } from '../src/index.ts';
import { openAllDay } from './fixture.ts';

const OPEN = `mutation($input: OpenConversationInput!) { openConversation(input: $input) { __typename ... on Conversation { id } ... on Error { message } } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { __typename ... on SentMessage { sentMessage { seq } } ... on Error { message } } }`;
const DELIVERED = `mutation($input: MarkConversationDeliveredInput!) { markConversationDelivered(input: $input) { __typename } }`;

let t: TestPlatform;
beforeAll(async () => {
  const directory = await mkdtemp(join(tmpdir(), 'lw-metrics-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, messagingPlugin, metricsPlugin],
    settings: {
      files: { directory, secret: 'metrics-test-secret-metrics-test!!' },
      metrics: { deliveryWindowMs: 5000 },
    },
  });
});
afterAll(async () => t?.close());

describe('with the real messaging plugin', () => {
  it('measures delivery and staff response from messages sent and receipts acknowledged through the API', async () => {
    const store = await t.store('Messaging');
    await openAllDay(t, store);
    const clerk = await t.staff(store, 'clerk');
    const admin = await t.staff(store, 'storeAdmin');
    const customer = await t.customer();
    const opened = await customer.query(OPEN, { input: { storeId: store.globalId } });
    const conversationId = opened.openConversation.id;
    const send = async (client: typeof clerk, body: string) => {
      const r = await client.query(SEND, { input: { conversationId, clientMessageId: randomUUID(), kind: 'text', body } });
      expect(r.sendMessage.__typename).toBe('SentMessage');
      return r.sendMessage.sentMessage.seq as number;
    };
    await send(customer, '在吗？');
    const seq = await send(customer, '我的鞋什么时候好？');
    await clerk.query(DELIVERED, { input: { conversationId, seq } }); // both reach the clerk's device
    await send(clerk, '明天下午可以取'); // answers; the customer's app never acknowledges it
    await t.settle();

    const { metrics } = await admin.query(
      `query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to) { total {
        messagesSent messagesDelivered deliveryRate staffResponses firstResponses averageResponseSeconds } } }`,
      { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() },
    );
    expect(metrics.total).toMatchObject({ messagesSent: 3, messagesDelivered: 2, staffResponses: 1, firstResponses: 1 });
    expect(metrics.total.deliveryRate).toBeCloseTo(2 / 3, 6);
    expect(metrics.total.averageResponseSeconds).toBeGreaterThan(0);
    expect(metrics.total.averageResponseSeconds).toBeLessThan(30);
  });
});
