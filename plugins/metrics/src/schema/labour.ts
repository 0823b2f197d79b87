import { type Builder, globalId, type PluginEnvironment } from '@lacewire/core';
import { ordersByIds, WorkOrderRef } from '@lacewire/plugin-care';
import { AccountRef, accountsByIds } from '@lacewire/plugin-identity';
import { type LabourBucket, type LabourLine, type LabourReport, labourReport, type MaterialUsage } from '../labour.ts';
import { catalogStandards } from '../standards.ts';
import type { ReportRefs } from './report.ts';
import type { ReportShape } from './shapes.ts';

const lineFields = (t: any) => ({
  minutes: t.exposeInt('minutes', { description: 'Labour minutes recorded on finished care steps.' }),
  steps: t.exposeInt('steps', { description: 'Finished care steps.' }),
  orders: t.exposeInt('orders', { description: 'Orders those steps belong to.' }),
  standardMinutes: t.exposeInt('standardMinutes', {
    nullable: true,
    description:
      "The catalog's standard duration of the service lines this work did (each line of an order once); null when none has one.",
  }),
  averageMinutesPerOrder: t.float({
    nullable: true,
    resolve: (l: LabourLine) => (l.orders > 0 ? l.minutes / l.orders : null),
  }),
  ratioToStandard: t.float({
    nullable: true,
    description: 'minutes ÷ standardMinutes (1.2: a fifth over the standard).',
    resolve: (l: LabourLine) => (l.standardMinutes ? l.minutes / l.standardMinutes : null),
  }),
});

/** `MetricsReport.labour`: the labour statistics (工时统计) of the report's stores and period. */
export function labourSchema(
  builder: Builder,
  { ReportRef }: ReportRefs,
  /** Which of care and catalog are installed: orders on labour rows, standard durations. */
  installed: PluginEnvironment,
) {
  const withCare = installed.has('care');
  const standards = installed.has('catalog') ? catalogStandards : null;
  const TotalRef = builder.objectRef<LabourLine>('LabourTotal').implement({
    description: 'Labour of a set of steps against the standard durations of the work done.',
    fields: (t) => lineFields(t),
  });
  const TechnicianRef = builder.objectRef<LabourLine & { account: unknown }>('TechnicianLabour').implement({
    description: 'One technician: their minutes, against the standard of the service lines they did most of.',
    fields: (t) => ({
      ...lineFields(t),
      technician: t.field({ type: AccountRef, nullable: true, resolve: (l) => l.account as any }),
    }),
  });
  const ServiceRef = builder.objectRef<LabourLine>('ServiceLabour').implement({
    description: 'One service: minutes on all orders it was done for, against its standard duration per order.',
    fields: (t) => ({
      ...lineFields(t),
      serviceId: t.field({
        type: 'ID',
        nullable: true,
        description: 'The catalog Service, if the line is one.',
        resolve: (l) => (l.serviceId ? globalId('Service', l.serviceId) : null),
      }),
      code: t.exposeString('key', { description: 'The service line code (the catalog id for catalog services).' }),
      name: t.exposeString('name', { nullable: true }),
    }),
  });
  const OrderRef = builder.objectRef<LabourLine & { order?: unknown }>('OrderLabour').implement({
    description: 'One order: its minutes against the standard of its service lines.',
    fields: (t) => ({
      ...lineFields(t),
      ...(withCare ? { order: t.field({ type: WorkOrderRef, nullable: true, resolve: (l) => (l.order ?? null) as any }) } : {}),
    }),
  });
  const BucketRef = builder.objectRef<LabourBucket>('LabourBucket').implement({
    fields: (t) => ({
      label: t.exposeString('label', { description: 'As MetricsBucket.label.' }),
      start: t.field({ type: 'DateTime', resolve: (b) => b.start }),
      minutes: t.exposeInt('minutes'),
      steps: t.exposeInt('steps'),
      standardMinutes: t.exposeInt('standardMinutes', { nullable: true }),
    }),
  });
  const MaterialRef = builder.objectRef<MaterialUsage>('MaterialUsage').implement({
    description: 'A material used on finished steps, summed by name and unit.',
    fields: (t) => ({ name: t.exposeString('name'), unit: t.exposeString('unit'), quantity: t.exposeFloat('quantity') }),
  });
  const MaterialBucketRef = builder
    .objectRef<{ label: string; start: Date; materials: MaterialUsage[] }>('MaterialBucket')
    .implement({
      fields: (t) => ({
        label: t.exposeString('label'),
        start: t.field({ type: 'DateTime', resolve: (b) => b.start }),
        materials: t.field({ type: [MaterialRef], resolve: (b) => b.materials }),
      }),
    });

  const LabourRef = builder.objectRef<{ report: ReportShape; result: Promise<LabourReport> }>('LabourReport').implement({
    description:
      'Labour statistics (工时统计) from finished care steps, counted when each step was finished: per technician, service and order against the standard durations, by period, and the materials used.',
    fields: (t) => ({
      total: t.field({ type: TotalRef, resolve: async (l) => (await l.result).total }),
      technicians: t.field({
        type: [TechnicianRef],
        description: 'Most minutes first.',
        resolve: async (l, _a, ctx) => {
          const { technicians } = await l.result;
          const accounts = await accountsByIds(
            ctx.em,
            technicians.map((x) => x.key),
          );
          return technicians.map((x, i) => ({ ...x, account: accounts[i] }));
        },
      }),
      services: t.field({
        type: [ServiceRef],
        description: 'Most minutes first.',
        resolve: async (l) => (await l.result).services,
      }),
      orders: t.field({
        type: [OrderRef],
        description: 'The orders furthest over their standard first.',
        args: { first: t.arg.int({ required: false, defaultValue: 20 }) },
        resolve: async (l, args, ctx) => {
          const list = (await l.result).orders.slice(0, Math.min(Math.max(args.first ?? 20, 0), 200));
          if (!withCare) return list;
          const orders = await ordersByIds(
            ctx.em,
            list.map((o) => o.key),
          );
          return list.map((o, i) => ({ ...o, order: orders[i] }));
        },
      }),
      series: t.field({
        type: [BucketRef],
        description: 'Buckets with any labour, oldest first.',
        resolve: async (l) => (await l.result).series,
      }),
      materials: t.field({
        type: [MaterialRef],
        description: 'Largest quantity first.',
        resolve: async (l) => (await l.result).materials,
      }),
      materialSeries: t.field({
        type: [MaterialBucketRef],
        description: 'Materials used per bucket of the report (oldest first).',
        resolve: async (l) => (await l.result).materialSeries,
      }),
    }),
  });

  builder.objectField(ReportRef, 'labour', (t) =>
    t.field({
      type: LabourRef,
      description: 'Labour statistics (工时统计) of the same stores and period, bucketed by the same granularity.',
      resolve: (r, _a, ctx) => ({ report: r, result: labourReport(ctx.em, r.windows, r.granularity, standards) }),
    }),
  );
}
