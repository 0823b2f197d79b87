import { type Builder, FeatureDisabledError, idempotencyKeyInput, replayableEntity, type Viewer } from '@lacewire/core';
import { orderFor, WorkOrderRef } from '@lacewire/plugin-care';
import { AttachmentRef, shareAttachments } from '@lacewire/plugin-files';
import { z } from 'zod';
import { Acceptance } from '../entities.ts';
import { AcceptanceRef } from '../refs.ts';
import { answerAcceptance, requestAcceptance } from '../services.ts';
import { localIds } from './access.ts';

const requested = replayableEntity('Acceptance', Acceptance);

/** `requestAcceptance` (staff send the finished work) and `answerAcceptance` (the customer accepts or marks). */
export function acceptanceMutations(builder: Builder) {
  builder.mutationField('requestAcceptance', (t) =>
    t.field({
      type: AcceptanceRef,
      description: 'Staff send before/after photos (and video) for the customer to accept remotely.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RequestAcceptanceInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: true }),
              beforePhotoIds: f.globalIDList({
                for: AttachmentRef,
                required: false,
                description: "Absent: the order's intake photos (an empty list sends none).",
              }),
              afterPhotoIds: f.globalIDList({ for: AttachmentRef, required: true }),
              videoIds: f.globalIDList({ for: AttachmentRef, required: false }),
              note: f.string({ required: false, validate: z.string().max(1000) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) =>
          tx.once({ operation: 'requestAcceptance', key: input.idempotencyKey, result: requested }, async () => {
            const order = await orderFor(tx.em, ctx.viewer, input.orderId.id);
            // Through the transaction: a second connection waited on here starves the pool while
            // duplicates of this request wait on its idempotency key (and deadlocks the embedded database).
            if (!(await ctx.runtime.featureEnabled(tx.em, order.storeId, 'remoteAcceptance')))
              throw new FeatureDisabledError('remoteAcceptance');
            const scope = { storeId: order.storeId, accountIds: [order.customerId] };
            const beforePhotoIds = input.beforePhotoIds ? localIds(input.beforePhotoIds) : null;
            const afterPhotoIds = localIds(input.afterPhotoIds);
            const videoIds = localIds(input.videoIds);
            const acceptance = await requestAcceptance(tx, ctx.viewer, order.id, {
              beforePhotoIds,
              afterPhotoIds,
              videoIds,
              note: input.note ?? null,
            });
            const viewer = ctx.viewer as Viewer;
            // Intake photos (the default) are already shared with the customer.
            await shareAttachments(tx, viewer, [...(beforePhotoIds ?? []), ...afterPhotoIds], {
              ...scope,
              kinds: ['image'],
              field: 'afterPhotoIds',
            });
            await shareAttachments(tx, viewer, videoIds, { ...scope, kinds: ['video'], field: 'videoIds' });
            return acceptance;
          }),
        ),
    }),
  );

  const MarkInput = builder.inputType('AcceptanceMarkInput', {
    fields: (f) => ({
      photoId: f.globalID({ for: AttachmentRef, required: true }),
      x: f.float({ required: true }),
      y: f.float({ required: true }),
      width: f.float({ required: true }),
      height: f.float({ required: true }),
      comment: f.string({ required: true, validate: z.string().trim().min(1).max(500) }),
    }),
  });

  builder.mutationField('answerAcceptance', (t) =>
    t.field({
      type: AcceptanceRef,
      description: 'The customer accepts, or marks rectangles on the photos with comments: the order goes back for rework.',
      errors: { types: [] },
      authScopes: { customer: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AnswerAcceptanceInput', {
            fields: (f) => ({
              acceptanceId: f.globalID({ for: AcceptanceRef, required: true }),
              accept: f.boolean({ required: true }),
              marks: f.field({ type: [MarkInput], required: false }),
              comment: f.string({ required: false, validate: z.string().max(1000) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) =>
          answerAcceptance(ctx.runtime, tx, ctx.viewer, input.acceptanceId.id, {
            accept: input.accept,
            marks: (input.marks ?? []).map((m) => ({
              photoId: m.photoId.id,
              x: m.x,
              y: m.y,
              width: m.width,
              height: m.height,
              comment: m.comment.trim(),
            })),
            comment: input.comment ?? null,
          }),
        ),
    }),
  );
}
