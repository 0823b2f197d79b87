import type { Builder } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { liveSnapshots } from '../dashboard.ts';
import type { Granularity } from '../report.ts';
import { checkRange, storesInScope, storeWindows } from '../scope.ts';
import type { ReportRefs } from './report.ts';
import type { ReportShape } from './shapes.ts';

/** `metricsDashboard`: live snapshots of the viewer's stores' metrics. */
export function dashboardSubscription(builder: Builder, { ReportRef, GranularityEnum }: ReportRefs) {
  const DashboardRef = builder.objectRef<{ cursor: string; report: ReportShape }>('MetricsDashboardUpdate').implement({
    description: 'A fresh snapshot of the dashboard; `cursor` is the last event counted in it.',
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      report: t.field({ type: ReportRef, resolve: (u) => u.report }),
    }),
  });

  builder.subscriptionField('metricsDashboard', (t) =>
    t.field({
      type: DashboardRef,
      description:
        'Live metrics since `from`: a snapshot at once, then one each time new events were counted. Store admins (their stores) and the owner.',
      authScopes: { staff: true },
      args: {
        storeIds: t.arg.globalIDList({ for: StoreRef, required: false }),
        from: t.arg({ type: 'DateTime', required: true }),
        granularity: t.arg({ type: GranularityEnum, required: false, defaultValue: 'hour' }),
      },
      subscribe: async (_r, args, ctx) => {
        const granularity = (args.granularity ?? 'hour') as Granularity;
        const stores = await storesInScope(ctx.em, ctx.viewer, args.storeIds?.map((g) => g.id) ?? null);
        checkRange(args.from, new Date(Date.now() + 3_600_000), granularity);
        return liveSnapshots(ctx.runtime, new Set(stores.map((s) => s.id)), async (cursor) => {
          const { from, to } = checkRange(args.from, new Date(Date.now() + 3_600_000), granularity);
          return { cursor, report: { from, to, granularity, stores, windows: storeWindows(stores, from, to) } };
        });
      },
      resolve: (u: { cursor: string; report: ReportShape }) => u,
    }),
  );
}
