import { type Builder, type PluginEnvironment, readerOf } from '@lacewire/core';
import { AttachmentRef } from '@lacewire/plugin-files';
import { getStore, StoreRef, storeLoader } from '@lacewire/plugin-stores';
import type { ITimelineEntry } from '../entities.ts';
import { stageText } from '../messages.ts';
import { person } from '../people.ts';
import { PICKED_UP } from '../pipeline.ts';
import { CareStepRef, ChangeRequestRef, WorkOrderRef } from '../refs.ts';
import {
  canSeeOrder,
  changeRequestsOf,
  movesOf,
  type OrderWithSteps,
  orderLoader,
  pickupQrText,
  qrDataUrl,
  stagesOf,
  stepsLoader,
  tagQrText,
  timelineOf,
  totalOf,
} from '../services.ts';
import { customerType, fresh, photos } from './shared.ts';
import type { CareValueTypes } from './types.ts';

/** One thing that happened to an order, as its customer and staff read it. */
export function timelineType(builder: Builder, { PersonRef }: CareValueTypes) {
  return builder.objectRef<ITimelineEntry>('OrderTimelineEntry').implement({
    description: 'One thing that happened to an order, as shown to the customer.',
    fields: (t) => ({
      kind: t.exposeString('kind', {
        description:
          'opened, status, assigned, stepStarted, stepFinished, changeRequested, changeApproved, changeDeclined, conditionAcknowledged, pickupReminder',
      }),
      text: t.string({
        description:
          "In the viewer's language (their account's locale), written for them: the customer is addressed as the customer, staff read the shop's side.",
        resolve: (e, _a, ctx) =>
          e.messageKey
            ? ctx.runtime.messages.text(
                { key: e.messageKey, params: e.messageParams ?? undefined },
                ctx.viewer?.locale,
                readerOf(ctx.viewer),
              )
            : (e.text ?? ''),
      }),
      fromStatus: t.exposeString('fromStatus', { nullable: true }),
      toStatus: t.exposeString('toStatus', { nullable: true }),
      at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
      orderId: t.globalID({ resolve: (e) => ({ type: 'WorkOrder', id: e.orderId }) }),
      actor: t.field({ type: PersonRef, nullable: true, resolve: (e, _a, ctx) => person(ctx, e.actorId) }),
    }),
  });
}

/** The work order: one pair in one store, from intake to pickup. */
export function workOrderNode(
  builder: Builder,
  env: PluginEnvironment,
  types: CareValueTypes,
  Timeline: ReturnType<typeof timelineType>,
) {
  const { PersonRef, StageView, Shoe, Line } = types;
  const customerNode = customerType(env);
  builder.node(WorkOrderRef, {
    description: 'A work order: one pair of shoes in one store, from intake to pickup.',
    id: { resolve: (o) => o.id },
    loadMany: async (orderIds, ctx) => {
      const orders = await orderLoader(ctx).loadMany(orderIds);
      return orders.map((o) => (o && !(o instanceof Error) && canSeeOrder(ctx.viewer, o) ? o : null));
    },
    fields: (t) => ({
      tagNumber: t.exposeString('tagNumber', { description: 'Short number on the physical tag.' }),
      tagQr: t.string({
        description: 'SVG data URL of the QR code printed on the tag (staff scan it to open the order).',
        resolve: (o) => qrDataUrl(tagQrText(o)),
      }),
      status: t.exposeString('status', { description: 'A stage key of the pipeline, or onHold / cancelled.' }),
      statusLabel: t.string({
        description: "The store's name of the stage; on hold and cancelled in the viewer's language, for them.",
        resolve: (o, _a, ctx) => {
          const stage = stageText(o.pipeline, o.status);
          return typeof stage === 'string' ? stage : ctx.runtime.messages.text(stage, ctx.viewer?.locale, readerOf(ctx.viewer));
        },
      }),
      stages: t.field({
        type: [StageView],
        resolve: (o) => {
          const stages = stagesOf(o);
          const current = stages.findIndex((s) => s.key === (o.resumeStatus ?? o.status));
          return stages.map((s, i) => ({
            ...s,
            state: o.status === PICKED_UP || i < current ? 'done' : i === current ? 'current' : 'upcoming',
          }));
        },
      }),
      allowedMoves: t.stringList({
        description: 'Statuses `moveOrder` accepts now (staff).',
        resolve: (o, _a, ctx) => (ctx.viewer?.customerId ? [] : movesOf(o)),
      }),
      store: t.field({
        type: StoreRef,
        resolve: async (o, _a, ctx) => (await storeLoader(ctx).load(o.storeId)) ?? getStore(fresh(ctx), o.storeId),
      }),
      customerId: t.globalID({
        description: `The customer, by the global id of their ${customerNode}.`,
        resolve: (o) => ({ type: customerNode, id: o.customerId }),
      }),
      customerName: t.string({
        resolve: (o, _a, ctx) => {
          const found = person(ctx, o.customerId, o);
          return found instanceof Promise ? found.then((p) => p?.displayName ?? '') : (found?.displayName ?? '');
        },
      }),
      shoeId: t.globalID({
        nullable: true,
        description: 'The pair on file (customers plugin).',
        resolve: (o) => (o.shoeId ? { type: 'Shoe', id: o.shoeId } : null),
      }),
      shoe: t.field({ type: Shoe, resolve: (o) => o.shoe }),
      services: t.field({ type: [Line], resolve: (o) => o.services }),
      totalMinor: t.int({ description: 'Quoted and approved services, in fen.', resolve: (o) => totalOf(o) }),
      currency: t.exposeString('currency'),
      technician: t.field({ type: PersonRef, nullable: true, resolve: (o, _a, ctx) => person(ctx, o.technicianId, o) }),
      promisedAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.promisedAt ?? null }),
      pickupCode: t.string({
        nullable: true,
        description: "The customer's pickup code (only the customer sees it; staff ask for it).",
        resolve: (o, _a, ctx) => (ctx.viewer?.customerId === o.customerId ? o.pickupCode : null),
      }),
      pickupQr: t.string({
        nullable: true,
        description: 'SVG data URL of the pickup QR for the customer to show at the counter.',
        resolve: (o, _a, ctx) => (ctx.viewer?.customerId === o.customerId ? qrDataUrl(pickupQrText(o)) : null),
      }),
      intakePhotos: t.field({ type: [AttachmentRef], resolve: (o, _a, ctx) => photos(ctx, o.intakePhotoIds) }),
      conditionNotes: t.exposeString('conditionNotes', { nullable: true, description: 'Existing damage noted at intake.' }),
      conditionAcknowledgedAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.conditionAcknowledgedAt ?? null }),
      awaitingIntake: t.boolean({
        description: 'Opened at check-in, waiting for the clerk to complete intake ("待登记"; see completeIntake).',
        resolve: (o) => !o.intakeCompletedAt,
      }),
      intakeCompletedAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.intakeCompletedAt ?? null }),
      steps: t.field({
        type: [CareStepRef],
        resolve: async (o, _a, ctx) => (o as OrderWithSteps).steps ?? (await stepsLoader(ctx).load(o.id)) ?? [],
      }),
      changeRequests: t.field({ type: [ChangeRequestRef], resolve: (o, _a, ctx) => changeRequestsOf(fresh(ctx), o.id) }),
      timeline: t.field({ type: [Timeline], resolve: (o, _a, ctx) => timelineOf(fresh(ctx), { orderId: o.id }) }),
      remindersSent: t.exposeInt('remindersSent'),
      reworkCount: t.exposeInt('reworkCount'),
      readyAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.readyAt ?? null }),
      pickedUpAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.pickedUpAt ?? null }),
      cancelReason: t.exposeString('cancelReason', { nullable: true }),
      createdAt: t.field({ type: 'DateTime', resolve: (o) => o.createdAt }),
    }),
  });
}
