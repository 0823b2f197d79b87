import {
  type Builder,
  hasStoreRole,
  NotAllowedError,
  NotFoundError,
  type PluginEnvironment,
  staffStoreIds,
  type Viewer,
} from '@lacewire/core';
import { CustomerRef, getCustomer } from '@lacewire/plugin-customers';
import { AccountRef } from '@lacewire/plugin-identity';
import { StoreRef } from '@lacewire/plugin-stores';
import { WorkOrderRef } from '../refs.ts';
import { canSeeOrder, listOrders, ordersByIds, timelineOf } from '../services.ts';
import { fresh, listedOrders } from './shared.ts';
import type { timelineType } from './work-order.ts';

/** Lists of orders and a customer's history, for staff boards and the customer's own pages. */
export function orderQueries(builder: Builder, env: PluginEnvironment, Timeline: ReturnType<typeof timelineType>) {
  builder.queryField('workOrders', (t) =>
    t.field({
      type: [WorkOrderRef],
      description:
        "A store's orders (clerks, admins; technicians get those assigned to them, or the pool with `unassigned`). Newest first, at most 500.",
      authScopes: { staff: true },
      args: {
        storeId: t.arg.globalID({ for: StoreRef, required: true }),
        statuses: t.arg.stringList({ required: false }),
        active: t.arg.boolean({ required: false, description: 'Leave out picked up and cancelled orders.' }),
        technicianId: t.arg.globalID({
          for: AccountRef,
          required: false,
          description: 'Clerks and admins: only the orders this technician holds.',
        }),
        unassigned: t.arg.boolean({ required: false, description: 'Only orders no technician holds (the pool).' }),
      },
      resolve: (_r, args, ctx, info) => {
        const storeId = args.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId)) throw new NotAllowedError();
        const technicianOnly = !hasStoreRole(ctx.viewer, storeId, ['clerk', 'storeAdmin']);
        const unassigned = args.unassigned ?? false;
        return listedOrders(ctx, info, {
          storeId,
          statuses: args.statuses ?? undefined,
          active: args.active ?? false,
          unassigned,
          technicianId: technicianOnly && !unassigned ? ctx.viewer?.accountId : args.technicianId?.id,
        });
      },
    }),
  );

  builder.queryField('myOrders', (t) =>
    t.field({
      type: [WorkOrderRef],
      description: "The signed-in customer's orders, newest first.",
      authScopes: { customer: true },
      args: { active: t.arg.boolean({ required: false }) },
      resolve: (_r, args, ctx, info) =>
        listedOrders(ctx, info, { customerId: ctx.viewer?.customerId as string, active: args.active ?? false }),
    }),
  );

  builder.queryField('orderByTag', (t) =>
    t.field({
      type: WorkOrderRef,
      nullable: true,
      description: 'Staff: the order by its tag number, or by the scanned tag QR text.',
      authScopes: { staff: true },
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }), tag: t.arg.string({ required: true }) },
      resolve: async (_r, args, ctx) => {
        const qr = args.tag.match(/^LW:ORDER:([0-9a-f-]{36})$/);
        const em = fresh(ctx);
        const found = qr
          ? (await ordersByIds(em, [qr[1]]))[0]
          : (await listOrders(em, { storeId: args.storeId.id })).find((o) => o.tagNumber === args.tag.trim());
        return found && found.storeId === args.storeId.id && canSeeOrder(ctx.viewer, found) ? found : null;
      },
    }),
  );

  builder.queryField('customerTimeline', (t) =>
    t.field({
      type: [Timeline],
      description:
        "Everything that happened to a customer's orders, oldest first. Customers read their own; staff a customer's in their stores.",
      authScopes: { signedIn: true },
      args: {
        customerId: t.arg.globalID({
          for: env.has('customers') ? CustomerRef : AccountRef,
          required: false,
          description: 'Staff: whose timeline.',
        }),
      },
      resolve: async (_r, args, ctx) => {
        const viewer = ctx.viewer as Viewer;
        const customerId = viewer.customerId ?? args.customerId?.id ?? null;
        if (!customerId) throw new NotFoundError('Customer');
        const entries = await timelineOf(fresh(ctx), { customerId });
        if (viewer.customerId) return entries;
        const stores = staffStoreIds(viewer, ['clerk', 'storeAdmin']);
        return entries.filter((e) => stores === null || stores.includes(e.storeId));
      },
    }),
  );

  if (env.has('customers')) customerLinks(builder);
}

/** With the customers plugin: an order's customer record and a customer's orders. */
function customerLinks(builder: Builder) {
  builder.objectField(WorkOrderRef, 'customer', (t) =>
    t.field({
      type: CustomerRef,
      nullable: true,
      description: 'The customer record (customers plugin).',
      resolve: (o, _a, ctx) => getCustomer(fresh(ctx), o.customerId).catch(() => null),
    }),
  );
  builder.objectField(CustomerRef, 'orders', (t) =>
    t.field({
      type: [WorkOrderRef],
      description: "The customer's work orders the viewer may see, newest first.",
      args: { active: t.arg.boolean({ required: false }) },
      resolve: async (c, args, ctx, info) =>
        listedOrders(ctx, info, { customerId: c.id, active: args.active ?? false }).then((orders) =>
          orders.filter((o) => canSeeOrder(ctx.viewer, o)),
        ),
    }),
  );
}
