import { type Context, selectedFields } from '@lacewire/core';
import { accountLoader } from '@lacewire/plugin-identity';
import type { GraphQLResolveInfo } from 'graphql';
import type { IWorkOrder } from './entities.ts';

/** A person on an order (technician, author of a step). */
export interface Person {
  accountId: string;
  displayName: string;
}

/** Display names a list looked up for its orders, by account id. */
const NAMES = Symbol('names');
type Listed = { [NAMES]?: Map<string, string | null> };

/**
 * The people on an order, looked up per operation and across concurrent ones; answered at once
 * when the order came from a list that looked up its people together (withPeople).
 */
export function person(ctx: Context, accountId: string | null | undefined, on?: object): Person | null | Promise<Person | null> {
  if (!accountId) return null;
  const names = (on as Listed | undefined)?.[NAMES];
  if (names?.has(accountId)) {
    const displayName = names.get(accountId);
    return displayName == null ? null : { accountId, displayName };
  }
  return accountLoader(ctx)
    .load(accountId)
    .then((a) => (a ? { accountId, displayName: a.displayName } : null));
}

/**
 * A list's technicians and customers in one lookup, when the operation shows them: a board of
 * 100 orders then resolves their names without 200 pending loads.
 */
export async function withPeople<O extends IWorkOrder>(ctx: Context, info: GraphQLResolveInfo, orders: O[]): Promise<O[]> {
  const fields = selectedFields(info);
  if (orders.length === 0 || !(fields.has('technician') || fields.has('customerName'))) return orders;
  const distinct = new Set<string>();
  for (const order of orders) {
    if (order.technicianId) distinct.add(order.technicianId);
    if (order.customerId) distinct.add(order.customerId);
  }
  const ids = [...distinct];
  const accounts = await accountLoader(ctx).loadMany(ids);
  const names = new Map<string, string | null>();
  for (const [i, id] of ids.entries()) {
    const account = accounts[i];
    names.set(id, account instanceof Error ? null : (account?.displayName ?? null));
  }
  for (const order of orders) (order as Listed)[NAMES] = names;
  return orders;
}
