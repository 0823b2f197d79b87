import type { Builder, LoggedEvent } from '@lacewire/core';
import { CustomerRef, ShoeRef } from '../refs.ts';
import { shoesByIds, visibleCustomers } from '../services.ts';

const CUSTOMER_EVENT_TYPES = [
  'customer.created',
  'customer.updated',
  'customer.linkedToStore',
  'customer.tierChanged',
  'customer.noteAdded',
  'shoe.added',
  'shoe.updated',
];

/** Live changes to customers the viewer may see (own record for a customer; their stores' customers for staff). */
export function customerSubscription(builder: Builder) {
  const CustomerEvent = builder
    .objectRef<{ cursor: string; type: string; at: Date; customerId: string; shoeId: string | null }>('CustomerEvent')
    .implement({
      description: 'A change to a customer. Keep `cursor` and pass it as `after` when you resubscribe.',
      fields: (t) => ({
        cursor: t.exposeString('cursor'),
        type: t.exposeString('type', {
          description:
            'customer.created | customer.updated | customer.linkedToStore | customer.tierChanged | customer.noteAdded | shoe.added | shoe.updated',
        }),
        at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
        customer: t.field({
          type: CustomerRef,
          nullable: true,
          resolve: async (e, _a, ctx) => (await visibleCustomers(ctx.em, ctx.viewer, [e.customerId]))[0],
        }),
        shoe: t.field({
          type: ShoeRef,
          nullable: true,
          resolve: async (e, _a, ctx) => (e.shoeId ? ((await shoesByIds(ctx.em, [e.shoeId]))[0] ?? null) : null),
        }),
      }),
    });
  builder.subscriptionField('customerEvents', (t) =>
    t.field({
      type: CustomerEvent,
      authScopes: { signedIn: true },
      args: {
        after: t.arg.string({ required: false, description: 'Replay events after this cursor first.' }),
        customerId: t.arg.globalID({ required: false, for: CustomerRef, description: 'Only this customer.' }),
      },
      subscribe: (_r, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: CUSTOMER_EVENT_TYPES,
          filter: (e) => !args.customerId || e.payload.customerId === args.customerId.id,
        }),
      resolve: (e: LoggedEvent) => ({
        cursor: e.id,
        type: e.type,
        at: e.at,
        customerId: e.payload.customerId,
        shoeId: e.payload.shoeId ?? null,
      }),
    }),
  );
}
