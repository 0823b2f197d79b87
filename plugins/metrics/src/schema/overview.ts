import type { Builder } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import { overviewStores, type StoreOverview, storeOverviews } from '../overview.ts';
import { storeWindows } from '../scope.ts';
import type { ReportRefs } from './report.ts';
import type { ReportShape } from './shapes.ts';

const reportOf = (o: StoreOverview, range: { from: Date; to: Date }, granularity: 'hour' | 'day'): ReportShape => ({
  ...range,
  granularity,
  stores: [o.store],
  windows: storeWindows([o.store], range.from, range.to),
});

/** `storesOverview`: headquarters' view of every store at once (the owner, or an admin of several stores). */
export function overviewSchema(builder: Builder, { ReportRef }: ReportRefs) {
  const count = (description: string, pick: (o: StoreOverview) => number | null | undefined) => (t: any) =>
    t.int({
      nullable: true,
      description: `${description} Null when the plugin that knows is not installed.`,
      resolve: (o: StoreOverview) => pick(o) ?? null,
    });
  const StoreOverviewRef = builder.objectRef<StoreOverview>('StoreOverview').implement({
    description: 'One store as headquarters sees it at a moment; open it with the store id (board, metrics).',
    fields: (t) => ({
      store: t.field({ type: StoreRef, resolve: (o) => o.store }),
      inProgress: count('Orders in the shop (neither picked up nor cancelled).', (o) => o.workload?.inProgress)(t),
      overdue: count('Orders not ready although their promised time has passed.', (o) => o.workload?.overdue)(t),
      waitingForCustomer: count(
        'Orders on hold until the customer answers a change request.',
        (o) => o.workload?.waitingForCustomer,
      )(t),
      readyForPickup: count('Orders ready for pickup.', (o) => o.workload?.readyForPickup)(t),
      complaintsOpen: count('Complaints neither resolved nor closed.', (o) => o.complaints?.open)(t),
      complaintsPastSla: count('Of those, past their first-response or resolution target.', (o) => o.complaints?.pastSla)(t),
      appointmentsToday: count("Today's visits (local day), cancelled ones left out.", (o) => o.appointments?.total)(t),
      appointmentsCheckedIn: count('Of those, checked in.', (o) => o.appointments?.checkedIn)(t),
      today: t.field({
        type: ReportRef,
        description: "The store's metrics of its local day so far, by hour: `total { revenueMinor ordersOpened }`.",
        resolve: (o) => reportOf(o, o.today, 'hour'),
      }),
      week: t.field({
        type: ReportRef,
        description: 'Its last seven local days (today included), by day.',
        resolve: (o) => reportOf(o, o.week, 'day'),
      }),
    }),
  });
  const OverviewRef = builder.objectRef<{ at: Date; stores: StoreOverview[] }>('StoresOverview').implement({
    fields: (t) => ({
      at: t.field({ type: 'DateTime', description: 'The moment the figures are for.', resolve: (o) => o.at }),
      stores: t.field({ type: [StoreOverviewRef], resolve: (o) => o.stores }),
    }),
  });
  builder.queryField('storesOverview', (t) =>
    t.field({
      type: OverviewRef,
      errors: {},
      description:
        'Headquarters: every store at once — work in progress, overdue, waiting for the customer, complaints open and past SLA, today’s appointments, revenue today and over 7 days. For the owner (every store) and admins of several stores (theirs); anyone else gets NotAllowed.',
      resolve: async (_r, _a, ctx) => {
        const stores = await overviewStores(ctx.em, ctx.viewer);
        const at = ctx.runtime.now();
        return { at, stores: await storeOverviews(ctx.em, stores, at, ctx.runtime) };
      },
    }),
  );
}
