import { type Builder, hasStoreRole, NotAllowedError } from '@lacewire/core';
import { CustomerRef, type ICustomer, rankedCustomers } from '@lacewire/plugin-customers';
import { StoreRef } from '@lacewire/plugin-stores';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type IWorkOrder, WorkOrder } from '../entities.ts';
import { WorkOrderRef } from '../refs.ts';
import { canSeeOrder } from '../services.ts';

interface Hit {
  score: number;
  match: string;
  customer: ICustomer | null;
  order: IWorkOrder | null;
}

const ORDER_TAG = /^LW:ORDER:([0-9a-f-]{36})$/i;

/** The order a tag names: its scanned QR text, or its number (leading zeros optional). */
async function orderByTag(em: EntityManager, storeId: string, query: string): Promise<Hit | null> {
  const qr = query.match(ORDER_TAG);
  if (qr) {
    const order = await em.findOne(WorkOrder, { id: qr[1].toLowerCase(), storeId });
    return order ? { score: 200, match: 'orderTag', customer: null, order } : null;
  }
  if (!/^\d{1,6}$/.test(query)) return null;
  const order = await em.findOne(WorkOrder, { storeId, tagNumber: query.padStart(4, '0') });
  return order ? { score: 150, match: 'tagNumber', customer: null, order } : null;
}

/**
 * The counter's one search box: a work order by its tag number or scanned tag, and the store's
 * customers by phone (full, last 4 digits, start), name (a surname, any part) or tag — ranked.
 * "5678" finds both the order tagged 5678 and the customers whose phone ends in 5678.
 */
export function frontDeskSchema(builder: Builder) {
  const Hit = builder.objectRef<Hit>('FrontDeskHit').implement({
    description: 'One match of the front-desk search: a work order (by its tag) or a customer.',
    fields: (t) => ({
      score: t.exposeInt('score', { description: 'Higher first: tag 200/150, phone 100/80/70, name 60/50/30, customer tag 40.' }),
      match: t.exposeString('match', {
        description: 'orderTag, tagNumber, phone, phoneSuffix, phonePrefix, name, namePrefix, nameContains or tag.',
      }),
      customer: t.field({ type: CustomerRef, nullable: true, resolve: (h) => h.customer }),
      order: t.field({ type: WorkOrderRef, nullable: true, resolve: (h) => h.order }),
    }),
  });
  builder.queryField('frontDeskSearch', (t) =>
    t.field({
      type: [Hit],
      description:
        "Clerks and admins: a store's orders by tag number or scanned tag, and its customers by phone, name or tag; best first.",
      authScopes: { staff: true },
      args: {
        storeId: t.arg.globalID({ for: StoreRef, required: true }),
        query: t.arg.string({ required: true, validate: z.string().trim().min(1).max(100) }),
        first: t.arg.int({ required: false, validate: z.number().int().min(1).max(50) }),
      },
      resolve: async (_r, args, ctx) => {
        const storeId = args.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['clerk', 'storeAdmin'])) throw new NotAllowedError();
        const em = ctx.runtime.em();
        const query = args.query.trim();
        const limit = args.first ?? 20;
        const tagged = await orderByTag(em, storeId, query);
        const ranked = await rankedCustomers(em, { storeIds: [storeId], query }, limit, 0);
        const hits: Hit[] = ranked.map((r) => ({ score: r.score, match: r.match, customer: r.customer, order: null }));
        if (tagged?.order && canSeeOrder(ctx.viewer, tagged.order)) hits.unshift(tagged);
        return hits.slice(0, limit);
      },
    }),
  );
}
