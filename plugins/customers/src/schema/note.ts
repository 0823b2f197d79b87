import { type Builder, globalId, hasStoreRole, idempotencyKeyInput, NotAllowedError, replayableEntity } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { CustomerNote } from '../entities.ts';
import { CustomerNoteRef, CustomerRef } from '../refs.ts';
import { addCustomerNote, customerStoreIds } from '../services.ts';
import { text } from './inputs.ts';

const addedNote = replayableEntity('CustomerNote', CustomerNote);

/** Staff-only notes about a customer: the node and `addCustomerNote` (staff of one of the customer's stores). */
export function noteSchema(builder: Builder) {
  builder.node(CustomerNoteRef, {
    description: "A staff-only note about a customer: the staff of the note's store see it.",
    id: { resolve: (n) => n.id },
    loadMany: async (ids, ctx) => {
      const notes = await ctx.em.find(CustomerNote, { id: { $in: [...ids] } });
      return ids.map((id) => notes.find((n) => n.id === id && hasStoreRole(ctx.viewer, n.storeId)) ?? null);
    },
    fields: (t) => ({
      body: t.exposeString('body'),
      storeId: t.field({ type: 'ID', resolve: (n) => globalId('Store', n.storeId) }),
      authorId: t.field({ type: 'ID', description: 'Their Account.', resolve: (n) => globalId('Account', n.authorId) }),
      createdAt: t.field({ type: 'DateTime', resolve: (n) => n.createdAt }),
    }),
  });

  builder.mutationField('addCustomerNote', (t) =>
    t.field({
      type: CustomerNoteRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AddCustomerNoteInput', {
            fields: (f) => ({
              customerId: f.globalID({ required: true, for: CustomerRef }),
              storeId: f.globalID({ required: true, for: StoreRef }),
              body: f.string({ required: true, validate: text(2000) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const customerId = input.customerId.id;
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId)) throw new NotAllowedError();
        if (!(await customerStoreIds(ctx.em, customerId)).includes(storeId))
          throw new NotAllowedError('Not a customer of this store.');
        return ctx.tx((tx) =>
          tx.once({ operation: 'addCustomerNote', key: input.idempotencyKey, result: addedNote }, () =>
            addCustomerNote(tx, customerId, storeId, ctx.viewer?.accountId as string, input.body),
          ),
        );
      },
    }),
  );
}
