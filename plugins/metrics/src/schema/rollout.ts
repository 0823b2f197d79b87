import { type Builder, type Context, InvalidInputError, NotAllowedError } from '@lacewire/core';
import { featureHistory, type IStore, isFeatureEnabled, listStores, StoreRef, switchFeature } from '@lacewire/plugin-stores';
import type { Granularity } from '../report.ts';
import { checkRange, cohortWindows } from '../scope.ts';
import { rangeArgs } from './range.ts';
import type { ReportRefs } from './report.ts';
import type { CohortShape, RolloutFeatureShape } from './shapes.ts';

/** Each store's state of a feature: on or off now, how often it was switched, when last. */
const stateOf = async (ctx: Context, f: RolloutFeatureShape) =>
  Promise.all(
    f.stores.map(async (store) => {
      const history = await featureHistory(ctx.em, store.id, f.name);
      return {
        store,
        feature: f.name,
        enabled: await isFeatureEnabled(ctx.em, store.id, f.name, f.defaultEnabled),
        switches: history.length,
        lastSwitchedAt: history[0]?.changedAt ?? null,
      };
    }),
  );

/** The stores with a feature on (or off) now, and the report of the store-hours spent so. */
const cohort = async (ctx: Context, f: RolloutFeatureShape, enabled: boolean): Promise<CohortShape> => {
  const states = await stateOf(ctx, f);
  return {
    feature: f.name,
    enabled,
    current: states.filter((s) => s.enabled === enabled).map((s) => s.store),
    report: {
      from: f.from,
      to: f.to,
      granularity: f.granularity,
      stores: f.stores,
      windows: await cohortWindows(ctx.em, ctx.runtime, f.stores, f.name, enabled, f.from, f.to),
    },
  };
};

/** The switchable capabilities (or the one named), each across every store over the period. */
const rolloutFeatures = async (
  ctx: Context,
  only: string | null,
  args: { from: Date; to: Date; granularity?: string | null },
) => {
  const granularity = (args.granularity ?? 'day') as Granularity;
  const { from, to } = checkRange(args.from, args.to, granularity);
  if (only && !ctx.runtime.features.has(only)) throw new InvalidInputError(`Unknown feature "${only}".`, 'feature');
  const stores = await listStores(ctx.em, null);
  return [...ctx.runtime.features]
    .filter(([name]) => !only || name === only)
    .map(([name, def]) => ({
      name,
      description: def.description,
      plugin: def.plugin,
      defaultEnabled: def.defaultEnabled,
      stores,
      from,
      to,
      granularity,
    }));
};

/** `RolloutFeature`: one capability across the stores, with its two cohorts. */
function rolloutTypes(builder: Builder, ReportRef: ReportRefs['ReportRef']) {
  const CohortRef = builder.objectRef<CohortShape>('RolloutCohort').implement({
    description:
      'Stores with a feature on (or off). Metrics count each store-hour in the cohort the store was in when the hour began.',
    fields: (t) => ({
      enabled: t.exposeBoolean('enabled'),
      stores: t.field({ type: [StoreRef], description: 'Stores in this cohort now.', resolve: (c) => c.current }),
      metrics: t.field({ type: ReportRef, resolve: (c) => c.report }),
    }),
  });

  const StoreStateRef = builder
    .objectRef<{ store: IStore; feature: string; enabled: boolean; switches: number; lastSwitchedAt: Date | null }>(
      'RolloutStoreState',
    )
    .implement({
      description: 'A feature in one store. Its full history: `store { featureHistory(feature: …) }`.',
      fields: (t) => ({
        store: t.field({ type: StoreRef, resolve: (s) => s.store }),
        enabled: t.exposeBoolean('enabled'),
        switches: t.exposeInt('switches', { description: 'How many times it was switched here.' }),
        lastSwitchedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.lastSwitchedAt }),
      }),
    });

  const RolloutFeatureRef = builder.objectRef<RolloutFeatureShape>('RolloutFeature').implement({
    description: 'One switchable capability across every store, and the pilot (on) vs the rest (off) side by side.',
    fields: (t) => ({
      name: t.exposeString('name'),
      description: t.exposeString('description'),
      plugin: t.exposeString('plugin'),
      defaultEnabled: t.exposeBoolean('defaultEnabled'),
      stores: t.field({ type: [StoreStateRef], resolve: (f, _a, ctx) => stateOf(ctx, f) }),
      on: t.field({ type: CohortRef, resolve: (f, _a, ctx) => cohort(ctx, f, true) }),
      off: t.field({ type: CohortRef, resolve: (f, _a, ctx) => cohort(ctx, f, false) }),
    }),
  });

  return RolloutFeatureRef;
}

/** Feature rollout for the owner: each capability per store, the pilot (on) against the rest (off), and switching a cohort. */
export function rolloutSchema(builder: Builder, { ReportRef, GranularityEnum }: ReportRefs) {
  const RolloutFeatureRef = rolloutTypes(builder, ReportRef);
  builder.queryField('rollout', (t) =>
    t.field({
      type: [RolloutFeatureRef],
      description: "Owner: every capability's state per store, and the metrics of the stores with it on vs off over the period.",
      authScopes: { owner: true },
      args: { feature: t.arg.string({ required: false }), ...rangeArgs(t, GranularityEnum) },
      resolve: (_r, args, ctx) => rolloutFeatures(ctx, args.feature ?? null, args as any),
    }),
  );

  builder.mutationField('switchCohort', (t) =>
    t.field({
      type: RolloutFeatureRef,
      description:
        'Owner: switch a feature for every store currently in one cohort (e.g. the rest after the pilot). For a chosen list of stores use `switchFeature`.',
      errors: {},
      authScopes: { owner: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SwitchCohortInput', {
            fields: (f) => ({
              feature: f.string({ required: true }),
              cohortEnabled: f.boolean({
                required: true,
                description: 'The cohort to switch: stores where it is on (true) or off (false) now.',
              }),
              enabled: f.boolean({ required: true }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const definition = ctx.runtime.features.get(input.feature);
        if (!definition) throw new InvalidInputError(`Unknown feature "${input.feature}".`, 'feature');
        if (!ctx.viewer?.isOwner) throw new NotAllowedError();
        const accountId = ctx.viewer.accountId;
        await ctx.tx(async (tx) => {
          const stores = await listStores(tx.em, null);
          const ids: string[] = [];
          for (const s of stores) {
            if ((await isFeatureEnabled(tx.em, s.id, input.feature, definition.defaultEnabled)) === input.cohortEnabled)
              ids.push(s.id);
          }
          if (ids.length > 0) await switchFeature(tx, ids, input.feature, input.enabled, accountId);
        });
        const now = new Date();
        const [feature] = await rolloutFeatures(ctx, input.feature, { from: new Date(now.getTime() - 7 * 86_400_000), to: now });
        return feature;
      },
    }),
  );
}
