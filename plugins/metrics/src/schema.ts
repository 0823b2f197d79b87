import { type Builder, type Context, InvalidInputError, NotAllowedError } from '@lacewire/core';
import { featureHistory, type IStore, isFeatureEnabled, listStores, StoreRef, switchFeature } from '@lacewire/plugin-stores';
import { liveSnapshots } from './dashboard.ts';
import type { HourlyCounter } from './migrations.ts';
import { type OperationLatency, operationLatency } from './operations.ts';
import { type Bucket, type Figures, type Granularity, series, totals, type Window } from './report.ts';
import { checkRange, cohortWindows, storesInScope, storeWindows } from './scope.ts';
import { metricsState } from './state.ts';

/** A report is resolved lazily: only the parts a client asks for are queried. */
export interface ReportShape {
  from: Date;
  to: Date;
  granularity: Granularity;
  stores: IStore[];
  windows: Window[];
}

interface CohortShape {
  feature: string;
  enabled: boolean;
  current: IStore[];
  report: ReportShape;
}

interface RolloutFeatureShape {
  name: string;
  description: string;
  plugin: string;
  defaultEnabled: boolean;
  stores: IStore[];
  from: Date;
  to: Date;
  granularity: Granularity;
}

const COUNTER_FIELDS: [string, HourlyCounter, string][] = [
  ['messagesSent', 'messages_sent', 'Messages sent by people (system messages excluded), counted in the hour they were sent.'],
  ['messagesDelivered', 'messages_delivered', 'Of those, delivered to at least one recipient device within the delivery window.'],
  ['messagesDeliveredLate', 'messages_delivered_late', 'Delivered, but after the window.'],
  ['pushes', 'pushes', 'RTM pushes that reached a final state (Agora on).'],
  ['pushesSucceeded', 'pushes_succeeded', 'Of those, accepted by Agora.'],
  ['pushAttempts', 'push_attempts', 'HTTP attempts those pushes took (retries included).'],
  ['callsStarted', 'calls_started', 'Calls started (invitees rung), counted in the hour they started.'],
  ['callsConnected', 'calls_connected', 'Calls where two people were in the channel.'],
  ['callsMissed', 'calls_missed', 'Calls nobody answered.'],
  ['callsDeclined', 'calls_declined', 'Calls declined by every invitee.'],
  ['callsCancelled', 'calls_cancelled', 'Calls hung up before anyone joined.'],
  ['callsDropped', 'calls_dropped', 'Connected calls where Agora saw someone leave before their app did (connection lost).'],
  ['staffResponses', 'staff_responses', 'Staff answers to a waiting customer, counted in the hour of the answer.'],
  ['firstResponses', 'first_responses', 'First answers in a conversation.'],
  ['complaints', 'complaints', 'Complaints submitted.'],
  ['ordersCompleted', 'orders_completed', 'Orders completed (picked up).'],
  ['complaintsResolved', 'complaints_resolved', 'Complaints resolved or closed for the first time, counted in that hour.'],
  ['slaBreaches', 'sla_breaches', 'Complaint SLA targets missed (first response or resolution).'],
  ['ordersOpened', 'orders_opened', 'Work orders opened (intake or check-in), counted in the hour they were opened.'],
  ['revenueMinor', 'revenue_minor', 'What picked-up orders were paid, in minor units (fen), counted in the hour of pickup.'],
];

export function metricsSchema(builder: Builder) {
  const GranularityEnum = builder.enumType('MetricsGranularity', {
    description: "hour: UTC hours; day / week: calendar days / ISO weeks in each store's time zone.",
    values: ['hour', 'day', 'week'] as const,
  });

  const FiguresRef = builder.objectRef<Figures>('MetricsFigures').implement({
    description:
      'The four rollout metrics for a set of store-hours, with the counts they are made of. Rates are null when nothing was counted.',
    fields: (t) => ({
      ...Object.fromEntries(
        COUNTER_FIELDS.map(([name, key, description]) => [name, t.int({ description, resolve: (f: Figures) => f[key] })]),
      ),
      deliveryRate: t.float({ nullable: true, description: 'messagesDelivered ÷ messagesSent.', resolve: (f) => f.deliveryRate }),
      pushSuccessRate: t.float({ nullable: true, description: 'pushesSucceeded ÷ pushes.', resolve: (f) => f.pushSuccessRate }),
      pushLatencyMeanMs: t.float({
        nullable: true,
        description: 'Mean latency of successful pushes.',
        resolve: (f) => f.pushLatencyMeanMs,
      }),
      callSuccessRate: t.float({
        nullable: true,
        description: 'callsConnected ÷ callsStarted.',
        resolve: (f) => f.callSuccessRate,
      }),
      averageResponseSeconds: t.float({
        nullable: true,
        description: 'Mean time a waiting customer waited for staff, counting business hours only.',
        resolve: (f) => f.averageResponseSeconds,
      }),
      averageFirstResponseSeconds: t.float({
        nullable: true,
        description: "Mean time from a customer's first message to the first staff answer (business hours).",
        resolve: (f) => f.averageFirstResponseSeconds,
      }),
      complaintRate: t.float({ nullable: true, description: 'complaints ÷ ordersCompleted.', resolve: (f) => f.complaintRate }),
      meanResolutionSeconds: t.float({
        nullable: true,
        description: 'Mean time from submission to first resolution of the complaints resolved in the period.',
        resolve: (f) => f.meanResolutionSeconds,
      }),
      averageOrderValueMinor: t.float({
        nullable: true,
        description: 'revenueMinor ÷ ordersCompleted.',
        resolve: (f) => f.averageOrderValueMinor,
      }),
    }),
  });

  const BucketRef = builder.objectRef<Bucket>('MetricsBucket').implement({
    fields: (t) => ({
      label: t.exposeString('label', { description: 'hour: "2026-11-25T10:00:00Z"; day: "2026-11-25"; week: "2026-W48".' }),
      start: t.field({ type: 'DateTime', resolve: (b) => b.start }),
      figures: t.field({ type: FiguresRef, resolve: (b) => b.figures }),
    }),
  });

  const OperationRef = builder.objectRef<OperationLatency>('OperationLatency').implement({
    description: 'API latency of one GraphQL operation (all instances, all stores), from stored histograms.',
    fields: (t) => ({
      operation: t.exposeString('operation'),
      count: t.exposeInt('count'),
      errors: t.exposeInt('errors'),
      meanMs: t.exposeFloat('meanMs', { nullable: true }),
      p50Ms: t.exposeFloat('p50Ms', { nullable: true }),
      p95Ms: t.exposeFloat('p95Ms', { nullable: true }),
    }),
  });

  const flushed = async (ctx: Context) => {
    // This instance's latest timings first, so a report includes them.
    await metricsState.of(ctx.runtime).instrumentation.flush();
  };

  const ReportRef = builder.objectRef<ReportShape>('MetricsReport').implement({
    description: 'Metrics of some stores over a period: totals and a series by hour, day or week.',
    fields: (t) => ({
      from: t.field({ type: 'DateTime', description: 'Start of the first hour counted.', resolve: (r) => r.from }),
      to: t.field({ type: 'DateTime', resolve: (r) => r.to }),
      granularity: t.field({ type: GranularityEnum, resolve: (r) => r.granularity }),
      stores: t.field({ type: [StoreRef], resolve: (r) => r.stores }),
      total: t.field({ type: FiguresRef, resolve: (r, _a, ctx) => totals(ctx.em, r.windows) }),
      series: t.field({
        type: [BucketRef],
        description: 'Buckets with any activity, oldest first.',
        resolve: (r, _a, ctx) => series(ctx.em, r.windows, r.granularity),
      }),
      apiLatency: t.field({
        type: [OperationRef],
        description: 'p50/p95 per GraphQL operation over the period (not per store; owners only).',
        authScopes: { owner: true },
        resolve: async (r, _a, ctx) => {
          await flushed(ctx);
          return operationLatency(ctx.em, r.from, r.to);
        },
      }),
    }),
  });

  const range = (t: any) => ({
    from: t.arg({ type: 'DateTime', required: true }),
    to: t.arg({ type: 'DateTime', required: true }),
    granularity: t.arg({ type: GranularityEnum, required: false, defaultValue: 'day' }),
  });

  builder.queryField('metrics', (t) =>
    t.field({
      type: ReportRef,
      description:
        'Rollout metrics for the given stores together (default: every store the viewer administers; the owner: all). Store admins and the owner.',
      authScopes: { staff: true },
      args: { storeIds: t.arg.globalIDList({ for: StoreRef, required: false }), ...range(t) },
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
      args: range(t),
      resolve: (s, args) => {
        const granularity = (args.granularity ?? 'day') as Granularity;
        const { from, to } = checkRange(args.from as Date, args.to as Date, granularity);
        return { from, to, granularity, stores: [s], windows: storeWindows([s], from, to) };
      },
    }),
  );

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

  builder.queryField('rollout', (t) =>
    t.field({
      type: [RolloutFeatureRef],
      description: "Owner: every capability's state per store, and the metrics of the stores with it on vs off over the period.",
      authScopes: { owner: true },
      args: { feature: t.arg.string({ required: false }), ...range(t) },
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
  return { ReportRef, GranularityEnum };
}
