import type { TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, EVENTS, HISTORY, open, send, sendOk } from './helpers.ts';
import { messagingPlatform } from './platform.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await messagingPlatform();
});
afterAll(() => t?.close());

const TYPING = `mutation($input: SetTypingInput!) { setTyping(input: $input) { __typename ... on Error { message } } }`;
const SEARCH = `query($id: ID!, $text: String!) { node(id: $id) { ... on Conversation { searchMessages(text: $text) { seq body internal } } } }`;

describe('who sees what', () => {
  it('keeps a member out of another conversation: no read, no subscription', async () => {
    const store = await t.store();
    const otherStore = await t.store();
    const alice = await t.customer();
    const bob = await t.customer();
    const clerk = await t.staff(store, 'clerk');
    const otherClerk = await t.staff(otherStore, 'clerk');
    const technician = await t.staff(store, 'technician');
    const mine = await open(alice, store.globalId);
    const theirs = await open(bob, store.globalId);
    await sendOk(bob, theirs.id, '鲍勃的私信');

    // Alice is a member of her conversation, not of Bob's.
    expect((await alice.query(HISTORY, { id: theirs.id })).node).toBeNull();
    expect((await alice.query(HISTORY, { id: mine.id })).node.messages.messages).toEqual([]);
    expect((await alice.query(SEARCH, { id: theirs.id, text: '私信' })).node).toBeNull();
    // Another store's clerk and a non-member technician see nothing either; the store's clerk does.
    expect((await otherClerk.query(HISTORY, { id: theirs.id })).node).toBeNull();
    expect((await technician.query(HISTORY, { id: theirs.id })).node).toBeNull();
    expect((await clerk.query(HISTORY, { id: theirs.id })).node.messages.messages[0].body).toBe('鲍勃的私信');
    const list = await alice.query(`{ conversations { edges { node { id } } } }`);
    expect(list.conversations.edges.map((e: any) => e.node.id)).toEqual([mine.id]);

    // Subscribing to Bob's conversation is refused before anything streams.
    for (const outsider of [alice, otherClerk, technician]) {
      const refused = outsider.subscribe(EVENTS, { conversationId: theirs.id });
      await expect(refused.next()).rejects.toThrow(/not a member/);
      await refused.close();
    }
    // Alice's all-conversations stream (replayed from the start) carries nothing of Bob's.
    const stream = alice.subscribe(EVENTS, { after: '0' });
    await sendOk(alice, mine.id, '爱丽丝的消息');
    const first = await stream.next();
    const events = [first, ...(await collect(stream))];
    expect(events.every((e: any) => !JSON.stringify(e).includes('鲍勃'))).toBe(true);
    expect(events.some((e: any) => e.messagingEvents.message?.body === '爱丽丝的消息')).toBe(true);
    await stream.close();
  });

  it('never lets an internal note reach the customer (query, search, subscriptions, replay)', async () => {
    const store = await t.store();
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const conversation = await open(customer, store.globalId);
    await t.settle();
    const customerLive = customer.subscribe(EVENTS, {});
    const customerCore = customer.subscribe(`subscription { events { type payload } }`);
    const clerkLive = clerk.subscribe(EVENTS, { conversationId: conversation.id });
    await Promise.all([customerLive.ready(), customerCore.ready(), clerkLive.ready()]);
    await t.settle();

    await sendOk(clerk, conversation.id, '内部备注：客户上次投诉过，注意语气', { internal: true });
    await sendOk(clerk, conversation.id, '您好，有什么可以帮您？');

    const clerkSaw = await clerkLive.take(2);
    expect(clerkSaw.map((e: any) => [e.messagingEvents.message.internal, e.messagingEvents.message.body])).toEqual([
      [true, '内部备注：客户上次投诉过，注意语气'],
      [false, '您好，有什么可以帮您？'],
    ]);
    const customerSaw = (await collect(customerLive, 500)).filter(
      (e: any) => e.messagingEvents.__typename === 'MessageSentEvent',
    );
    expect(customerSaw.map((e: any) => e.messagingEvents.message)).toEqual([
      { seq: 2, internal: false, body: '您好，有什么可以帮您？', conversationId: conversation.id },
    ]);
    const core = await collect(customerCore, 300);
    expect(JSON.stringify(core)).toContain('有什么可以帮您');
    expect(JSON.stringify(core)).not.toContain('内部备注');

    // Replay from the beginning: still no note.
    const replay = customer.subscribe(EVENTS, { after: '0' });
    const replayed = await collect(replay, 500);
    expect(JSON.stringify(replayed)).not.toContain('内部备注');
    expect(JSON.stringify(replayed)).toContain('有什么可以帮您');

    // A note written last does not even show as a newer sequence to the customer.
    await sendOk(clerk, conversation.id, '内部备注：已电话确认', { internal: true });
    expect((await clerk.query(HISTORY, { id: conversation.id })).node.lastSeq).toBe(3);
    const customerHistory = await customer.query(HISTORY, { id: conversation.id });
    expect(customerHistory.node.lastSeq).toBe(2);
    expect(customerHistory.node.messages.messages.map((m: any) => m.seq)).toEqual([2]);
    expect(customerHistory.node.unreadCount).toBe(1);
    expect((await customer.query(SEARCH, { id: conversation.id, text: '内部备注' })).node.searchMessages).toEqual([]);
    const staffHistory = await clerk.query(HISTORY, { id: conversation.id });
    expect(staffHistory.node.messages.messages.map((m: any) => m.seq)).toEqual([1, 2, 3]);
    // Fetching the note by id as the customer yields nothing.
    const noteId = staffHistory.node.messages.messages[0].id;
    expect((await customer.query(`query($id: ID!) { node(id: $id) { id } }`, { id: noteId })).node).toBeNull();
    for (const s of [customerLive, customerCore, clerkLive, replay]) await s.close();
  });

  it('shows typing to the other members live only', async () => {
    const store = await t.store();
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const stranger = await t.customer();
    const conversation = await open(customer, store.globalId);
    await t.settle();
    const clerkLive = clerk.subscribe(EVENTS, {});
    const strangerLive = stranger.subscribe(EVENTS, {});
    await Promise.all([clerkLive.ready(), strangerLive.ready()]);
    await t.settle();
    await new Promise((r) => setTimeout(r, 100));
    const typed = await customer.query(TYPING, { input: { conversationId: conversation.id, typing: true } });
    expect(typed.setTyping.__typename).toBe('Done');
    const seen = (await collect(clerkLive, 400)).filter((e: any) => e.messagingEvents.__typename === 'TypingEvent');
    expect(seen.map((e: any) => e.messagingEvents)).toEqual([
      { __typename: 'TypingEvent', accountId: account(customer), typing: true },
    ]);
    expect((await collect(strangerLive, 200)).filter((e: any) => e.messagingEvents.__typename === 'TypingEvent')).toEqual([]);
    // Not stored: a replay has no typing event.
    const replay = clerk.subscribe(EVENTS, { after: '0', conversationId: conversation.id });
    expect(JSON.stringify(await collect(replay, 400))).not.toContain('TypingEvent');
    // A non-member cannot signal typing.
    const refused = await stranger.query(TYPING, { input: { conversationId: conversation.id, typing: true } });
    expect(refused.setTyping.__typename).toBe('NotMember');
    for (const s of [clerkLive, strangerLive, replay]) await s.close();
    void send;
  });
});

async function collect(subscription: { next(ms?: number): Promise<any> }, quietMs = 300) {
  const out: any[] = [];
  for (;;) {
    try {
      out.push(await subscription.next(quietMs));
    } catch {
      return out;
    }
  }
}
