import { createTestPlatform, globalId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notesPlugin } from './plugin.ts';

const ADD = `mutation($storeId: ID!, $text: String!) {
  addNote(storeId: $storeId, text: $text) { __typename ... on Note { id text } ... on Error { message } }
}`;
const FOLLOW = `subscription($after: String) { noteAdded(after: $after) { cursor text } }`;

let t: TestPlatform;
let store: TestStore;
let otherStore: TestStore;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [notesPlugin] });
  store = await t.store('Jing’an');
  otherStore = await t.store('Xuhui');
});
afterAll(() => t?.close());

describe('the notes example plugin (docs/writing-a-plugin.md)', () => {
  it('adds a note, extends Store with it, and reacts to its own event', async () => {
    const clerk = await t.staff(store, 'clerk');
    const added = await clerk.query(ADD, { storeId: store.globalId, text: '  Suede brush is low  ' });
    expect(added.addNote).toMatchObject({ __typename: 'Note', text: 'Suede brush is low' });
    const view = await clerk.query(`query($id: ID!) { node(id: $id) { ... on Store { notes { text } } } }`, {
      id: store.globalId,
    });
    expect(view.node.notes).toEqual([{ text: 'Suede brush is low' }]);
    await t.settle();
    expect((await clerk.query(`query($id: ID!) { noteCount(storeId: $id) }`, { id: store.globalId })).noteCount).toBe(1);
  });

  it('refuses staff of another store with a typed error and writes nothing', async () => {
    const stranger = await t.staff(otherStore, 'storeAdmin');
    const result = await stranger.query(ADD, { storeId: store.globalId, text: 'not mine' });
    expect(result.addNote).toEqual({ __typename: 'NotAllowed', message: 'You are not allowed to do this.' });
    const owner = await t.owner();
    const view = await owner.query(`query($id: ID!) { node(id: $id) { ... on Store { notes { text } } } }`, {
      id: store.globalId,
    });
    expect(view.node.notes.map((n: { text: string }) => n.text)).not.toContain('not mine');
  });

  it('answers a malformed or foreign id with a typed InvalidInput and writes nothing', async () => {
    const clerk = await t.staff(store, 'clerk');
    for (const storeId of ['not-an-id', store.id, globalId('Account', store.id), btoa('Store:')]) {
      const result = await clerk.request(ADD, { storeId, text: 'lost' });
      expect(result.errors, storeId).toBeUndefined();
      expect(result.data?.addNote, storeId).toMatchObject({ __typename: 'InvalidInput' });
    }
    const view = await clerk.query(`query($id: ID!) { node(id: $id) { ... on Store { notes { text } } } }`, {
      id: store.globalId,
    });
    expect(view.node.notes.map((n: { text: string }) => n.text)).not.toContain('lost');
  });

  it("is a node: a global id that node(id:) loads for its store's staff and for no one else", async () => {
    const clerk = await t.staff(store, 'clerk');
    const { addNote } = await clerk.query(ADD, { storeId: store.globalId, text: 'Laces for the Sambas' });
    expect(addNote.id).toMatch(/^[A-Za-z0-9+/=]+$/);
    const read = `query($id: ID!) { node(id: $id) { __typename ... on Note { text } } }`;
    expect((await clerk.query(read, { id: addNote.id })).node).toEqual({ __typename: 'Note', text: 'Laces for the Sambas' });
    const outsider = await t.staff(otherStore, 'storeAdmin');
    expect((await outsider.query(read, { id: addNote.id })).node).toBeNull();
  });

  it("takes its length limit from the platform's settings (its state), default 500", async () => {
    const strict = await createTestPlatform({ plugins: [notesPlugin], settings: { notes: { maxLength: 10 } } });
    try {
      const shop = await strict.store('Strict');
      const clerk = await strict.staff(shop, 'clerk');
      expect((await clerk.query(ADD, { storeId: shop.globalId, text: 'Eleven char' })).addNote).toEqual({
        __typename: 'InvalidInput',
        message: 'At most 10 characters.',
      });
      expect((await clerk.query(ADD, { storeId: shop.globalId, text: 'Ten chars!' })).addNote.__typename).toBe('Note');
    } finally {
      await strict.close();
    }
    const clerk = await t.staff(store, 'clerk');
    expect((await clerk.query(ADD, { storeId: store.globalId, text: 'x'.repeat(500) })).addNote.__typename).toBe('Note');
    expect((await clerk.query(ADD, { storeId: store.globalId, text: 'x'.repeat(501) })).addNote.__typename).toBe('InvalidInput');
  });

  it('validates input at the edge: a typed InvalidInput with the field message', async () => {
    const clerk = await t.staff(store, 'clerk');
    const result = await clerk.request(ADD, { storeId: store.globalId, text: '   ' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.addNote).toMatchObject({
      __typename: 'InvalidInput',
      message: expect.stringContaining('Write something.'),
    });
  });

  it('streams to staff of the store only, and replays from a cursor without gap or duplicate', async () => {
    const clerk = await t.staff(store, 'clerk');
    const outsider = await t.staff(otherStore, 'clerk');
    const live = clerk.subscribe(FOLLOW);
    const outside = outsider.subscribe(FOLLOW);
    await live.ready();
    await outside.ready();
    await new Promise((r) => setTimeout(r, 100));

    await clerk.query(ADD, { storeId: store.globalId, text: 'one' });
    const first = await live.next();
    expect(first.noteAdded.text).toBe('one');
    await live.close();

    // Missed while disconnected.
    await clerk.query(ADD, { storeId: store.globalId, text: 'two' });
    await clerk.query(ADD, { storeId: store.globalId, text: 'three' });
    await t.settle();

    const resumed = clerk.subscribe(FOLLOW, { after: first.noteAdded.cursor });
    const replayed = await resumed.take(2);
    expect(replayed.map((v) => v.noteAdded.text)).toEqual(['two', 'three']);
    await clerk.query(ADD, { storeId: store.globalId, text: 'four' });
    expect((await resumed.next()).noteAdded.text).toBe('four');
    await resumed.expectSilence(200);
    await resumed.close();

    await outside.expectSilence(100);
    await outside.close();
  });

  it('emits nothing when the transaction rolls back', async () => {
    const owner = await t.owner();
    const follower = owner.subscribe(FOLLOW);
    await follower.ready();
    await new Promise((r) => setTimeout(r, 100));
    await expect(
      t.runtime.tx(async (tx) => {
        tx.emit('note.added', { noteId: crypto.randomUUID(), storeId: store.id, text: 'never' }, { stores: [store.id] });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await t.settle();
    await follower.expectSilence(300);
    await follower.close();
  });
});
