import { definePlugin } from '@lacewire/core';
import { FeatureSwitch, FeatureSwitchChange, Store } from './entities.ts';
import { storeEvents } from './events.ts';
import { featureSchema } from './feature-schema.ts';
import { migrations } from './migrations.ts';
import { storesSchema } from './schema.ts';
import { seedStores } from './seed.ts';
import { isFeatureEnabled } from './services.ts';

export type { IStore, OpeningHours } from './entities.ts';
export { StoreRef } from './refs.ts';
export { DEMO_PASSWORD, DEMO_STORES } from './seed.ts';
export * from './services.ts';

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
  schema: (builder) => {
    storesSchema(builder);
    featureSchema(builder);
  },
  featureEnabled: isFeatureEnabled,
  seed: seedStores,
});
