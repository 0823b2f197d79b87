import { definePlugin, exec, type Runtime, sql } from '@lacewire/core';
import { aggregateHandlers } from './aggregates.ts';
import { migrations } from './migrations.ts';
import { metricsRoute } from './route.ts';
import { metricsSchema } from './schema/index.ts';
import { metricsState } from './state.ts';

export { DEFAULT_METRICS_CONFIG, type MetricsConfig, resolveMetricsConfig } from './config.ts';
export { consumedEvents, METRIC_EVENT_TYPES, RESOLVED_STATUSES } from './inputs.ts';
export { HOURLY_COUNTERS, type HourlyCounter } from './migrations.ts';
export { LATENCY_BUCKETS_MS, OperationTimings, quantile } from './operations.ts';
export { type Counters, type Figures, figuresOf, hourlyRows, zeroCounters } from './report.ts';
export { METRICS_PATH } from './route.ts';
export { businessSeconds, hourOf } from './time.ts';

/**
 * Rollout metrics — message delivery, call success, response time, complaint rate, orders and
 * revenue — per store and hour, computed by `on` handlers from the event log into stored
 * aggregates (they survive restarts and match the raw events), each with the period before for
 * trends. Labour statistics (工时统计) from finished care steps against the catalog's standard
 * durations; headquarters' view of every store at once. Live dashboard subscription,
 * pilot-vs-rest cohorts from the feature-switch history, API latency per operation, and a
 * Prometheus endpoint at `/metrics`.
 *
 *   query {
 *     metrics(from: "2026-11-18T00:00:00Z", to: "2026-11-25T00:00:00Z", granularity: day) {
 *       total { deliveryRate callSuccessRate callsDropped callsMissed averageResponseSeconds complaintRate slaBreaches }
 *       series { label figures { messagesSent deliveryRate revenueMinor } }
 *       previous { total { revenueMinor ordersOpened } }
 *       labour { technicians { technician { displayName } minutes standardMinutes } materials { name unit quantity } }
 *     }
 *     storesOverview { ... on StoresOverview { stores { store { name } inProgress overdue week { total { revenueMinor } } } } }
 *     rollout(feature: "calls", from: "2026-11-18T00:00:00Z", to: "2026-11-25T00:00:00Z") {
 *       stores { store { name } enabled switches }
 *       on { stores { name } metrics { total { callSuccessRate } } }
 *       off { metrics { total { callSuccessRate } } }
 *     }
 *   }
 *   subscription { metricsDashboard(from: "2026-11-25T00:00:00+08:00") { cursor report { total { deliveryRate } } } }
 *
 *   curl -H "Authorization: Bearer $METRICS_TOKEN" http://localhost:4000/metrics
 *
 * Settings (`createPlatform({ settings: { metrics: { token, deliveryWindowMs } } })`, optional).
 * Messaging, agora, care, aftercare, appointments and catalog are optional: the events of those
 * installed are counted, and headquarters' view and the labour statistics read what they know.
 */
export const metricsPlugin = definePlugin({
  name: 'metrics',
  requires: ['identity', 'stores'],
  optional: ['messaging', 'agora', 'care', 'aftercare', 'appointments', 'catalog'],
  state: metricsState,
  migrations,
  schema: metricsSchema,
  on: aggregateHandlers(),
  yogaPlugins: (runtime) => [metricsState.of(runtime).instrumentation.yogaPlugin],
  routes: (runtime) => [metricsRoute(runtime)],
  setup: flushPeriodically,
});

/** Writes this instance's API timings every few seconds and forgets long-undelivered messages hourly. */
function flushPeriodically(runtime: Runtime) {
  const { config, instrumentation } = metricsState.of(runtime);
  let lastPrune = 0;
  const timer = setInterval(() => {
    const work = async () => {
      await instrumentation.flush();
      // Messages nobody received for a long time are forgotten (they stay counted as not delivered).
      if (Date.now() - lastPrune > 3_600_000) {
        lastPrune = Date.now();
        await exec(
          runtime.em(),
          sql`delete from metrics_message where sent_at < now() - make_interval(days => ${config.pendingRetentionDays})`,
        );
        await exec(
          runtime.em(),
          sql`delete from metrics_receipt where at < now() - make_interval(days => ${config.pendingRetentionDays})`,
        );
      }
    };
    work().catch(async (error) => {
      if (!(await runtime.orm.isConnected().catch(() => false))) clearInterval(timer);
      else runtime.log.warn({ err: error }, 'metrics: could not store API timings');
    });
  }, config.flushIntervalMs);
  timer.unref();
}
