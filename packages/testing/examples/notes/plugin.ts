// The plugin built step by step in docs/writing-a-plugin.md: a partner's "store notes".
import { randomUUID } from 'node:crypto';
import {
  definePlugin,
  hasStoreRole,
  InvalidInputError,
  NotAllowedError,
  objectRef,
  pluginState,
  rows,
  sql,
} from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { z } from 'zod';

// 1. An entity: plain columns, other plugins' objects referenced by id.
export const Note = defineEntity({
  name: 'Note',
  tableName: 'notes_note',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    storeId: p.uuid(),
    authorId: p.uuid(),
    text: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
type INote = InferEntity<typeof Note>;

// 2. Its event, with a payload schema, typed for emit().
const noteEvents = {
  'note.added': z.object({ noteId: z.string(), storeId: z.string(), text: z.string() }),
};
type Payloads = { [K in keyof typeof noteEvents]: z.infer<(typeof noteEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}

const NoteRef = objectRef<INote>('Note');

// 3. Settings and state: what differs between installations comes in as settings (typed by plugin
// name); what a running platform keeps for the plugin is its state, made once per platform.
declare module '@lacewire/core' {
  interface PluginSettings {
    notes: { maxLength: number };
  }
}
export const notesState = pluginState('notes', (_runtime, settings) => ({ maxLength: settings?.maxLength ?? 500 }));

export const notesPlugin = definePlugin({
  name: 'notes',
  requires: ['stores'],
  state: notesState,
  entities: [Note],
  // 4. Migrations: plain SQL, applied once, in order.
  migrations: [
    {
      name: '0001_notes',
      up: `create table notes_note (
             id uuid primary key, store_id uuid not null, author_id uuid not null,
             text text not null, created_at timestamptz not null);
           create table notes_count (store_id uuid primary key, count int not null);`,
    },
  ],
  events: noteEvents,
  schema(builder) {
    // 5. A node: its global id ("Note:<uuid>") is the only id clients see, `node(id:)` loads it for
    // whoever may read it (the staff of its store), and nobody else learns it exists.
    builder.node(NoteRef, {
      id: { resolve: (n) => n.id },
      loadOne: async (id, ctx) => {
        const note = await ctx.em.findOne(Note, { id });
        return note && hasStoreRole(ctx.viewer, note.storeId) ? note : null;
      },
      fields: (t) => ({
        text: t.exposeString('text'),
        createdAt: t.field({ type: 'DateTime', resolve: (n) => n.createdAt }),
      }),
    });
    // 6. Extend another plugin's type: Store.notes, for the store's staff only.
    builder.objectField(StoreRef, 'notes', (t) =>
      t.field({
        type: [NoteRef],
        authScopes: (store) => ({ storeStaff: store.id }),
        resolve: (store, _args, ctx) => ctx.em.find(Note, { storeId: store.id }, { orderBy: { createdAt: 'asc' } }),
      }),
    );
    // 7. A mutation: validated input, typed errors, write + event in one transaction.
    builder.mutationField('addNote', (t) =>
      t.field({
        type: NoteRef,
        errors: {},
        args: {
          storeId: t.arg.globalID({ required: true, for: StoreRef }),
          text: t.arg.string({ required: true, validate: z.string().trim().min(1, 'Write something.') }),
        },
        resolve: (_root, args, ctx) => {
          const storeId = args.storeId.id;
          if (!ctx.viewer || !hasStoreRole(ctx.viewer, storeId)) throw new NotAllowedError();
          const { maxLength } = notesState.of(ctx.runtime);
          if (args.text.trim().length > maxLength) throw new InvalidInputError(`At most ${maxLength} characters.`, 'text');
          return ctx.tx(async (tx) => {
            const note = tx.em.create(Note, { storeId, authorId: ctx.viewer?.accountId as string, text: args.text.trim() });
            tx.emit('note.added', { noteId: note.id, storeId, text: note.text }, { stores: [storeId] });
            return note;
          });
        },
      }),
    );
    // 8. A subscription: replay after the cursor, then live; the audience is checked per event.
    const NoteAdded = builder.objectRef<{ cursor: string; text: string }>('NoteAdded').implement({
      fields: (t) => ({ cursor: t.exposeString('cursor'), text: t.exposeString('text') }),
    });
    builder.subscriptionField('noteAdded', (t) =>
      t.field({
        type: NoteAdded,
        authScopes: { staff: true },
        args: { after: t.arg.string({ required: false }) },
        subscribe: (_root, args, ctx) => ctx.runtime.subscribe(ctx.viewer, { after: args.after, types: ['note.added'] }),
        resolve: (event) => ({ cursor: event.id, text: event.payload.text }),
      }),
    );
    builder.queryField('noteCount', (t) =>
      t.int({
        args: { storeId: t.arg.globalID({ required: true, for: StoreRef }) },
        authScopes: { staff: true },
        resolve: async (_root, args, ctx) => {
          const [row] = await rows<{ count: number }>(
            ctx.em,
            sql`select count from notes_count where store_id = ${args.storeId.id}`,
          );
          return row?.count ?? 0;
        },
      }),
    );
  },
  // 9. A reaction to an event: runs once per event, in its own transaction.
  on: {
    'note.added': async (event, ctx) => {
      await rows(
        ctx.em,
        sql`insert into notes_count (store_id, count) values (${event.payload.storeId}, 1)
            on conflict (store_id) do update set count = notes_count.count + 1`,
      );
    },
  },
});
