import { InvalidInputError, type Tx, type Viewer } from '@lacewire/core';
import { accountsByIds, membersOf } from '@lacewire/plugin-identity';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IWorkOrder } from './entities.ts';
import { AlreadyClaimedError } from './errors.ts';
import { careText } from './messages.ts';
import { CANCELLED, PICKED_UP } from './pipeline.ts';
import { ids, listOrders, orderAudience, record } from './services.ts';

/**
 * A technician of the order's store (the caller checks) takes it from the pool. The caller locked the order row, so of two
 * technicians claiming at once the second sees the first's claim and gets AlreadyClaimed.
 */
export async function claimOrder(tx: Tx, viewer: Viewer, order: IWorkOrder) {
  if (order.technicianId === viewer.accountId) return order;
  if (order.technicianId) throw new AlreadyClaimedError(order.technicianId);
  if ([PICKED_UP, CANCELLED].includes(order.status))
    throw new InvalidInputError('This order is closed; only open orders are claimed.', 'orderId');
  // Before the claim: every technician of the store hears that the order left the pool.
  const poolAudience = orderAudience(order);
  order.technicianId = viewer.accountId;
  const [tech] = await accountsByIds(tx.em, [viewer.accountId]);
  record(tx, order, {
    kind: 'claimed',
    message: careText('claimed', { technician: tech?.displayName ?? '' }),
    actorId: viewer.accountId,
  });
  tx.emit(
    'order.updated',
    { ...ids(order), what: 'technician' },
    { ...poolAudience, accounts: [order.customerId, viewer.accountId] },
  );
  return order;
}

/** Who holds what: each technician of the store with the active orders they hold, and the pool. */
export async function workload(em: EntityManager, storeId: string) {
  const members = await membersOf(em, storeId);
  const orders = await listOrders(em, { storeId, active: true, oldestFirst: true });
  const technicians = members.filter((m) => m.role === 'technician').map((m) => m.accountId);
  const accounts = await accountsByIds(em, technicians);
  return {
    technicians: technicians.map((accountId, i) => ({
      technician: { accountId, displayName: accounts[i]?.displayName ?? '' },
      orders: orders.filter((o) => o.technicianId === accountId),
    })),
    unassigned: orders.filter((o) => !o.technicianId),
  };
}
