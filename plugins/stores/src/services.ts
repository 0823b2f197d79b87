import { InvalidInputError, NotFoundError, sharedLoader, type Tx } from '@lacewire/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FeatureSwitch, FeatureSwitchChange, type IStore, type OpeningHours, Store } from './entities.ts';

export interface StoreInput {
  name: string;
  address: string;
  phone: string;
  timeZone: string;
  openingHours: OpeningHours[];
}

export function validTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** What an update may change: any detail; absent or null leaves it as it is. */
export type StoreChanges = { [K in keyof StoreInput]?: StoreInput[K] | null };

function checkStoreInput(input: StoreChanges) {
  if (input.timeZone != null && !validTimeZone(input.timeZone)) {
    throw new InvalidInputError(`"${input.timeZone}" is not an IANA time zone such as Asia/Shanghai.`, 'timeZone');
  }
  for (const hours of input.openingHours ?? []) {
    if (hours.opens >= hours.closes) throw new InvalidInputError('A store must open before it closes.', 'openingHours');
  }
}

export async function createStore(tx: Tx, input: StoreInput, id?: string) {
  checkStoreInput(input);
  const store = tx.em.create(Store, id ? { ...input, id } : input);
  tx.emit('store.created', { storeId: store.id, name: store.name }, { stores: [store.id] });
  return store;
}

export async function updateStore(tx: Tx, storeId: string, input: StoreChanges) {
  checkStoreInput(input);
  const store = await getStore(tx.em, storeId);
  tx.em.assign(store, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)));
  tx.emit('store.updated', { storeId }, { stores: [storeId] });
  return store;
}

export async function getStore(em: EntityManager, storeId: string) {
  const store = await em.findOne(Store, { id: storeId });
  if (!store) throw new NotFoundError('Store');
  return store;
}

export async function listStores(em: EntityManager, ids: string[] | null) {
  return em.find(Store, ids ? { id: { $in: ids } } : {}, { orderBy: { createdAt: 'asc' } });
}

export async function isFeatureEnabled(em: EntityManager, storeId: string, feature: string, defaultEnabled: boolean) {
  const row = await em.findOne(FeatureSwitch, { storeId, feature });
  return row ? row.enabled : defaultEnabled;
}

/** The features on in a store: its own switches, else each feature's default (one read). */
export async function enabledFeatures(
  em: EntityManager,
  storeId: string,
  features: ReadonlyMap<string, { defaultEnabled: boolean }>,
): Promise<string[]> {
  const switches = await em.find(FeatureSwitch, { storeId });
  return [...features]
    .filter(([name, def]) => switches.find((s) => s.feature === name)?.enabled ?? def.defaultEnabled)
    .map(([name]) => name);
}

/** Switches a feature for a cohort of stores at once; each store's change is recorded. */
export async function switchFeature(tx: Tx, storeIds: string[], feature: string, enabled: boolean, changedBy: string) {
  const stores = await tx.em.find(Store, { id: { $in: storeIds } });
  if (stores.length !== new Set(storeIds).size) throw new NotFoundError('One of the stores');
  const changedAt = tx.now();
  for (const store of stores) {
    const existing = await tx.em.findOne(FeatureSwitch, { storeId: store.id, feature });
    if (existing) tx.em.assign(existing, { enabled, changedBy, changedAt });
    else tx.em.create(FeatureSwitch, { storeId: store.id, feature, enabled, changedBy, changedAt });
    tx.em.create(FeatureSwitchChange, { storeId: store.id, feature, enabled, changedBy, changedAt });
    tx.emit(
      'store.featureSwitched',
      { storeId: store.id, feature, enabled, changedBy },
      // Every staff member of the store: their console shows or hides the feature at once.
      { stores: [store.id] },
    );
  }
}

export async function featureHistory(em: EntityManager, storeId: string, feature?: string | null) {
  return em.find(FeatureSwitchChange, { storeId, ...(feature ? { feature } : {}) }, { orderBy: { changedAt: 'desc' } });
}

/** Stores by id, batched per operation and across concurrent ones (a board or list showing each item's store). */
export const storeLoader = sharedLoader<string, IStore>('stores.stores', async (em, ids) => {
  const stores = await listStores(em, [...ids]);
  return ids.map((id) => stores.find((s) => s.id === id) ?? null);
});
