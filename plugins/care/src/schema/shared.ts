import { type Context, type PluginEnvironment, selectedProps, type Tx, type Viewer } from '@lacewire/core';
import { shareAttachments, visibleAttachments } from '@lacewire/plugin-files';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { ORDER_ALWAYS_READS, ORDER_FIELD_READS } from '../order-reads.ts';
import { withPeople } from '../people.ts';
import { listOrders, type OrderFilter } from '../services.ts';

/** Reads in their own fork: a subscription's context lives long and must not serve stale rows. */
export const fresh = (ctx: { runtime: { em(): EntityManager } }) => ctx.runtime.em();

/** The attachments of `ids` the viewer may see. */
export const photos = (ctx: { viewer: Viewer | null; runtime: { em(): EntityManager } }, ids: string[]) =>
  visibleAttachments(ctx, ids);

/** The local ids of a decoded global id list. */
export const localIds = (list: { id: string }[] | null | undefined) => (list ?? []).map((g) => g.id);

/** A list of orders: only the columns the operation's fields need, and its people in one lookup. */
export const listedOrders = async (ctx: Context, info: GraphQLResolveInfo, filter: OrderFilter) =>
  withPeople(ctx, info, await listOrders(fresh(ctx), filter, selectedProps(info, ORDER_FIELD_READS, ORDER_ALWAYS_READS)));

/** Photos staff attach to an order are shared with its customer; `field` names the input they came in. */
export async function shareWithCustomer(
  tx: Tx,
  viewer: Viewer,
  order: { storeId: string; customerId: string },
  photoIds: string[],
  field: string,
) {
  await shareAttachments(tx, viewer, photoIds, {
    storeId: order.storeId,
    accountIds: [order.customerId],
    kinds: ['image', 'video'],
    field,
  });
}

/** The node a customer id names: the Customer with the customers plugin, else the customer's Account. */
export const customerType = (env: PluginEnvironment) => (env.has('customers') ? 'Customer' : 'Account');
