import { randomUUID } from 'node:crypto';
import { localId, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findConversation, membersOfConversation } from '../src/index.ts';
import { type WriteUnit, writeMessages } from '../src/services/write.ts';
import { open } from './helpers.ts';
import { messagingPlatform } from './platform.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await messagingPlatform();
});
afterAll(() => t?.close());

/** A customer conversation with its clerk, as the group commit sees it. */
async function conversationWithClerk() {
  const store = await t.store();
  const clerk = await t.staff(store, 'clerk');
  const customer = await t.customer();
  const opened = await open(customer, store.globalId);
  const em = t.runtime.em();
  const conversation = await findConversation(em, localId(opened.id));
  if (!conversation) throw new Error('no conversation');
  const members = await membersOfConversation(em, conversation.id);
  const unit = (by: { accountId: string }, body: string, extra: Partial<WriteUnit['input']> = {}): WriteUnit => ({
    conversation,
    members,
    senderId: by.accountId,
    input: { kind: 'text', body, clientMessageId: randomUUID(), ...extra },
  });
  return { conversation, customer, clerk, unit };
}

describe('one statement for a batch of messages', () => {
  it('numbers each conversation in unit order, moves the waiting clock by the last turn, and refuses one unit alone', async () => {
    const a = await conversationWithClerk();
    const b = await conversationWithClerk();
    const stolen = a.unit(a.customer, 'first');
    const results = await t.runtime.tx((tx) =>
      writeMessages(tx, [
        stolen,
        b.unit(b.customer, 'b1'),
        a.unit(a.clerk, 'reply'),
        b.unit(b.clerk, 'note', { internal: true }),
        a.unit(a.customer, 'again'),
        // The same client id in another conversation: refused, the rest commits.
        { ...b.unit(a.customer, 'stolen id'), input: { ...stolen.input, body: 'stolen id' } },
      ]),
    );
    expect(results.map((r) => (r instanceof Error ? r.message : [r.message.body, r.message.seq, r.created]))).toEqual([
      ['first', 1, true],
      ['b1', 1, true],
      ['reply', 2, true],
      ['note', 2, true],
      ['again', 3, true],
      'This clientMessageId was already used in another conversation.',
    ]);
    const em = t.runtime.em();
    const [afterA, afterB] = await Promise.all([
      findConversation(em, a.conversation.id),
      findConversation(em, b.conversation.id),
    ]);
    expect(afterA).toMatchObject({ lastSeq: 3 });
    // Answered, then the customer wrote again: waiting from now. An internal note leaves b waiting.
    expect(afterA?.waitingSince).not.toBeNull();
    expect(afterB).toMatchObject({ lastSeq: 2 });
    expect(afterB?.waitingSince).not.toBeNull();

    // Staff answer last: nobody waits. A retry in a later batch gets the first message back.
    const [answered, retried] = await t.runtime.tx((tx) => writeMessages(tx, [b.unit(b.clerk, 'answer'), { ...stolen }]));
    expect(answered).toMatchObject({ created: true, message: { seq: 3 } });
    expect(retried).toMatchObject({ created: false, message: { body: 'first', seq: 1 } });
    expect((await findConversation(t.runtime.em(), b.conversation.id))?.waitingSince).toBeNull();
  });
});
