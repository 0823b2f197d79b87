import type { Builder } from '@lacewire/core';
import { StoreRef } from './refs.ts';
import { enabledFeatures } from './services.ts';

/**
 * What a store has switched on, for everyone: the apps hide or disable a feature's entry point
 * before anyone starts a flow the server would refuse with FeatureDisabled.
 */
export function featureSchema(builder: Builder) {
  builder.objectField(StoreRef, 'enabledFeatures', (t) =>
    t.stringList({
      description:
        'The features switched on in this store (public). A feature not listed is off: its operations answer FeatureDisabled.',
      resolve: (store, _a, ctx) => enabledFeatures(ctx.em, store.id, ctx.runtime.features),
    }),
  );
}
