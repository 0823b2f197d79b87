import { type Builder, hasStoreRole, NotAllowedError, NotFoundError, type Viewer } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import type { IWorkOrder } from '../entities.ts';
import { AlreadyClaimedError } from '../errors.ts';
import { claimOrder, workload } from '../pool.ts';
import { WorkOrderRef } from '../refs.ts';
import { getOrder } from '../services.ts';
import { listedOrders } from './shared.ts';
import type { CareValueTypes } from './types.ts';

/** The pool technicians claim from, and who holds what. */
export function poolSchema(builder: Builder, { PersonRef }: CareValueTypes) {
  builder.queryField('unassignedOrders', (t) =>
    t.field({
      type: [WorkOrderRef],
      description: "The store's pool: open orders no technician holds, oldest first. Technicians claim from it (claimWorkOrder).",
      authScopes: { staff: true },
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }) },
      resolve: (_r, args, ctx, info) => {
        if (!hasStoreRole(ctx.viewer, args.storeId.id)) throw new NotAllowedError();
        return listedOrders(ctx, info, { storeId: args.storeId.id, unassigned: true, active: true, oldestFirst: true });
      },
    }),
  );

  builder.mutationField('claimWorkOrder', (t) =>
    t.field({
      type: WorkOrderRef,
      description:
        'A technician takes an order from the pool. Of two technicians claiming at once one wins; the other gets AlreadyClaimed.',
      errors: { types: [AlreadyClaimedError] },
      authScopes: { staff: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('ClaimWorkOrderInput', {
            fields: (f) => ({ orderId: f.globalID({ for: WorkOrderRef, required: true }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(async (tx) => {
          // Not orderFor: to the technician who lost the race the order is no longer visible, yet the answer is AlreadyClaimed.
          const order = await getOrder(tx.em, input.orderId.id, true);
          if (!hasStoreRole(ctx.viewer, order.storeId, ['technician'])) throw new NotFoundError('Work order');
          return claimOrder(tx, ctx.viewer as Viewer, order);
        }),
    }),
  );

  const Held = builder
    .objectRef<{ technician: { accountId: string; displayName: string }; orders: IWorkOrder[] }>('TechnicianOrders')
    .implement({
      description: 'The open orders one technician holds.',
      fields: (t) => ({
        technician: t.field({ type: PersonRef, resolve: (h) => h.technician }),
        orders: t.field({ type: [WorkOrderRef], resolve: (h) => h.orders }),
      }),
    });
  const Workload = builder
    .objectRef<{
      technicians: { technician: { accountId: string; displayName: string }; orders: IWorkOrder[] }[];
      unassigned: IWorkOrder[];
    }>('StoreWorkload')
    .implement({
      description: "Who holds what in a store: each technician's open orders, and the pool.",
      fields: (t) => ({
        technicians: t.field({ type: [Held], resolve: (w) => w.technicians }),
        unassigned: t.field({ type: [WorkOrderRef], resolve: (w) => w.unassigned }),
      }),
    });
  builder.queryField('storeWorkload', (t) =>
    t.field({
      type: Workload,
      description: 'Clerks and admins: every technician of the store with the open orders they hold, and the unassigned pool.',
      authScopes: { staff: true },
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }) },
      resolve: (_r, args, ctx) => {
        if (!hasStoreRole(ctx.viewer, args.storeId.id, ['clerk', 'storeAdmin']))
          throw new NotAllowedError('Clerks and store admins see who holds what.');
        return workload(ctx.runtime.em(), args.storeId.id);
      },
    }),
  );
}
