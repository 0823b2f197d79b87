import { exec, sql } from '@lacewire/core';
import { uploadFile, uploadPhoto } from '@lacewire/plugin-files/testing';
import { localId, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY, open, send, sendOk } from './helpers.ts';
import { messagingPlatform } from './platform.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await messagingPlatform({ sendLimit: { count: 1000, perSeconds: 1 } });
});
afterAll(() => t?.close());

const SEARCH = `query($id: ID!, $text: String!) { node(id: $id) { ... on Conversation { searchMessages(text: $text) { id seq body } } } }`;

describe('history', () => {
  it('pages backwards and forwards by sequence, jumps to a message and searches text (Chinese too)', async () => {
    const store = await t.store();
    const customer = await t.customer();
    const conversation = await open(customer, store.globalId);
    // 120 messages, fast: straight into the table with the sequence the service would give.
    const id = localId(conversation.id);
    await exec(
      t.runtime.em(),
      sql`insert into messaging_message (id, conversation_id, seq, sender_id, kind, body)
          select gen_random_uuid(), ${id}, n, ${customer.accountId}, 'text',
                 case when n = 42 then '鞋底开胶了，能补吗？' else 'message ' || n end
            from generate_series(1, 120) n`,
    );
    await exec(t.runtime.em(), sql`update messaging_conversation set last_seq = 120 where id = ${id}`);

    const newest = (await customer.query(HISTORY, { id: conversation.id, limit: 50 })).node.messages;
    expect(newest.messages.map((m: any) => m.seq)).toEqual(range(71, 120));
    expect([newest.hasOlder, newest.hasNewer]).toEqual([true, false]);
    const older = (await customer.query(HISTORY, { id: conversation.id, before: 71, limit: 50 })).node.messages;
    expect(older.messages.map((m: any) => m.seq)).toEqual(range(21, 70));
    expect([older.hasOlder, older.hasNewer]).toEqual([true, true]);
    const oldest = (await customer.query(HISTORY, { id: conversation.id, before: 21, limit: 50 })).node.messages;
    expect(oldest.messages.map((m: any) => m.seq)).toEqual(range(1, 20));
    expect([oldest.hasOlder, oldest.hasNewer]).toEqual([false, true]);
    const forward = (await customer.query(HISTORY, { id: conversation.id, after: 100, limit: 50 })).node.messages;
    expect(forward.messages.map((m: any) => m.seq)).toEqual(range(101, 120));
    expect([forward.hasOlder, forward.hasNewer]).toEqual([true, false]);

    const found = (await customer.query(SEARCH, { id: conversation.id, text: '开胶' })).node.searchMessages;
    expect(found).toEqual([{ id: expect.any(String), seq: 42, body: '鞋底开胶了，能补吗？' }]);
    expect(
      (await customer.query(SEARCH, { id: conversation.id, text: 'MESSAGE 11' })).node.searchMessages.map((m: any) => m.seq),
    ).toEqual([119, 118, 117, 116, 115, 114, 113, 112, 111, 110, 11]);
    expect((await customer.query(SEARCH, { id: conversation.id, text: '100%' })).node.searchMessages).toEqual([]);
    const around = (await customer.query(HISTORY, { id: conversation.id, aroundMessageId: found[0].id, limit: 10 })).node
      .messages;
    expect(around.messages.map((m: any) => m.seq)).toEqual(range(37, 46));
    expect([around.hasOlder, around.hasNewer]).toEqual([true, true]);
  });

  it('carries images and voice from the files plugin, checked by kind and shared with the members', async () => {
    const store = await t.store();
    const clerk = await t.staff(store, 'clerk');
    const customer = await t.customer();
    const conversation = await open(customer, store.globalId);
    const photo = await uploadPhoto(customer);
    const sent = await sendOk(customer, conversation.id, '', { kind: 'image', body: null, attachmentId: photo });
    const ATTACHMENT = `query($id: ID!) { node(id: $id) { ... on Message { kind attachment { id kind url } meta } } }`;
    const seenByClerk = (await clerk.query(ATTACHMENT, { id: sent.id })).node;
    expect(seenByClerk).toMatchObject({ kind: 'image', attachment: { id: photo, kind: 'image', url: expect.any(String) } });
    expect(seenByClerk.meta).toMatchObject({ fileName: 'photo.jpg' });
    // A photo is not a voice message.
    const wrongKind = await send(customer, conversation.id, '', {
      kind: 'voice',
      body: null,
      attachmentId: photo,
      durationSeconds: 3,
    });
    expect(wrongKind.__typename).toBe('TypeNotAllowed');
    // Someone else's upload cannot be sent.
    const stranger = await t.customer();
    const theirs = await uploadPhoto(stranger);
    expect((await send(customer, conversation.id, '', { kind: 'image', body: null, attachmentId: theirs })).__typename).toBe(
      'NotFound',
    );
    // Voice length is limited.
    const tooLong = await send(customer, conversation.id, '', {
      kind: 'voice',
      body: null,
      attachmentId: photo,
      durationSeconds: 61,
    });
    expect(tooLong).toMatchObject({ __typename: 'TooLarge', limit: 60 });
    void uploadFile;
  });
});

function range(from: number, to: number) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
