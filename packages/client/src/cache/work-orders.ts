import { gql } from '@urql/core';
import type { Cache } from '@urql/exchange-graphcache';
import { globalId, localId } from '../ids.ts';
import type { AppliedEvent, Appliers, ApplyContext } from './apply.ts';
import { type ListRules, listsCouldHold, placeInLists } from './lists.ts';
import { viewerRoles } from './viewer.ts';

/**
 * An order as lists show it, in both apps (the console's board cards, the portal's order list):
 * what a list needs when an order changes in ways its event does not carry. A list fragment that
 * reads more of an order than this makes that list refetch on those events — add the field here.
 */
export const ORDER_CARD = gql`
  query LacewireOrderCard($id: ID!) {
    node(id: $id) {
      __typename
      ... on WorkOrder {
        id
        tagNumber
        awaitingIntake
        status
        statusLabel
        customerName
        createdAt
        promisedAt
        reworkCount
        totalMinor
        currency
        shoe {
          brand
          model
          colour
        }
        store {
          id
        }
        technician {
          accountId
          displayName
        }
        changeRequests {
          id
          status
        }
        stages {
          key
          label
          state
        }
        intakePhotos {
          id
          thumbnailUrl
        }
      }
    }
  }
`;

const CARD_FIELDS = new Set([
  '__typename',
  'id',
  'tagNumber',
  'awaitingIntake',
  'status',
  'statusLabel',
  'customerName',
  'createdAt',
  'promisedAt',
  'reworkCount',
  'totalMinor',
  'currency',
  'shoe',
  'store',
  'technician',
  'changeRequests',
  'stages',
  'intakePhotos',
]);

const STATUS = gql`
  fragment LacewireOrderStatus on WorkOrder {
    id
    status
    statusLabel
  }
`;
const PROMISE = gql`
  fragment LacewireOrderPromise on WorkOrder {
    id
    promisedAt
  }
`;

/** The card fields each event changes beyond what its payload carries (unknown events: all of them). */
const CARD_CHANGES: Record<string, string[]> = {
  'order.statusChanged': ['stages'],
  'order.promiseChanged': [],
  'order.conditionAcknowledged': [],
  'order.pickupReminder': [],
  'order.stepStarted': ['stages', 'technician'],
  'order.stepFinished': ['stages'],
  'order.changeRequested': ['changeRequests'],
  'order.changeAnswered': ['changeRequests', 'totalMinor'],
};

/** Fields of an order that other events change (acceptance.*: cache/work-orders applyAcceptanceEvent). */
const OTHER_EVENTS = new Set(['acceptances', 'review']);

const TERMINAL = new Set(['pickedUp', 'cancelled']);

interface OrderFacts {
  key: string;
  status: string | undefined;
  /** The holder's local account id; null: unassigned; undefined: not known. */
  technicianId: string | null | undefined;
  storeId: string;
}

/**
 * Whether an order belongs in each cached list of orders (undefined: cannot tell from the cache),
 * as the server's `workOrders`, `myOrders` and `unassignedOrders` decide; and where a new one goes.
 */
const LISTS: ListRules<OrderFacts> = {
  workOrders: {
    at: 'front',
    belongs(args, o, cache) {
      if (localId(String(args.storeId)) !== o.storeId) return false;
      if (o.status === undefined) return undefined;
      if (args.active && TERMINAL.has(o.status)) return false;
      if (args.statuses && !args.statuses.includes(o.status)) return false;
      if (args.unassigned) return o.technicianId === undefined ? undefined : o.technicianId === null;
      if (args.technicianId)
        return o.technicianId === undefined ? undefined : o.technicianId === localId(String(args.technicianId));
      // Technicians get only the orders they hold.
      const viewer = viewerRoles(cache, o.storeId);
      if (!viewer) return undefined;
      if (!viewer.technicianOnly) return true;
      return o.technicianId === undefined ? undefined : o.technicianId === viewer.accountId;
    },
  },
  myOrders: {
    at: 'front',
    belongs: (args, o) => (o.status === undefined ? undefined : !(args.active && TERMINAL.has(o.status))),
  },
  unassignedOrders: {
    at: 'end',
    belongs(args, o) {
      if (localId(String(args.storeId)) !== o.storeId) return false;
      if (o.status === undefined || o.technicianId === undefined) return undefined;
      return !TERMINAL.has(o.status) && o.technicianId === null;
    },
  },
};

function factsOf(cache: Cache, key: string, storeId: string): OrderFacts {
  const status = cache.resolve(key, 'status') as string | undefined;
  const holder = cache.resolve(key, 'technician') as string | null | undefined;
  const holderId = holder ? (cache.resolve(holder, 'accountId') as string | undefined) : holder;
  return { key, status, technicianId: holderId ? localId(holderId) : holderId === null ? null : undefined, storeId };
}

/** Puts the order into the cached lists it now belongs to, and asks again for its store's workload. */
function placeOrder(cache: Cache, facts: OrderFacts): void {
  placeInLists(cache, 'Query', facts.key, LISTS, facts);
  for (const field of cache.inspectFields('Query')) {
    // A count per technician: the store's summary is the entity that changed.
    if (field.fieldName === 'storeWorkload' && localId(String(field.arguments?.storeId)) === facts.storeId)
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

/** Whether any cached list could hold an order of this store (so a new order is worth fetching). */
function listsFor(cache: Cache, storeId: string): boolean {
  return listsCouldHold(
    cache,
    'Query',
    LISTS,
    (f) => f.fieldName === 'myOrders' || localId(String(f.arguments?.storeId)) === storeId,
  );
}

/**
 * Every `order.*` event: the payload's own facts written at once (status and its label, the
 * promised time), the order's other shown fields brought up to date with at most one small query,
 * and the order moved into or out of the lists it belongs to. A screen of the order alone (its
 * query names the order) refetches that order; lists never refetch because one order changed.
 */
export function applyOrderEvent(event: AppliedEvent, cache: Cache, context: ApplyContext): void {
  const p = event.payload ?? {};
  if (!p.orderId || !p.storeId) return;
  const entity = { __typename: 'WorkOrder', id: globalId('WorkOrder', String(p.orderId)) };
  const key = cache.keyOfEntity(entity) as string;
  const storeId = String(p.storeId);
  const cached = cache.inspectFields(key);

  if (event.refetched) {
    placeOrder(cache, factsOf(cache, key, storeId));
    return;
  }
  if (cached.length === 0) {
    // Not on any screen yet: fetch it only if a list on screen may want it (a new order).
    if (listsFor(cache, storeId)) context.fetchEntity(ORDER_CARD, { id: entity.id }, event);
    return;
  }

  const written = new Set<string>();
  if (event.type === 'order.statusChanged' && p.to) {
    cache.writeFragment(STATUS, { ...entity, status: p.to, statusLabel: p.label ?? p.to });
    written.add('status').add('statusLabel');
  } else if (event.type === 'order.promiseChanged') {
    cache.writeFragment(PROMISE, { ...entity, promisedAt: p.promisedAt ?? null });
    written.add('promisedAt');
  }

  // The order's own screen reads the rest (timeline, steps, moves…): it refetches the order.
  for (const field of cached) {
    if (!CARD_FIELDS.has(field.fieldName) && !OTHER_EVENTS.has(field.fieldName))
      cache.invalidate(key, field.fieldName, field.arguments ?? undefined);
  }
  const changes = CARD_CHANGES[event.type] ?? [...CARD_FIELDS].filter((f) => f !== 'id' && f !== '__typename');
  const stale = cached.filter((f) => changes.includes(f.fieldName) && !written.has(f.fieldName));
  // A list on screen shows a stale field: one small query for the card (the order's own screen
  // refetches anyway; a field nobody shows is only dropped).
  if (!context.shownAlone(entity.id) && stale.some((f) => context.shows(f.fieldName))) {
    // Lists place it once its card is fetched (the event runs again, `refetched`).
    context.fetchEntity(ORDER_CARD, { id: entity.id }, event);
    return;
  }
  for (const field of stale) cache.invalidate(key, field.fieldName, field.arguments ?? undefined);
  placeOrder(cache, factsOf(cache, key, storeId));
}

/** Acceptances hang off their order (and show in its history): the order's screen refetches them. */
export function applyAcceptanceEvent(event: AppliedEvent, cache: Cache): void {
  const orderId = event.payload?.orderId;
  if (!orderId) return;
  const order = { __typename: 'WorkOrder', id: globalId('WorkOrder', String(orderId)) };
  cache.invalidate(order, 'acceptances');
  cache.invalidate(order, 'timeline');
}

export const orderAppliers: Appliers = {
  'order.*': applyOrderEvent,
  'acceptance.*': applyAcceptanceEvent,
};
