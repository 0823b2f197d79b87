import { definePlugin, exec, type PluginDefinition, sql } from '@lacewire/core';
import { aggregateHandlers } from './aggregates.ts';
import { type MetricsConfig, resolveMetricsConfig } from './config.ts';
import { METRIC_EVENT_TYPES } from './inputs.ts';
import { instrumentationFor, metricsRoute, yogaPluginFor } from './instrumentation.ts';
import { type MetricsIntegrations, NO_INTEGRATIONS } from './integrations.ts';
import { labourSchema } from './labour-schema.ts';
import { migrations } from './migrations.ts';
import { overviewSchema } from './overview-schema.ts';
import { metricsSchema } from './schema.ts';
import { trendSchema } from './trend-schema.ts';

export { DEFAULT_METRICS_CONFIG, type MetricsConfig, resolveMetricsConfig } from './config.ts';
export { consumedEvents, METRIC_EVENT_TYPES, RESOLVED_STATUSES } from './inputs.ts';
export { METRICS_PATH } from './instrumentation.ts';
export { type MetricsIntegrations, metricIntegrationsFor } from './integrations.ts';
export { HOURLY_COUNTERS, type HourlyCounter } from './migrations.ts';
export { LATENCY_BUCKETS_MS, OperationTimings, quantile } from './operations.ts';
export { type Counters, type Figures, figuresOf, hourlyRows, zeroCounters } from './report.ts';
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
 */
export interface MetricsPluginOptions extends Partial<MetricsConfig> {
  /**
   * The event types to count (default: all of METRIC_EVENT_TYPES). The platform refuses handlers
   * for events no installed plugin declares: pass `metricEventsDeclaredBy(plugins)`.
   */
  events?: readonly string[];
  /** The installed plugins whose state the owner's view and labour statistics read: `metricIntegrationsFor(plugins)`. */
  integrations?: Partial<MetricsIntegrations>;
}

/** The metric event types that these plugins declare (the ones the metrics plugin can count). */
export function metricEventsDeclaredBy(plugins: readonly PluginDefinition[]): string[] {
  const declared = new Set(plugins.flatMap((p) => Object.keys(p.events ?? {})));
  return METRIC_EVENT_TYPES.filter((type) => declared.has(type));
}

export function metricsPlugin(options: MetricsPluginOptions = {}) {
  const { events = METRIC_EVENT_TYPES, integrations: links, ...settings } = options;
  const integrations: MetricsIntegrations = { ...NO_INTEGRATIONS, ...links };
  const config = resolveMetricsConfig(settings);
  const counted = new Set(events);
  const on = Object.fromEntries(Object.entries(aggregateHandlers(config)).filter(([type]) => counted.has(type)));
  return definePlugin({
    name: 'metrics',
    requires: ['identity', 'stores', ...Object.entries(integrations).flatMap(([name, on]) => (on ? [name] : []))],
    migrations,
    schema: (builder) => {
      const refs = metricsSchema(builder, config);
      trendSchema(builder, refs);
      labourSchema(builder, refs, integrations);
      overviewSchema(builder, refs, integrations);
    },
    on,
    yogaPlugins: (runtime) => [yogaPluginFor(runtime, config)],
    routes: (runtime) => [metricsRoute(runtime, config)],
    setup: (runtime) => {
      const instrumentation = instrumentationFor(runtime, config);
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
    },
  });
}
