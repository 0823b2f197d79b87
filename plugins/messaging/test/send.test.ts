import { randomUUID } from 'node:crypto';
import type { TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, HISTORY, open, SEND, send, sendOk } from './helpers.ts';
import { messagingPlatform } from './platform.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await messagingPlatform({ sendLimit: { count: 5, perSeconds: 60 } });
});
afterAll(() => t?.close());

describe('sending', () => {
  it('stores a retried send once and returns the first message', async () => {
    const store = await t.store();
    const customer = await t.customer();
    const conversation = await open(customer, store.globalId);
    const input = {
      conversationId: conversation.id,
      clientMessageId: randomUUID(),
      kind: 'text',
      body: '你好，我想问一下洗鞋的价格',
    };
    // The client retries after a lost response, even concurrently with the original.
    const results = await Promise.all([
      customer.query(SEND, { input }),
      customer.query(SEND, { input }),
      customer.query(SEND, { input }),
    ]);
    const ids = new Set(results.map((r) => r.sendMessage.sentMessage.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.sendMessage.created)).toHaveLength(1);
    const again = await customer.query(SEND, { input });
    expect(again.sendMessage).toMatchObject({ created: false, sentMessage: { seq: 1 } });
    const history = await customer.query(HISTORY, { id: conversation.id });
    expect(history.node.messages.messages).toHaveLength(1);
    expect(history.node.lastSeq).toBe(1);
  });

  it('gives concurrent senders a gapless, unique sequence', async () => {
    const store = await t.store();
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const conversation = await open(customer, store.globalId);
    expect(conversation.assigneeId).toBe(account(clerk));
    const sends = [];
    for (let i = 0; i < 5; i++) {
      sends.push(sendOk(customer, conversation.id, `客户 ${i}`));
      sends.push(sendOk(clerk, conversation.id, `店员 ${i}`));
    }
    const sent = await Promise.all(sends);
    const seqs = sent.map((m) => m.seq).sort((a, b) => a - b);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const history = await clerk.query(HISTORY, { id: conversation.id });
    expect(history.node.messages.messages.map((m: any) => m.seq)).toEqual(seqs);
  });

  it('refuses with typed errors and stores nothing', async () => {
    const store = await t.store();
    const customer = await t.customer();
    const other = await t.customer();
    const conversation = await open(customer, store.globalId);
    expect((await send(other, conversation.id, 'hi')).__typename).toBe('NotMember');
    const technician = await t.staff(store, 'technician');
    expect((await send(technician, conversation.id, 'hi')).__typename).toBe('NotMember');
    const tooLong = await send(customer, conversation.id, '长'.repeat(4001));
    expect(tooLong).toMatchObject({ __typename: 'TooLarge', limit: 4000 });
    expect((await send(customer, conversation.id, 'x', { kind: 'system' })).__typename).toBe('TypeNotAllowed');
    expect((await send(customer, conversation.id, 'x', { internal: true })).__typename).toBe('TypeNotAllowed');
    const history = await customer.query(HISTORY, { id: conversation.id });
    expect(history.node.lastSeq).toBe(0);
  });

  it('rate-limits sends per account but never a retry', async () => {
    const store = await t.store();
    const customer = await t.customer();
    const conversation = await open(customer, store.globalId);
    const first = { conversationId: conversation.id, clientMessageId: randomUUID(), kind: 'text', body: '1' };
    await customer.query(SEND, { input: first });
    for (let i = 2; i <= 5; i++) await sendOk(customer, conversation.id, String(i));
    const limited = await send(customer, conversation.id, '6');
    expect(limited.__typename).toBe('RateLimited');
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    const retry = await customer.query(SEND, { input: first });
    expect(retry.sendMessage.created).toBe(false);
  });
});
