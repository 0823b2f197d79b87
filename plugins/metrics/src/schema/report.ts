import type { Builder, Context } from '@lacewire/core';
import { StoreRef } from '@lacewire/plugin-stores';
import type { HourlyCounter } from '../migrations.ts';
import { type OperationLatency, operationLatency } from '../operations.ts';
import { type Bucket, type Figures, series, totals } from '../report.ts';
import { metricsState } from '../state.ts';
import type { ReportShape } from './shapes.ts';

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

export type ReportRefs = ReturnType<typeof reportTypes>;

/** `MetricsReport` and what it is made of: figures, buckets of a series, API latency per operation. */
export function reportTypes(builder: Builder) {
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

  return { ReportRef, GranularityEnum };
}
