import type { Builder } from '@lacewire/core';
import { orderFor, WorkOrderRef } from '@lacewire/plugin-care';
import { AttachmentRef } from '@lacewire/plugin-files';
import { Acceptance, type Mark } from '../entities.ts';
import { AcceptanceRef } from '../refs.ts';
import { acceptancesOf } from '../services.ts';
import { fresh, photos, visibleWithOrder } from './access.ts';

/** The Acceptance node (visible to whoever may see its order) and `WorkOrder.acceptances`. */
export function acceptanceTypes(builder: Builder) {
  const MarkObj = builder.objectRef<Mark>('AcceptanceMark').implement({
    description: 'A rectangle on a photo, in its pixel coordinates (origin top left), with what is wrong there.',
    fields: (t) => ({
      photo: t.field({
        type: AttachmentRef,
        nullable: true,
        resolve: async (m, _a, ctx) => (await photos(ctx, [m.photoId]))[0] ?? null,
      }),
      x: t.exposeFloat('x'),
      y: t.exposeFloat('y'),
      width: t.exposeFloat('width'),
      height: t.exposeFloat('height'),
      comment: t.exposeString('comment'),
    }),
  });

  builder.node(AcceptanceRef, {
    description: 'Remote acceptance: the shop shows the finished work; the customer accepts or marks what to redo.',
    id: { resolve: (a) => a.id },
    loadMany: async (ids, ctx) => {
      const found = await fresh(ctx).find(Acceptance, { id: { $in: [...ids] } });
      return Promise.all(ids.map((id) => visibleWithOrder(ctx, found.find((a) => a.id === id) ?? null)));
    },
    fields: (t) => ({
      round: t.exposeInt('round'),
      status: t.exposeString('status', { description: 'pending, accepted or rejected (rework).' }),
      order: t.field({ type: WorkOrderRef, resolve: (a, _x, ctx) => orderFor(fresh(ctx), ctx.viewer, a.orderId) }),
      beforePhotos: t.field({ type: [AttachmentRef], resolve: (a, _x, ctx) => photos(ctx, a.beforePhotoIds) }),
      afterPhotos: t.field({ type: [AttachmentRef], resolve: (a, _x, ctx) => photos(ctx, a.afterPhotoIds) }),
      videos: t.field({ type: [AttachmentRef], resolve: (a, _x, ctx) => photos(ctx, a.videoIds) }),
      note: t.exposeString('note', { nullable: true }),
      marks: t.field({ type: [MarkObj], resolve: (a) => a.marks }),
      comment: t.exposeString('comment', { nullable: true }),
      requestedAt: t.field({ type: 'DateTime', resolve: (a) => a.requestedAt }),
      answeredAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.answeredAt ?? null }),
    }),
  });

  builder.objectField(WorkOrderRef, 'acceptances', (t) =>
    t.field({
      type: [AcceptanceRef],
      description: 'Remote acceptance rounds, oldest first.',
      resolve: (o, _a, ctx) => acceptancesOf(fresh(ctx), o.id),
    }),
  );
}
