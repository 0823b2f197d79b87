import { exec, sql } from '@lacewire/core';
import { localId, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, EVENTS, HISTORY, open, sendOk } from './helpers.ts';
import { messagingPlatform } from './platform.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await messagingPlatform();
});
afterAll(() => t?.close());

const READ = `mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) {
  __typename ... on Conversation { unreadCount myReadSeq myDeliveredSeq } ... on Error { message } } }`;
const DELIVERED = `mutation($input: MarkConversationDeliveredInput!) { markConversationDelivered(input: $input) {
  __typename ... on Conversation { unreadCount myReadSeq myDeliveredSeq } ... on Error { message } } }`;
const RECALL = `mutation($input: RecallMessageInput!) { recallMessage(input: $input) {
  __typename ... on Message { recalled body } ... on RecallTooLate { windowSeconds } ... on Error { message } } }`;
const UNREAD = `{ unreadMessageCount conversations { edges { node { id unreadCount } } } }`;

describe('receipts and unread counts', () => {
  it('counts unread per conversation and in total, and moves positions forward only', async () => {
    const storeA = await t.store();
    const storeB = await t.store();
    const clerkA = await t.staff(storeA, 'clerk');
    const clerkB = await t.staff(storeB, 'clerk');
    const customer = await t.customer();
    const a = await open(customer, storeA.globalId);
    const b = await open(customer, storeB.globalId);
    await sendOk(customer, a.id, '在吗？');
    await sendOk(clerkA, a.id, '在的，请讲');
    await sendOk(clerkA, a.id, '您的鞋已经洗好了');
    await sendOk(clerkB, b.id, '徐汇店欢迎您');

    const before = await customer.query(UNREAD);
    expect(before.unreadMessageCount).toBe(3);
    const counts = Object.fromEntries(before.conversations.edges.map((e: any) => [e.node.id, e.node.unreadCount]));
    expect(counts).toEqual({ [a.id]: 2, [b.id]: 1 });
    // The clerk sent the last two, and sending moved their own read position.
    expect((await clerkA.query(UNREAD)).unreadMessageCount).toBe(0);

    const delivered = await customer.query(DELIVERED, { input: { conversationId: a.id, seq: 3 } });
    expect(delivered.markConversationDelivered).toMatchObject({ myDeliveredSeq: 3, myReadSeq: 1, unreadCount: 2 });
    const read = await customer.query(READ, { input: { conversationId: a.id, seq: 2 } });
    expect(read.markConversationRead).toMatchObject({ myReadSeq: 2, unreadCount: 1 });
    // Never backwards, never past the end.
    const back = await customer.query(READ, { input: { conversationId: a.id, seq: 1 } });
    expect(back.markConversationRead.myReadSeq).toBe(2);
    const past = await customer.query(READ, { input: { conversationId: a.id, seq: 99 } });
    expect(past.markConversationRead).toMatchObject({ myReadSeq: 3, myDeliveredSeq: 3, unreadCount: 0 });
    expect((await customer.query(UNREAD)).unreadMessageCount).toBe(1);

    // The clerk sees the receipts (ticks) live.
    // (Replayed from the start of the log, so the test does not race the live subscription.)
    const subscription = clerkA.subscribe(EVENTS, { conversationId: a.id, after: '0' });
    const receipts: any[] = [];
    while (receipts.length < 3) {
      const event = (await subscription.next()).messagingEvents;
      if (event.__typename === 'ReceiptUpdatedEvent' && event.accountId === account(customer)) receipts.push(event);
    }
    expect(receipts).toEqual([
      {
        __typename: 'ReceiptUpdatedEvent',
        cursor: expect.any(String),
        accountId: account(customer),
        deliveredSeq: 3,
        readSeq: 1,
      },
      {
        __typename: 'ReceiptUpdatedEvent',
        cursor: expect.any(String),
        accountId: account(customer),
        deliveredSeq: 3,
        readSeq: 2,
      },
      {
        __typename: 'ReceiptUpdatedEvent',
        cursor: expect.any(String),
        accountId: account(customer),
        deliveredSeq: 3,
        readSeq: 3,
      },
    ]);
    await subscription.close();
  });

  it('lets the sender recall within 2 minutes, and not after', async () => {
    const store = await t.store();
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const conversation = await open(customer, store.globalId);
    const wrong = await sendOk(customer, conversation.id, '发错了');
    const old = await sendOk(customer, conversation.id, '三分钟前的消息');
    await exec(
      t.runtime.em(),
      sql`update messaging_message set created_at = now() - interval '3 minutes' where id = ${localId(old.id)}`,
    );
    // Someone else may not recall it.
    const byClerk = await clerk.query(RECALL, { input: { messageId: wrong.id } });
    expect(byClerk.recallMessage.__typename).not.toBe('Message');
    const recalled = await customer.query(RECALL, { input: { messageId: wrong.id } });
    expect(recalled.recallMessage).toEqual({ __typename: 'Message', recalled: true, body: null });
    const late = await customer.query(RECALL, { input: { messageId: old.id } });
    expect(late.recallMessage).toMatchObject({ __typename: 'RecallTooLate', windowSeconds: 120 });
    const history = await clerk.query(HISTORY, { id: conversation.id });
    expect(history.node.messages.messages.map((m: any) => [m.seq, m.recalled, m.body])).toEqual([
      [1, true, null],
      [2, false, '三分钟前的消息'],
    ]);
    // A recalled message no longer counts as unread.
    expect(history.node.unreadCount).toBe(1);
  });
});
