import { type Runtime, rows, sql } from '@lacewire/core';
import { getOperationAST } from 'graphql';
import type { Plugin as YogaPlugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { MetricsConfig } from './config.ts';
import { LATENCY_BUCKETS_MS, OperationTimings } from './operations.ts';

/** What one running platform instance measures in process (Prometheus + API latency). */
export interface Instrumentation {
  registry: Registry;
  timings: OperationTimings;
  /** Times every request and operation of this instance. */
  yogaPlugin: YogaPlugin<any>;
  flush(): Promise<void>;
}

/** The instrumentation of one running platform (kept in the plugin's state: tests start several in one process). */
export function createInstrumentation(runtime: Runtime, config: MetricsConfig): Instrumentation {
  const registry = new Registry();
  // Process metrics (timers, GC observers) only when the endpoint exists.
  if (config.token) collectDefaultMetrics({ register: registry });
  const timings = new OperationTimings();
  const seconds = LATENCY_BUCKETS_MS.map((ms) => ms / 1000);

  const httpRequests = new Counter({
    name: 'lacewire_http_requests_total',
    help: 'HTTP requests answered by the GraphQL endpoint, by method and status.',
    labelNames: ['method', 'status'],
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'lacewire_http_request_duration_seconds',
    help: 'Time to answer an HTTP request on the GraphQL endpoint.',
    labelNames: ['method'],
    buckets: seconds,
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: 'lacewire_graphql_operation_duration_seconds',
    help: 'Execution time of GraphQL queries and mutations, by operation name.',
    labelNames: ['operation', 'type'],
    buckets: seconds,
    registers: [registry],
  });
  const operationErrors = new Counter({
    name: 'lacewire_graphql_operation_errors_total',
    help: 'GraphQL operations that answered with errors.',
    labelNames: ['operation', 'type'],
    registers: [registry],
  });
  platformGauges(registry, runtime);

  const started = new WeakMap<Request, number>();
  const plugin: YogaPlugin<any> = {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      httpRequests.inc({ method: request.method, status: String(response.status) });
      if (start !== undefined) httpDuration.observe({ method: request.method }, (performance.now() - start) / 1000);
    },
    onExecute({ args }) {
      const start = performance.now();
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      const name = operation?.name?.value ?? args.operationName ?? '(anonymous)';
      const type = operation?.operation ?? 'query';
      return {
        onExecuteDone({ result }) {
          const ms = performance.now() - start;
          const failed = !!(result && 'errors' in result && (result as { errors?: unknown[] }).errors?.length);
          timings.record(name, ms, failed);
          operationDuration.observe({ operation: name, type }, ms / 1000);
          if (failed) operationErrors.inc({ operation: name, type });
        },
      };
    },
  };
  return { registry, timings, yogaPlugin: plugin, flush: () => timings.flush(runtime.em()) };
}

/** Gauges of this instance and its database: subscriptions, the event log, `on` handlers, jobs. */
function platformGauges(registry: Registry, runtime: Runtime) {
  new Gauge({
    name: 'lacewire_subscriptions_open',
    help: 'Event listeners on this instance (open GraphQL subscriptions and dashboards).',
    registers: [registry],
    collect() {
      this.set(runtime.dispatcher.listenerCount);
    },
  });
  const headId = async () => {
    const [row] = await rows<{ id: string | null }>(runtime.em(), sql`select max(id) as id from lw_event`);
    return Number(row?.id ?? 0);
  };
  new Gauge({
    name: 'lacewire_event_log_head_id',
    help: 'Newest event id in the log.',
    registers: [registry],
    async collect() {
      this.set(await headId());
    },
  });
  new Gauge({
    name: 'lacewire_event_log_dispatch_lag_events',
    help: 'Committed events this instance has not published to its subscribers yet.',
    registers: [registry],
    async collect() {
      this.set(Math.max(0, (await headId()) - Number(runtime.dispatcher.position)));
    },
  });
  // One query per scrape feeds both consumer gauges.
  let lagQuery: { at: number; result: Promise<{ name: string; pending: string; age: number | null }[]> } | null = null;
  const consumerLag = () => {
    if (!lagQuery || Date.now() - lagQuery.at > 1000) {
      lagQuery = {
        at: Date.now(),
        result: rows<{ name: string; pending: string; age: number | null }>(
          runtime.em(),
          sql`select c.name,
                     (select count(*) from (select 1 from lw_event e where e.type = substr(c.name, strpos(c.name, ':') + 1)
                                             and e.id > c.position limit 10000) x) as pending,
                     (select extract(epoch from now() - e.created_at)::float8 from lw_event e
                       where e.type = substr(c.name, strpos(c.name, ':') + 1) and e.id > c.position order by e.id limit 1) as age
                from lw_consumer c`,
        ),
      };
    }
    return lagQuery.result;
  };
  new Gauge({
    name: 'lacewire_event_consumer_lag_events',
    help: 'Events an `on` handler has not handled yet (capped at 10000), by consumer.',
    labelNames: ['consumer'],
    registers: [registry],
    async collect() {
      const found = await consumerLag();
      this.reset();
      for (const r of found) this.set({ consumer: r.name }, Number(r.pending));
    },
  });
  new Gauge({
    name: 'lacewire_event_consumer_lag_seconds',
    help: 'Age of the oldest event an `on` handler has not handled yet, by consumer (0 when caught up).',
    labelNames: ['consumer'],
    registers: [registry],
    async collect() {
      const found = await consumerLag();
      this.reset();
      for (const r of found) this.set({ consumer: r.name }, Math.max(0, Number(r.age ?? 0)));
    },
  });
  new Gauge({
    name: 'lacewire_event_dead_total',
    help: 'Events an `on` handler gave up on (parked in lw_dead_event).',
    registers: [registry],
    async collect() {
      const [row] = await rows<{ n: string }>(runtime.em(), sql`select count(*) as n from lw_dead_event`);
      this.set(Number(row?.n ?? 0));
    },
  });
  new Gauge({
    name: 'lacewire_job_queue_depth',
    help: 'Background jobs (graphile-worker) by task and state: ready, scheduled, running, failed.',
    labelNames: ['task', 'state'],
    registers: [registry],
    async collect() {
      const found = await rows<{ task: string; ready: string; scheduled: string; running: string; failed: string }>(
        runtime.em(),
        sql`select task_identifier as task,
                   count(*) filter (where locked_at is null and attempts < max_attempts and run_at <= now()) as ready,
                   count(*) filter (where locked_at is null and attempts < max_attempts and run_at > now()) as scheduled,
                   count(*) filter (where locked_at is not null) as running,
                   count(*) filter (where attempts >= max_attempts) as failed
              from graphile_worker.jobs group by task_identifier`,
      );
      this.reset();
      for (const r of found) {
        for (const state of ['ready', 'scheduled', 'running', 'failed'] as const)
          this.set({ task: r.task, state }, Number(r[state]));
      }
    },
  });
}
