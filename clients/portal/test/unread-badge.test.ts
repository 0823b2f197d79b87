import { globalId } from '@lacewire/client';
import { describe, expect, it } from 'vitest';
import App from '../src/App.vue';
import { flush, mountView, TestStream } from './helpers.ts';

const message = (seq: number, senderId: string | null, body: string) => ({
  storeId: 's1',
  conversationKind: 'customer',
  message: {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    senderId,
    clientMessageId: null,
    kind: senderId ? 'text' : 'system',
    body,
    attachmentId: null,
    durationSeconds: null,
    linkKind: senderId ? null : 'order',
    linkId: senderId ? null : 'o1',
    meta: null,
    internal: false,
    recalledAt: null,
    createdAt: new Date().toISOString(),
  },
});

describe('the unread badge on the messages tab', () => {
  it("counts the store's messages (an order's notice too) from their events, without asking the server", async () => {
    const stream = new TestStream();
    const { wrapper, calls, lacewire } = await mountView(
      App,
      { UnreadMessages: () => ({ unreadMessageCount: 1 }), MyOrders: () => ({ myOrders: [] }) },
      '/orders',
      {},
      { stream: { transport: stream, online: () => true } },
    );
    lacewire.auth.signIn({
      token: 't',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      accountId: globalId('Account', 'me'),
    });
    await flush();
    stream.connect();
    await flush();
    const badge = () => wrapper.find('[data-test=tab-messages] .van-badge').text();
    expect(badge()).toBe('1');
    const before = calls.length;

    stream.push('message.sent', message(2, null, '您的鞋已进入清洗'));
    stream.push('message.sent', message(3, 'clerk1', '明天可取'));
    await flush();
    expect(badge()).toBe('3');
    expect(calls.slice(before)).toEqual([]);
    wrapper.unmount();
  });
});
