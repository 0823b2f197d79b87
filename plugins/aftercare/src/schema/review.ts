import { type Builder, globalId, idempotencyKeyInput, replayableEntity, type Viewer } from '@lacewire/core';
import { WorkOrderRef } from '@lacewire/plugin-care';
import { AttachmentRef, shareAttachments } from '@lacewire/plugin-files';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { Review } from '../entities.ts';
import { AlreadyReviewedError } from '../errors.ts';
import { ReviewRef } from '../refs.ts';
import { canSeeReview, postReview, replyToReview } from '../services.ts';
import { fresh, localIds, photos } from './access.ts';
import { type PersonRef, person } from './person.ts';

const posted = replayableEntity('Review', Review);

/** The Review node, an order's and a store's reviews, and the type itself. */
export function reviewTypes(builder: Builder, Person: PersonRef) {
  builder.node(ReviewRef, {
    id: { resolve: (r) => r.id },
    loadMany: async (ids, ctx) => {
      const found = await fresh(ctx).find(Review, { id: { $in: [...ids] } });
      return ids.map((id) => found.find((r) => r.id === id && canSeeReview(ctx.viewer, r)) ?? null);
    },
    fields: (t) => ({
      rating: t.exposeInt('rating'),
      text: t.exposeString('text', { nullable: true }),
      photos: t.field({ type: [AttachmentRef], resolve: (r, _a, ctx) => photos(ctx, r.photoIds) }),
      reply: t.exposeString('reply', { nullable: true }),
      repliedBy: t.field({ type: Person, nullable: true, resolve: (r, _a, ctx) => person(ctx, r.repliedBy) }),
      repliedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.repliedAt ?? null }),
      createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
      orderId: t.field({ type: 'ID', resolve: (r) => globalId('WorkOrder', r.orderId) }),
    }),
  });

  builder.objectField(WorkOrderRef, 'review', (t) =>
    t.field({ type: ReviewRef, nullable: true, resolve: (o, _a, ctx) => fresh(ctx).findOne(Review, { orderId: o.id }) }),
  );
  builder.objectField(StoreRef, 'reviews', (t) =>
    t.field({
      type: [ReviewRef],
      description: 'Reviews of this store, newest first (staff).',
      authScopes: (s) => ({ storeStaff: s.id }),
      resolve: (s, _a, ctx) => fresh(ctx).find(Review, { storeId: s.id }, { orderBy: { createdAt: 'desc' }, limit: 200 }),
    }),
  );
}

/** `postReview` (the order's customer, once) and `replyToReview` (clerks and admins). */
export function reviewMutations(builder: Builder) {
  builder.mutationField('postReview', (t) =>
    t.field({
      type: ReviewRef,
      errors: { types: [AlreadyReviewedError] },
      authScopes: { customer: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('PostReviewInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: true }),
              rating: f.int({
                required: true,
                validate: z.number().int().min(1, 'Rate from 1 to 5.').max(5, 'Rate from 1 to 5.'),
              }),
              text: f.string({ required: false, validate: z.string().max(2000) }),
              photoIds: f.globalIDList({ for: AttachmentRef, required: false }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) =>
          tx.once({ operation: 'postReview', key: input.idempotencyKey, result: posted }, async () => {
            const photoIds = localIds(input.photoIds);
            const review = await postReview(tx, ctx.viewer, input.orderId.id, {
              rating: input.rating,
              text: input.text ?? null,
              photoIds,
            });
            await shareAttachments(tx, ctx.viewer as Viewer, photoIds, {
              storeId: review.storeId,
              kinds: ['image'],
              field: 'photoIds',
            });
            return review;
          }),
        ),
    }),
  );

  builder.mutationField('replyToReview', (t) =>
    t.field({
      type: ReviewRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('ReplyToReviewInput', {
            fields: (f) => ({
              reviewId: f.globalID({ for: ReviewRef, required: true }),
              reply: f.string({ required: true, validate: z.string().trim().min(1).max(2000) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => ctx.tx((tx) => replyToReview(tx, ctx.viewer, input.reviewId.id, input.reply.trim())),
    }),
  );
}
