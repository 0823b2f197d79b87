import { type Builder, globalId, hasStoreRole, isStaff, NotAllowedError, staffStoreIds } from '@lacewire/core';
import { ViewerRef } from '@lacewire/plugin-identity';
import { listStores, StoreRef } from '@lacewire/plugin-stores';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { Customer, type ITier } from '../entities.ts';
import { CustomerNoteRef, CustomerRef, ShoeRef, TierRef } from '../refs.ts';
import { customerNotes, customerStoreIds, ensureCustomer, searchCustomers, shoesOf, visibleCustomers } from '../services.ts';
import { tierOf } from './tier.ts';

/** The Customer node, the signed-in customer's own record (`Viewer.customer`) and staff's search. */
export function customerSchema(builder: Builder) {
  builder.node(CustomerRef, {
    description: 'A customer: visible to the customer, to staff of the stores they use, and to owners.',
    id: { resolve: (c) => c.id },
    loadMany: (ids, ctx) => visibleCustomers(ctx.em, ctx.viewer, ids),
    fields: (t) => ({
      name: t.exposeString('name'),
      phone: t.exposeString('phone', { nullable: true }),
      tags: t.exposeStringList('tags', { description: 'Labels staff put on the customer (e.g. 球鞋收藏, 投诉过).' }),
      preferences: t.exposeStringList('preferences', { description: 'Care preferences, e.g. "麂皮不用强溶剂".' }),
      preferredTechnicianId: t.field({
        type: 'ID',
        nullable: true,
        description: 'Their Account.',
        resolve: (c) => (c.preferredTechnicianId ? globalId('Account', c.preferredTechnicianId) : null),
      }),
      tier: t.field({ type: TierRef, resolve: async (c, _a, ctx) => (await tierOf(ctx, c.tierCode)) as ITier }),
      tierManual: t.exposeBoolean('tierManual', { description: 'Set by a store admin rather than by the promotion rule.' }),
      lifetimeSpendMinor: t.field({ type: 'Int', description: 'CNY minor units.', resolve: (c) => c.lifetimeSpendMinor }),
      visits: t.exposeInt('visits'),
      shoes: t.field({
        type: [ShoeRef],
        args: { includeArchived: t.arg.boolean({ required: false }) },
        resolve: (c, args, ctx) => shoesOf(ctx.em, c.id, !!args.includeArchived),
      }),
      stores: t.field({
        type: [StoreRef],
        description: 'Stores where this customer booked, visited or chatted.',
        resolve: async (c, _a, ctx) => listStores(ctx.em, await customerStoreIds(ctx.em, c.id)),
      }),
      notes: t.field({
        type: [CustomerNoteRef],
        description: "Staff-only notes (from the viewer's stores); empty for the customer.",
        resolve: async (c, _a, ctx) => (isStaff(ctx.viewer) ? customerNotes(ctx.em, c.id, staffStoreIds(ctx.viewer)) : []),
      }),
      createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
    }),
  });

  builder.objectField(ViewerRef, 'customer', (t) =>
    t.field({
      type: CustomerRef,
      nullable: true,
      description: "The signed-in customer's own record; null for staff.",
      resolve: async (viewer, _a, ctx) => {
        if (!viewer.customerId) return null;
        const id = viewer.customerId;
        return (await ctx.em.findOne(Customer, { id })) ?? ctx.tx((tx) => ensureCustomer(tx, id));
      },
    }),
  );

  builder.queryField('customers', (t) =>
    t.connection({
      type: CustomerRef,
      description:
        "Staff search of their stores' customers, best match first: full phone, last digits (suffix) or start of a phone; a name exactly, by its start (one character: a surname) or any part (two characters or more); a tag.",
      authScopes: { staff: true },
      args: {
        storeId: t.arg.globalID({ required: false, for: StoreRef, description: 'One store; default every store of the viewer.' }),
        search: t.arg.string({ required: false, validate: z.string().max(100) }),
        tag: t.arg.string({ required: false }),
      },
      resolve: (_r, args, ctx) => {
        let storeIds = staffStoreIds(ctx.viewer);
        if (args.storeId) {
          if (!hasStoreRole(ctx.viewer, args.storeId.id)) throw new NotAllowedError();
          storeIds = [args.storeId.id];
        }
        return resolveOffsetConnection({ args, defaultSize: 20, maxSize: 100 }, ({ limit, offset }) =>
          searchCustomers(ctx.em, { storeIds, query: args.search, tag: args.tag }, limit, offset),
        );
      },
    }),
  );
}
