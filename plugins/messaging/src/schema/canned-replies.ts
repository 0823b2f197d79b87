import {
  type Builder,
  DoneRef,
  hasStoreRole,
  idempotencyKeyInput,
  NotAllowedError,
  objectRef,
  replayableEntity,
} from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { CannedReply as CannedReplyEntity, type ICannedReply } from '../entities.ts';
import { INBOX_ROLES } from '../services/access.ts';
import { cannedReplies, cannedRepliesByIds, deleteCannedReply, findCannedReply, saveCannedReply } from '../services/canned.ts';
import { signedIn } from './errors.ts';

const savedReply = replayableEntity('CannedReply', CannedReplyEntity);
const CannedReplyRef = objectRef<ICannedReply>('CannedReply');

/** A store's prepared answers: listed for its staff, kept by clerks and admins. */
export function cannedReplySchema(builder: Builder) {
  const CannedReply = builder.node(CannedReplyRef, {
    description: 'A prepared answer of a store, picked from the chat box; its staff read it.',
    id: { resolve: (r) => r.id },
    loadMany: async (ids, ctx) =>
      (await cannedRepliesByIds(ctx.em, ids)).map((r) => (r && hasStoreRole(ctx.viewer, r.storeId) ? r : null)),
    fields: (t) => ({
      title: t.exposeString('title'),
      body: t.exposeString('body'),
      createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
    }),
  });

  builder.queryField('cannedReplies', (t) =>
    t.field({
      type: [CannedReply],
      description: "The store's prepared answers (its staff).",
      args: { storeId: t.arg.globalID({ required: true, for: StoreRef }) },
      authScopes: (_r, args) => ({ storeStaff: args.storeId.id }),
      resolve: (_r, args, ctx) => cannedReplies(ctx.em, args.storeId.id),
    }),
  );

  builder.mutationField('saveCannedReply', (t) =>
    t.field({
      type: CannedReply,
      description: 'Creates (or, with `id`, edits) a canned reply of the store; clerks and store admins.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SaveCannedReplyInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              id: f.globalID({ required: false, for: CannedReplyRef }),
              title: f.string({ required: true, validate: z.string().trim().min(1).max(60) }),
              body: f.string({ required: true, validate: z.string().trim().min(1).max(2000) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const viewer = signedIn(ctx.viewer);
        const storeId = input.storeId.id;
        if (!hasStoreRole(viewer, storeId, INBOX_ROLES)) throw new NotAllowedError();
        return ctx.tx((tx) =>
          tx.once({ operation: 'saveCannedReply', key: input.idempotencyKey, result: savedReply }, () =>
            saveCannedReply(tx, {
              id: input.id?.id ?? null,
              storeId,
              title: input.title.trim(),
              body: input.body.trim(),
              createdBy: viewer.accountId,
            }),
          ),
        );
      },
    }),
  );

  builder.mutationField('deleteCannedReply', (t) =>
    t.field({
      type: DoneRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('DeleteCannedReplyInput', {
            fields: (f) => ({ id: f.globalID({ required: true, for: CannedReplyRef }) }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const reply = await findCannedReply(ctx.em, input.id.id);
        if (!reply || !hasStoreRole(ctx.viewer, reply.storeId, INBOX_ROLES)) throw new NotAllowedError();
        return ctx.tx(async (tx) => {
          await deleteCannedReply(tx, reply.id);
          return { ok: true };
        });
      },
    }),
  );
}
