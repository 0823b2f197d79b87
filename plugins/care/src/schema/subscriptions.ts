import type { Builder } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { ORDER_EVENT_TYPES } from '../events.ts';
import { CareStepRef, ChangeRequestRef, WorkOrderRef } from '../refs.ts';
import { canSeeOrder, changeRequestById, orderFor, ordersByIds, stepById } from '../services.ts';
import { fresh } from './shared.ts';

interface OrderEventShape {
  cursor: string;
  type: string;
  at: Date;
  payload: Record<string, any>;
}

const toEvent = (e: any): OrderEventShape => ({ cursor: e.id, type: e.type, at: e.at, payload: e.payload });

/** Live progress: the customer's orders, one order, a store's board. */
export function careSubscriptions(builder: Builder) {
  const OrderEvent = builder.objectRef<OrderEventShape>('OrderEvent').implement({
    description: 'Something happened to an order. Keep `cursor` and pass it as `after` to resume without gaps.',
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      type: t.exposeString('type', {
        description: 'order.opened, order.statusChanged, order.stepStarted, … (see docs/api/care-aftercare.md)',
      }),
      at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
      orderId: t.globalID({ resolve: (e) => ({ type: 'WorkOrder', id: e.payload.orderId }) }),
      from: t.string({ nullable: true, resolve: (e) => e.payload.from ?? null }),
      to: t.string({ nullable: true, resolve: (e) => e.payload.to ?? null }),
      label: t.string({ nullable: true, resolve: (e) => e.payload.label ?? null }),
      reason: t.string({ nullable: true, resolve: (e) => e.payload.reason ?? null }),
      order: t.field({
        type: WorkOrderRef,
        nullable: true,
        description: 'The order as it is now.',
        resolve: async (e, _a, ctx) => {
          const [order] = await ordersByIds(fresh(ctx), [e.payload.orderId]);
          return order && canSeeOrder(ctx.viewer, order) ? order : null;
        },
      }),
      step: t.field({
        type: CareStepRef,
        nullable: true,
        resolve: (e, _a, ctx) => (e.payload.stepId ? stepById(fresh(ctx), e.payload.stepId) : null),
      }),
      changeRequest: t.field({
        type: ChangeRequestRef,
        nullable: true,
        resolve: (e, _a, ctx) => (e.payload.changeRequestId ? changeRequestById(fresh(ctx), e.payload.changeRequestId) : null),
      }),
    }),
  });

  builder.subscriptionField('myOrderEvents', (t) =>
    t.field({
      type: OrderEvent,
      description: "Live progress of all the signed-in customer's orders.",
      authScopes: { customer: true },
      args: { after: t.arg.string({ required: false, description: 'Replay events after this cursor first.' }) },
      subscribe: (_r, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: ORDER_EVENT_TYPES,
          where: { customerId: ctx.viewer?.customerId },
        }),
      resolve: toEvent,
    }),
  );

  builder.subscriptionField('orderEvents', (t) =>
    t.field({
      type: OrderEvent,
      description: "Live progress of one order (its customer, its store's clerks and admins, its technician).",
      authScopes: { signedIn: true },
      args: { orderId: t.arg.globalID({ for: WorkOrderRef, required: true }), after: t.arg.string({ required: false }) },
      subscribe: async (_r, args, ctx) => {
        await orderFor(fresh(ctx), ctx.viewer, args.orderId.id);
        return ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: ORDER_EVENT_TYPES,
          filter: (e) => e.payload.orderId === args.orderId.id,
        });
      },
      resolve: toEvent,
    }),
  );

  builder.subscriptionField('storeBoardEvents', (t) =>
    t.field({
      type: OrderEvent,
      description: "The store board: every order event of a store (technicians: their orders' events).",
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }), after: t.arg.string({ required: false }) },
      authScopes: (_r, args) => ({ storeStaff: args.storeId.id }),
      subscribe: (_r, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, { after: args.after, types: ORDER_EVENT_TYPES, where: { storeId: args.storeId.id } }),
      resolve: toEvent,
    }),
  );
}
