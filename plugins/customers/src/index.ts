import { definePlugin } from '@lacewire/core';
import { Customer, CustomerNote, CustomerStore, Shoe, Tier } from './entities.ts';
import { customerEvents } from './events.ts';
import { migrations } from './migrations.ts';
import { customersSchema } from './schema/index.ts';
import { seedCustomers } from './seed.ts';
import { ensureCustomer } from './services.ts';

export type { ICustomer, IShoe, ITier } from './entities.ts';
export { CustomerNoteRef, CustomerRef, ShoeRef, TierRef } from './refs.ts';
export { DEMO_CUSTOMERS } from './seed.ts';
export {
  addShoe,
  type CustomerMatch,
  type CustomerSearch,
  canSeeCustomer,
  customerStoreIds,
  ensureCustomer,
  findCustomerByPhone,
  getCustomer,
  getShoe,
  isStaffOfCustomer,
  linkCustomerToStore,
  rankedCustomers,
  recordSpend,
  recordVisit,
  requireStaffOfCustomer,
  type ShoeInput,
  shoesByIds,
  visibleCustomers,
} from './services.ts';

/**
 * Customers: the record behind every customer account (same id), the stores they use, membership
 * tiers with promotion rules, their shoes, preferences, tags and staff notes.
 *
 *   query { viewer { customer { name tier { name } shoes { brand model material } } } }
 *   query { customers(storeId: "U3RvcmU6…", search: "138", first: 20) { edges { node { name phone tags } } pageInfo { hasNextPage endCursor } } }
 *
 * Services for other plugins: `linkCustomerToStore(tx, customerId, storeId)`, `recordSpend(tx,
 * customerId, amountMinor)`, `recordVisit(tx, customerId)`, `canSeeCustomer(em, viewer, id)`.
 */
export const customersPlugin = definePlugin({
  name: 'customers',
  requires: ['identity', 'stores'],
  entities: [Customer, CustomerStore, Tier, Shoe, CustomerNote],
  migrations,
  events: customerEvents,
  schema: customersSchema,
  on: {
    'identity.accountCreated': async (event, ctx) => {
      if (event.payload.kind === 'customer') await ensureCustomer(ctx, event.payload.accountId);
    },
  },
  seed: seedCustomers,
});
