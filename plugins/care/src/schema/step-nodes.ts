import type { Builder } from '@lacewire/core';
import { AttachmentRef } from '@lacewire/plugin-files';
import type { IWorkOrder } from '../entities.ts';
import { person } from '../people.ts';
import { CareStepRef, ChangeRequestRef, WorkOrderRef } from '../refs.ts';
import { canSeeOrder, changeRequestById, ordersByIds, stepById } from '../services.ts';
import { fresh, photos } from './shared.ts';
import type { CareValueTypes } from './types.ts';

const NO_ORDER = '00000000-0000-0000-0000-000000000000';

/** The things done on an order: care steps and change requests, each visible with its order. */
export function stepNodes(builder: Builder, { Category, PersonRef, Material }: CareValueTypes) {
  builder.node(CareStepRef, {
    description: 'A piece of work on an order: who, when, labour, materials, photos.',
    id: { resolve: (s) => s.id },
    loadMany: async (stepIds, ctx) => {
      const em = fresh(ctx);
      const steps = await Promise.all(stepIds.map((id) => stepById(em, id)));
      const orders = await ordersByIds(
        em,
        steps.map((s) => s?.orderId ?? NO_ORDER),
      );
      return steps.map((s, i) => (s && orders[i] && canSeeOrder(ctx.viewer, orders[i]) ? s : null));
    },
    fields: (t) => ({
      stage: t.exposeString('stage'),
      serviceCode: t.exposeString('serviceCode', { nullable: true }),
      technician: t.field({ type: PersonRef, nullable: true, resolve: (s, _a, ctx) => person(ctx, s.technicianId) }),
      startedAt: t.field({ type: 'DateTime', resolve: (s) => s.startedAt }),
      finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.finishedAt ?? null }),
      labourMinutes: t.exposeInt('labourMinutes', { nullable: true }),
      materials: t.field({ type: [Material], resolve: (s) => s.materials }),
      notes: t.exposeString('notes', { nullable: true }),
      beforePhotos: t.field({ type: [AttachmentRef], resolve: (s, _a, ctx) => photos(ctx, s.beforePhotoIds) }),
      afterPhotos: t.field({ type: [AttachmentRef], resolve: (s, _a, ctx) => photos(ctx, s.afterPhotoIds) }),
    }),
  });

  builder.node(ChangeRequestRef, {
    description: "Extra work (found by the technician or asked by the customer) waiting for, or given, the customer's answer.",
    id: { resolve: (c) => c.id },
    loadMany: async (crIds, ctx) => {
      const em = fresh(ctx);
      const crs = await Promise.all(crIds.map((id) => changeRequestById(em, id)));
      const orders = await ordersByIds(
        em,
        crs.map((c) => c?.orderId ?? NO_ORDER),
      );
      return crs.map((c, i) => (c && orders[i] && canSeeOrder(ctx.viewer, orders[i]) ? c : null));
    },
    fields: (t) => ({
      origin: t.exposeString('origin'),
      description: t.exposeString('description'),
      photos: t.field({ type: [AttachmentRef], resolve: (c, _a, ctx) => photos(ctx, c.photoIds) }),
      serviceCode: t.string({ resolve: (c) => c.service.code }),
      serviceName: t.string({ resolve: (c) => c.service.name }),
      category: t.field({ type: Category, resolve: (c) => c.service.category }),
      priceMinor: t.exposeInt('priceMinor'),
      status: t.exposeString('status', { description: 'pending, approved, declined or withdrawn (order cancelled).' }),
      raisedAt: t.field({ type: 'DateTime', resolve: (c) => c.raisedAt }),
      answeredAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.answeredAt ?? null }),
      answerNote: t.exposeString('answerNote', { nullable: true }),
      order: t.field({
        type: WorkOrderRef,
        resolve: async (c, _a, ctx) => (await ordersByIds(fresh(ctx), [c.orderId]))[0] as IWorkOrder,
      }),
    }),
  });
}
