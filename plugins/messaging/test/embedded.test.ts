import type { TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS, open, sendOk } from './helpers.ts';
import { messagingPlatform } from './platform.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await messagingPlatform({}, [], true);
});
afterAll(() => t?.close());

describe('on the embedded database (PGlite)', () => {
  it('sends, delivers, pages and searches Chinese text (without pg_trgm the search scans)', async () => {
    const store = await t.store();
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const conversation = await open(customer, store.globalId);
    const live = clerk.subscribe(EVENTS, { conversationId: conversation.id, after: '0' });
    await sendOk(customer, conversation.id, '鞋底开胶了，能补吗？');
    await sendOk(clerk, conversation.id, '可以补，大概三天');
    const bodies: string[] = [];
    while (bodies.length < 2) {
      const e = (await live.next()).messagingEvents;
      if (e.__typename === 'MessageSentEvent') bodies.push(e.message.body);
    }
    expect(bodies).toEqual(['鞋底开胶了，能补吗？', '可以补，大概三天']);
    const found = await clerk.query(
      `query($id: ID!) { node(id: $id) { ... on Conversation { searchMessages(text: "开胶") { seq } unreadCount } } }`,
      {
        id: conversation.id,
      },
    );
    expect(found.node.searchMessages).toEqual([{ seq: 1 }]);
    await live.close();
  });
});
