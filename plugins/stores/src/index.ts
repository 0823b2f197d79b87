import { definePlugin } from '@lacewire/core';
import { FeatureSwitch, FeatureSwitchChange, Store } from './entities.ts';
import { storeEvents } from './events.ts';
import { migrations } from './migrations.ts';
import { storesSchema } from './schema/index.ts';
import { seedStores } from './seed.ts';
import { isFeatureEnabled } from './services.ts';

export type { IStore, OpeningHours } from './entities.ts';
export { StoreRef } from './refs.ts';
export { DEMO_PASSWORD, DEMO_STORES } from './seed.ts';
export {
  createStore,
  featureHistory,
  getStore,
  isFeatureEnabled,
  listStores,
  type StoreChanges,
  type StoreInput,
  storeLoader,
  switchFeature,
  updateStore,
} from './services.ts';

/**
 * Stores, their staff (roles granted through identity) and per-store feature switches for gray
 * rollout. Provides the platform's `featureEnabled` hook.
 *
 *   mutation { switchFeature(input: { storeIds: ["…"], feature: "calls", enabled: true }) { ... } }
 */
export const storesPlugin = definePlugin({
  name: 'stores',
  requires: ['identity'],
  entities: [Store, FeatureSwitch, FeatureSwitchChange],
  migrations,
  events: storeEvents,
  schema: storesSchema,
  featureEnabled: isFeatureEnabled,
  seed: seedStores,
});
