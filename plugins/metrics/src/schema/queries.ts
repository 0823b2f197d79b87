import type { Builder } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import type { Granularity } from '../report.ts';
import { checkRange, storesInScope, storeWindows } from '../scope.ts';
import { rangeArgs } from './range.ts';
import type { ReportRefs } from './report.ts';

/** `metrics` (the viewer's stores together) and `Store.metrics` (one store). */
export function metricsQueries(builder: Builder, { ReportRef, GranularityEnum }: ReportRefs) {
  builder.queryField('metrics', (t) =>
    t.field({
      type: ReportRef,
      description:
        'Rollout metrics for the given stores together (default: every store the viewer administers; the owner: all). Store admins and the owner.',
      authScopes: { staff: true },
      args: { storeIds: t.arg.globalIDList({ for: StoreRef, required: false }), ...rangeArgs(t, GranularityEnum) },
      resolve: async (_r, args, ctx) => {
        const granularity = (args.granularity ?? 'day') as Granularity;
        const { from, to } = checkRange(args.from as Date, args.to as Date, granularity);
        const stores = await storesInScope(ctx.em, ctx.viewer, args.storeIds?.map((g) => g.id) ?? null);
        return { from, to, granularity, stores, windows: storeWindows(stores, from, to) };
      },
    }),
  );

  builder.objectField(StoreRef, 'metrics', (t) =>
    t.field({
      type: ReportRef,
      description: "This store's rollout metrics (store admins and the owner).",
      authScopes: (s) => ({ storeRole: { storeId: s.id, roles: ['storeAdmin'] } }),
      args: rangeArgs(t, GranularityEnum),
      resolve: (s, args) => {
        const granularity = (args.granularity ?? 'day') as Granularity;
        const { from, to } = checkRange(args.from as Date, args.to as Date, granularity);
        return { from, to, granularity, stores: [s], windows: storeWindows([s], from, to) };
      },
    }),
  );
}
