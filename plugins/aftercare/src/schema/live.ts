import type { Builder, LoggedEvent } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { Acceptance, Complaint, Review } from '../entities.ts';
import { ACCEPTANCE_EVENT_TYPES, COMPLAINT_EVENT_TYPES } from '../events.ts';
import { AcceptanceRef, ComplaintRef, ReviewRef } from '../refs.ts';
import { canSeeComplaint, canSeeReview } from '../services.ts';
import { fresh, visibleWithOrder } from './access.ts';

interface Shape {
  cursor: string;
  type: string;
  at: Date;
  payload: Record<string, any>;
}

const TYPES = [
  ...ACCEPTANCE_EVENT_TYPES,
  ...COMPLAINT_EVENT_TYPES,
  'review.posted',
  'review.replied',
  'followUp.due',
  'followUp.done',
];
const toShape = (e: LoggedEvent): Shape => ({ cursor: e.id, type: e.type, at: e.at, payload: e.payload as Shape['payload'] });

/** The customer's and a store's after-sales events, live (`after: cursor` resumes). */
export function aftercareSubscriptions(builder: Builder) {
  const AftercareEvent = builder.objectRef<Shape>('AftercareEvent').implement({
    description: 'An acceptance, review or complaint changed. Keep `cursor` to resume.',
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      type: t.exposeString('type'),
      at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
      from: t.string({ nullable: true, resolve: (e) => e.payload.from ?? null }),
      to: t.string({ nullable: true, resolve: (e) => e.payload.to ?? null }),
      complaint: t.field({
        type: ComplaintRef,
        nullable: true,
        resolve: async (e, _a, ctx) => {
          if (!e.payload.complaintId) return null;
          const c = await fresh(ctx).findOne(Complaint, { id: e.payload.complaintId });
          return c && canSeeComplaint(ctx.viewer, c) ? c : null;
        },
      }),
      acceptance: t.field({
        type: AcceptanceRef,
        nullable: true,
        resolve: async (e, _a, ctx) =>
          e.payload.acceptanceId
            ? visibleWithOrder(ctx, await fresh(ctx).findOne(Acceptance, { id: e.payload.acceptanceId }))
            : null,
      }),
      review: t.field({
        type: ReviewRef,
        nullable: true,
        resolve: async (e, _a, ctx) => {
          if (!e.payload.reviewId) return null;
          const r = await fresh(ctx).findOne(Review, { id: e.payload.reviewId });
          return r && canSeeReview(ctx.viewer, r) ? r : null;
        },
      }),
    }),
  });

  builder.subscriptionField('myAftercareEvents', (t) =>
    t.field({
      type: AftercareEvent,
      description: "The signed-in customer's acceptances, complaints and review replies, live.",
      authScopes: { customer: true },
      args: { after: t.arg.string({ required: false }) },
      subscribe: (_r, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: TYPES,
          where: { customerId: ctx.viewer?.customerId },
        }),
      resolve: toShape,
    }),
  );
  builder.subscriptionField('storeAftercareEvents', (t) =>
    t.field({
      type: AftercareEvent,
      description: "A store's after-sales events (new complaints, SLA breaches, due follow-ups…).",
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }), after: t.arg.string({ required: false }) },
      authScopes: (_r, args) => ({ storeStaff: args.storeId.id }),
      subscribe: (_r, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, { after: args.after, types: TYPES, where: { storeId: args.storeId.id } }),
      resolve: toShape,
    }),
  );
}
