import { type Builder, InvalidInputError } from '@lacewire/core';
import { StoreRef } from '../refs.ts';
import { enabledFeatures, listStores, switchFeature } from '../services.ts';

/**
 * Gray rollout: what a store has switched on, for everyone (the apps hide or disable a feature's
 * entry point before anyone starts a flow the server would refuse with FeatureDisabled), and the
 * owner switching a capability for a cohort of stores.
 */
export function featureSchema(builder: Builder) {
  builder.objectField(StoreRef, 'enabledFeatures', (t) =>
    t.stringList({
      description:
        'The features switched on in this store (public). A feature not listed is off: its operations answer FeatureDisabled.',
      resolve: (store, _a, ctx) => enabledFeatures(ctx.em, store.id, ctx.runtime.features),
    }),
  );

  builder.mutationField('switchFeature', (t) =>
    t.field({
      type: [StoreRef],
      description: 'Gray rollout: switch a capability on or off for a cohort of stores at once (owner).',
      errors: { directResult: false },
      authScopes: { owner: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SwitchFeatureInput', {
            fields: (f) => ({
              storeIds: f.globalIDList({ required: true, for: StoreRef }),
              feature: f.string({ required: true }),
              enabled: f.boolean({ required: true }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        if (!ctx.runtime.features.has(input.feature)) {
          throw new InvalidInputError(`Unknown feature "${input.feature}".`, 'feature');
        }
        const ids = input.storeIds.map((g) => g.id);
        return ctx.tx(async (tx) => {
          await switchFeature(tx, ids, input.feature, input.enabled, ctx.viewer?.accountId as string);
          return listStores(tx.em, ids);
        });
      },
    }),
  );
}
