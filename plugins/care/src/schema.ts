import {
  type Builder,
  type Context,
  defineErrorType,
  globalId,
  hasStoreRole,
  idempotencyKeyInput,
  limitAttempts,
  NotAllowedError,
  NotFoundError,
  readerOf,
  replayableEntity,
  selectedProps,
  staffStoreIds,
  type Viewer,
} from '@lacewire/core';
import { InsufficientStockError } from '@lacewire/plugin-catalog';
import { CustomerRef, getCustomer } from '@lacewire/plugin-customers';
import { AttachmentRef, shareAttachments, visibleAttachments } from '@lacewire/plugin-files';
import { getStore, StoreRef, storeLoader } from '@lacewire/plugin-stores';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { ChangeRequest, type ICareStep, type ITimelineEntry, type IWorkOrder, type ServiceLine, WorkOrder } from './entities.ts';
import {
  ActiveOrderExistsError,
  IntakePendingError,
  InvalidTransitionError,
  WorkNotApprovedError,
  WrongPickupCodeError,
} from './errors.ts';
import { ORDER_EVENT_TYPES } from './events.ts';
import { floorSchema } from './floor-schema.ts';
import { toUuid } from './ids.ts';
import { linkCustomer, resolveServices, resolveShoe, type ServiceDraft } from './integrations.ts';
import { stageText } from './messages.ts';
import { ORDER_ALWAYS_READS, ORDER_FIELD_READS } from './order-reads.ts';
import { type Person, person, withPeople } from './people.ts';
import { PICKED_UP, SERVICE_CATEGORIES, type Stage } from './pipeline.ts';
import { CareStepRef, ChangeRequestRef, WorkOrderRef } from './refs.ts';
import { frontDeskSchema } from './search.ts';
import {
  acknowledgeCondition,
  answerChangeRequest,
  assignTechnician,
  type CareOptions,
  canSeeOrder,
  careSettings,
  changeRequestById,
  changeRequestsOf,
  configureCare,
  finishStep,
  listOrders,
  moveOrder,
  movesOf,
  type OrderFilter,
  type OrderWithSteps,
  openWorkOrder,
  orderFor,
  orderLoader,
  ordersByIds,
  PICKUP_LIMITS,
  pendingIntake,
  pickUp,
  pickupQrText,
  pickupTarget,
  qrDataUrl,
  raiseChangeRequest,
  stagesOf,
  startStep,
  stepById,
  stepsLoader,
  tagQrText,
  timelineOf,
  totalOf,
} from './services.ts';

/** Reads in their own fork: a subscription's context lives long and must not serve stale rows. */
const fresh = (ctx: { runtime: { em(): EntityManager } }) => ctx.runtime.em();

const photos = (ctx: { viewer: Viewer | null; runtime: { em(): EntityManager } }, ids: string[]) => visibleAttachments(ctx, ids);

const ids = (list: { id: string }[] | null | undefined) => (list ?? []).map((g) => g.id);
const openedOrder = replayableEntity('WorkOrder', WorkOrder);
const raisedChange = replayableEntity('ChangeRequest', ChangeRequest);

/** A list of orders: only the columns the operation's fields need, and its people in one lookup. */
const listedOrders = async (ctx: Context, info: GraphQLResolveInfo, filter: OrderFilter) =>
  withPeople(ctx, info, await listOrders(fresh(ctx), filter, selectedProps(info, ORDER_FIELD_READS, ORDER_ALWAYS_READS)));

export function careSchema(builder: Builder, options: CareOptions) {
  defineErrorType(builder, InvalidTransitionError, {
    name: 'InvalidTransition',
    description: 'The order cannot move there from its current status; `allowed` lists where it can go.',
    fields: (t) => ({ from: t.exposeString('from'), to: t.exposeString('to'), allowed: t.exposeStringList('allowed') }),
  });
  defineErrorType(builder, WorkNotApprovedError, {
    name: 'WorkNotApproved',
    description: 'Work waits for the customer to approve a change request.',
    fields: (t) => ({ changeRequestId: t.exposeID('changeRequestId', { nullable: true }) }),
  });
  defineErrorType(builder, ActiveOrderExistsError, {
    name: 'ActiveOrderExists',
    description: 'The pair already has an active work order (`orderId`); a pair has at most one.',
    fields: (t) => ({
      orderId: t.field({ type: 'ID', resolve: (e: ActiveOrderExistsError) => globalId('WorkOrder', e.orderId) }),
    }),
  });
  defineErrorType(builder, IntakePendingError, {
    name: 'IntakePending',
    description: "The customer's check-in opened `orderId`, which waits for intake: complete it with completeIntake.",
    fields: (t) => ({ orderId: t.field({ type: 'ID', resolve: (e: IntakePendingError) => globalId('WorkOrder', e.orderId) }) }),
  });
  defineErrorType(builder, WrongPickupCodeError, {
    name: 'WrongPickupCode',
    description: 'The pickup code or QR does not match.',
  });

  const Category = builder.enumType('ServiceCategory', { values: SERVICE_CATEGORIES });
  const LineState = builder.enumType('ServiceLineState', { values: ['quoted', 'pending', 'approved', 'declined'] as const });
  const StageState = builder.enumType('StageState', { values: ['done', 'current', 'upcoming'] as const });

  const PersonRef = builder.objectRef<Person>('OrderPerson').implement({
    description: 'A person on an order (technician, author of a step).',
    fields: (t) => ({ accountId: t.exposeID('accountId'), displayName: t.exposeString('displayName') }),
  });

  const Line = builder.objectRef<ServiceLine>('ServiceLine').implement({
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      category: t.field({ type: Category, resolve: (s) => s.category }),
      priceMinor: t.exposeInt('priceMinor', { description: 'Quoted price in fen.' }),
      state: t.field({ type: LineState, resolve: (s) => s.state }),
      changeRequestId: t.exposeID('changeRequestId', { nullable: true }),
      serviceId: t.id({
        nullable: true,
        description: 'The catalog service (its global id) the line was quoted from, when it came from the catalog.',
        resolve: (s) => (s.serviceId ? globalId('Service', s.serviceId) : null),
      }),
    }),
  });

  const StageView = builder.objectRef<Stage & { state: 'done' | 'current' | 'upcoming' }>('OrderStage').implement({
    description: "One stage of this order's pipeline (stages without a matching service are left out).",
    fields: (t) => ({
      key: t.exposeString('key'),
      label: t.exposeString('label'),
      state: t.field({ type: StageState, resolve: (s) => s.state }),
    }),
  });

  const Shoe = builder.objectRef<IWorkOrder['shoe']>('OrderShoe').implement({
    fields: (t) => ({
      brand: t.exposeString('brand'),
      model: t.exposeString('model', { nullable: true }),
      colour: t.exposeString('colour', { nullable: true }),
      material: t.exposeString('material', { nullable: true }),
      size: t.exposeString('size', { nullable: true }),
    }),
  });

  const Material = builder.objectRef<ICareStep['materials'][number]>('MaterialUse').implement({
    fields: (t) => ({
      materialId: t.exposeID('materialId', { nullable: true }),
      name: t.exposeString('name'),
      quantity: t.exposeFloat('quantity'),
      unit: t.exposeString('unit'),
    }),
  });

  builder.node(CareStepRef, {
    description: 'A piece of work on an order: who, when, labour, materials, photos.',
    id: { resolve: (s) => s.id },
    loadMany: async (stepIds, ctx) => {
      const em = fresh(ctx);
      const steps = await Promise.all(stepIds.map((id) => stepById(em, id)));
      const orders = await ordersByIds(
        em,
        steps.map((s) => s?.orderId ?? '00000000-0000-0000-0000-000000000000'),
      );
      return steps.map((s, i) => (s && orders[i] && canSeeOrder(ctx.viewer, orders[i]) ? s : null));
    },
    fields: (t) => ({
      stage: t.exposeString('stage'),
      serviceCode: t.exposeString('serviceCode', { nullable: true }),
      technician: t.field({ type: PersonRef, nullable: true, resolve: (s, _a, ctx) => person(ctx, s.technicianId) }),
      startedAt: t.field({ type: 'DateTime', resolve: (s) => s.startedAt }),
      finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.finishedAt ?? null }),
      labourMinutes: t.exposeInt('labourMinutes', { nullable: true }),
      materials: t.field({ type: [Material], resolve: (s) => s.materials }),
      notes: t.exposeString('notes', { nullable: true }),
      beforePhotos: t.field({ type: [AttachmentRef], resolve: (s, _a, ctx) => photos(ctx, s.beforePhotoIds) }),
      afterPhotos: t.field({ type: [AttachmentRef], resolve: (s, _a, ctx) => photos(ctx, s.afterPhotoIds) }),
    }),
  });

  builder.node(ChangeRequestRef, {
    description: "Extra work (found by the technician or asked by the customer) waiting for, or given, the customer's answer.",
    id: { resolve: (c) => c.id },
    loadMany: async (crIds, ctx) => {
      const em = fresh(ctx);
      const crs = await Promise.all(crIds.map((id) => changeRequestById(em, id)));
      const orders = await ordersByIds(
        em,
        crs.map((c) => c?.orderId ?? '00000000-0000-0000-0000-000000000000'),
      );
      return crs.map((c, i) => (c && orders[i] && canSeeOrder(ctx.viewer, orders[i]) ? c : null));
    },
    fields: (t) => ({
      origin: t.exposeString('origin'),
      description: t.exposeString('description'),
      photos: t.field({ type: [AttachmentRef], resolve: (c, _a, ctx) => photos(ctx, c.photoIds) }),
      serviceCode: t.string({ resolve: (c) => c.service.code }),
      serviceName: t.string({ resolve: (c) => c.service.name }),
      category: t.field({ type: Category, resolve: (c) => c.service.category }),
      priceMinor: t.exposeInt('priceMinor'),
      status: t.exposeString('status', { description: 'pending, approved, declined or withdrawn (order cancelled).' }),
      raisedAt: t.field({ type: 'DateTime', resolve: (c) => c.raisedAt }),
      answeredAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.answeredAt ?? null }),
      answerNote: t.exposeString('answerNote', { nullable: true }),
      order: t.field({
        type: WorkOrderRef,
        resolve: async (c, _a, ctx) => (await ordersByIds(fresh(ctx), [c.orderId]))[0] as IWorkOrder,
      }),
    }),
  });

  const Timeline = builder.objectRef<ITimelineEntry>('OrderTimelineEntry').implement({
    description: 'One thing that happened to an order, as shown to the customer.',
    fields: (t) => ({
      kind: t.exposeString('kind', {
        description:
          'opened, status, assigned, stepStarted, stepFinished, changeRequested, changeApproved, changeDeclined, conditionAcknowledged, pickupReminder',
      }),
      text: t.string({
        description:
          "In the viewer's language (their account's locale), written for them: the customer is addressed as the customer, staff read the shop's side.",
        resolve: (e, _a, ctx) =>
          e.messageKey
            ? ctx.runtime.messages.text(
                { key: e.messageKey, params: e.messageParams ?? undefined },
                ctx.viewer?.locale,
                readerOf(ctx.viewer),
              )
            : (e.text ?? ''),
      }),
      fromStatus: t.exposeString('fromStatus', { nullable: true }),
      toStatus: t.exposeString('toStatus', { nullable: true }),
      at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
      orderId: t.field({ type: 'ID', resolve: (e) => globalId('WorkOrder', e.orderId) }),
      actor: t.field({ type: PersonRef, nullable: true, resolve: (e, _a, ctx) => person(ctx, e.actorId) }),
    }),
  });

  builder.node(WorkOrderRef, {
    description: 'A work order: one pair of shoes in one store, from intake to pickup.',
    id: { resolve: (o) => o.id },
    loadMany: async (orderIds, ctx) => {
      const orders = await orderLoader(ctx).loadMany(orderIds);
      return orders.map((o) => (o && !(o instanceof Error) && canSeeOrder(ctx.viewer, o) ? o : null));
    },
    fields: (t) => ({
      tagNumber: t.exposeString('tagNumber', { description: 'Short number on the physical tag.' }),
      tagQr: t.string({
        description: 'SVG data URL of the QR code printed on the tag (staff scan it to open the order).',
        resolve: (o) => qrDataUrl(tagQrText(o)),
      }),
      status: t.exposeString('status', { description: 'A stage key of the pipeline, or onHold / cancelled.' }),
      statusLabel: t.string({
        description: "The store's name of the stage; on hold and cancelled in the viewer's language, for them.",
        resolve: (o, _a, ctx) => {
          const stage = stageText(o.pipeline, o.status);
          return typeof stage === 'string' ? stage : ctx.runtime.messages.text(stage, ctx.viewer?.locale, readerOf(ctx.viewer));
        },
      }),
      stages: t.field({
        type: [StageView],
        resolve: (o) => {
          const stages = stagesOf(o);
          const current = stages.findIndex((s) => s.key === (o.resumeStatus ?? o.status));
          return stages.map((s, i) => ({
            ...s,
            state: o.status === PICKED_UP || i < current ? 'done' : i === current ? 'current' : 'upcoming',
          }));
        },
      }),
      allowedMoves: t.stringList({
        description: 'Statuses `moveOrder` accepts now (staff).',
        resolve: (o, _a, ctx) => (ctx.viewer?.customerId ? [] : movesOf(o)),
      }),
      store: t.field({
        type: StoreRef,
        resolve: async (o, _a, ctx) => (await storeLoader(ctx).load(o.storeId)) ?? getStore(fresh(ctx), o.storeId),
      }),
      customerId: t.exposeID('customerId', { description: 'The customer (their account id).' }),
      customerName: t.string({
        resolve: (o, _a, ctx) => {
          const found = person(ctx, o.customerId, o);
          return found instanceof Promise ? found.then((p) => p?.displayName ?? '') : (found?.displayName ?? '');
        },
      }),
      shoeId: t.exposeID('shoeId', { nullable: true }),
      shoe: t.field({ type: Shoe, resolve: (o) => o.shoe }),
      services: t.field({ type: [Line], resolve: (o) => o.services }),
      totalMinor: t.int({ description: 'Quoted and approved services, in fen.', resolve: (o) => totalOf(o) }),
      currency: t.exposeString('currency'),
      technician: t.field({ type: PersonRef, nullable: true, resolve: (o, _a, ctx) => person(ctx, o.technicianId, o) }),
      promisedAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.promisedAt ?? null }),
      pickupCode: t.string({
        nullable: true,
        description: "The customer's pickup code (only the customer sees it; staff ask for it).",
        resolve: (o, _a, ctx) => (ctx.viewer?.customerId === o.customerId ? o.pickupCode : null),
      }),
      pickupQr: t.string({
        nullable: true,
        description: 'SVG data URL of the pickup QR for the customer to show at the counter.',
        resolve: (o, _a, ctx) => (ctx.viewer?.customerId === o.customerId ? qrDataUrl(pickupQrText(o)) : null),
      }),
      intakePhotos: t.field({ type: [AttachmentRef], resolve: (o, _a, ctx) => photos(ctx, o.intakePhotoIds) }),
      conditionNotes: t.exposeString('conditionNotes', { nullable: true, description: 'Existing damage noted at intake.' }),
      conditionAcknowledgedAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.conditionAcknowledgedAt ?? null }),
      awaitingIntake: t.boolean({
        description: 'Opened at check-in, waiting for the clerk to complete intake ("待登记"; see completeIntake).',
        resolve: (o) => !o.intakeCompletedAt,
      }),
      intakeCompletedAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.intakeCompletedAt ?? null }),
      steps: t.field({
        type: [CareStepRef],
        resolve: async (o, _a, ctx) => (o as OrderWithSteps).steps ?? (await stepsLoader(ctx).load(o.id)) ?? [],
      }),
      changeRequests: t.field({ type: [ChangeRequestRef], resolve: (o, _a, ctx) => changeRequestsOf(fresh(ctx), o.id) }),
      timeline: t.field({ type: [Timeline], resolve: (o, _a, ctx) => timelineOf(fresh(ctx), { orderId: o.id }) }),
      remindersSent: t.exposeInt('remindersSent'),
      reworkCount: t.exposeInt('reworkCount'),
      readyAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.readyAt ?? null }),
      pickedUpAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.pickedUpAt ?? null }),
      cancelReason: t.exposeString('cancelReason', { nullable: true }),
      createdAt: t.field({ type: 'DateTime', resolve: (o) => o.createdAt }),
    }),
  });

  if (options.integrations.customers) {
    frontDeskSchema(builder);
    builder.objectField(WorkOrderRef, 'customer', (t) =>
      t.field({
        type: CustomerRef,
        nullable: true,
        description: 'The customer record (customers plugin).',
        resolve: (o, _a, ctx) => getCustomer(fresh(ctx), o.customerId).catch(() => null),
      }),
    );
    builder.objectField(CustomerRef, 'orders', (t) =>
      t.field({
        type: [WorkOrderRef],
        description: "The customer's work orders the viewer may see, newest first.",
        args: { active: t.arg.boolean({ required: false }) },
        resolve: async (c, args, ctx, info) =>
          listedOrders(ctx, info, { customerId: c.id, active: args.active ?? false }).then((orders) =>
            orders.filter((o) => canSeeOrder(ctx.viewer, o)),
          ),
      }),
    );
  }

  // ------------------------------------------------------------------ queries

  builder.queryField('workOrders', (t) =>
    t.field({
      type: [WorkOrderRef],
      description:
        "A store's orders (clerks, admins; technicians get those assigned to them, or the pool with `unassigned`). Newest first, at most 500.",
      authScopes: { staff: true },
      args: {
        storeId: t.arg.globalID({ for: StoreRef, required: true }),
        statuses: t.arg.stringList({ required: false }),
        active: t.arg.boolean({ required: false, description: 'Leave out picked up and cancelled orders.' }),
        technicianId: t.arg.id({ required: false, description: 'Clerks and admins: only the orders this technician holds.' }),
        unassigned: t.arg.boolean({ required: false, description: 'Only orders no technician holds (the pool).' }),
      },
      resolve: (_r, args, ctx, info) => {
        const storeId = args.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId)) throw new NotAllowedError();
        const technicianOnly = !hasStoreRole(ctx.viewer, storeId, ['clerk', 'storeAdmin']);
        const technicianId = args.technicianId ? toUuid(args.technicianId, 'technicianId') : undefined;
        const unassigned = args.unassigned ?? false;
        return listedOrders(ctx, info, {
          storeId,
          statuses: args.statuses ?? undefined,
          active: args.active ?? false,
          unassigned,
          technicianId: technicianOnly && !unassigned ? ctx.viewer?.accountId : technicianId,
        });
      },
    }),
  );

  builder.queryField('myOrders', (t) =>
    t.field({
      type: [WorkOrderRef],
      description: "The signed-in customer's orders, newest first.",
      authScopes: { customer: true },
      args: { active: t.arg.boolean({ required: false }) },
      resolve: (_r, args, ctx, info) =>
        listedOrders(ctx, info, { customerId: ctx.viewer?.customerId as string, active: args.active ?? false }),
    }),
  );

  builder.queryField('orderByTag', (t) =>
    t.field({
      type: WorkOrderRef,
      nullable: true,
      description: 'Staff: the order by its tag number, or by the scanned tag QR text.',
      authScopes: { staff: true },
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }), tag: t.arg.string({ required: true }) },
      resolve: async (_r, args, ctx) => {
        const qr = args.tag.match(/^LW:ORDER:([0-9a-f-]{36})$/);
        const em = fresh(ctx);
        const found = qr
          ? (await ordersByIds(em, [qr[1]]))[0]
          : (await listOrders(em, { storeId: args.storeId.id })).find((o) => o.tagNumber === args.tag.trim());
        return found && found.storeId === args.storeId.id && canSeeOrder(ctx.viewer, found) ? found : null;
      },
    }),
  );

  builder.queryField('customerTimeline', (t) =>
    t.field({
      type: [Timeline],
      description:
        "Everything that happened to a customer's orders, oldest first. Customers read their own; staff a customer's in their stores.",
      authScopes: { signedIn: true },
      args: { customerId: t.arg.id({ required: false, description: 'Staff: whose timeline.' }) },
      resolve: async (_r, args, ctx) => {
        const viewer = ctx.viewer as Viewer;
        const customerId = viewer.customerId ?? (args.customerId ? toUuid(args.customerId, 'customerId') : null);
        if (!customerId) throw new NotFoundError('Customer');
        const entries = await timelineOf(fresh(ctx), { customerId });
        if (viewer.customerId) return entries;
        const stores = staffStoreIds(viewer, ['clerk', 'storeAdmin']);
        return entries.filter((e) => stores === null || stores.includes(e.storeId));
      },
    }),
  );

  const StageObj = builder.objectRef<Stage>('PipelineStage').implement({
    fields: (t) => ({
      key: t.exposeString('key'),
      label: t.exposeString('label'),
      categories: t.field({ type: [Category], nullable: true, resolve: (s) => s.categories }),
    }),
  });
  const Settings = builder
    .objectRef<{
      storeId: string;
      pipeline: Stage[];
      reminderAfterDays: number;
      reminderEveryDays: number;
      maxReminders: number;
    }>('CareSettings')
    .implement({
      fields: (t) => ({
        pipeline: t.field({ type: [StageObj], resolve: (s) => s.pipeline }),
        reminderAfterDays: t.exposeInt('reminderAfterDays'),
        reminderEveryDays: t.exposeInt('reminderEveryDays'),
        maxReminders: t.exposeInt('maxReminders'),
      }),
    });
  builder.objectField(StoreRef, 'careSettings', (t) =>
    t.field({
      type: Settings,
      authScopes: (s) => ({ storeStaff: s.id }),
      resolve: (s, _a, ctx) => careSettings(fresh(ctx), s.id),
    }),
  );

  // ------------------------------------------------------------------ mutations

  const ServiceInput = builder.inputType('OrderServiceInput', {
    description:
      'A catalog service by `serviceId` (name, category and list price filled in; `priceMinor` overrides the quote), or a service typed in full.',
    fields: (f) => ({
      serviceId: f.id({ required: false, description: 'Catalog service (when the catalog is installed).' }),
      code: f.string({ required: false, validate: z.string().trim().min(1).max(40) }),
      name: f.string({ required: false, validate: z.string().trim().min(1).max(60) }),
      category: f.field({ type: Category, required: false }),
      priceMinor: f.int({ required: false, validate: z.number().int().min(0).max(10_000_000) }),
    }),
  });
  const ShoeInput = builder.inputType('OrderShoeInput', {
    fields: (f) => ({
      brand: f.string({ required: true, validate: z.string().trim().min(1).max(60) }),
      model: f.string({ required: false }),
      colour: f.string({ required: false }),
      material: f.string({ required: false }),
      size: f.string({ required: false }),
    }),
  });
  const toDraft = (s: {
    code?: string | null;
    name?: string | null;
    category?: any;
    priceMinor?: number | null;
    serviceId?: string | number | null;
  }): ServiceDraft => ({
    code: s.code?.trim() ?? null,
    name: s.name?.trim() ?? null,
    category: s.category ?? null,
    priceMinor: s.priceMinor ?? null,
    serviceId: s.serviceId ? toUuid(s.serviceId, 'serviceId') : null,
  });
  const catalogOn = options.integrations.catalog;
  const customersOn = options.integrations.customers;

  builder.mutationField('openWorkOrder', (t) =>
    t.field({
      type: WorkOrderRef,
      description:
        "Intake: a clerk opens a work order for a pair (tag number and pickup code are issued). Refused with IntakePending while the customer's check-in order waits for intake, and with ActiveOrderExists for a pair already in the shop.",
      errors: { types: [IntakePendingError, ActiveOrderExistsError] },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('OpenWorkOrderInput', {
            fields: (f) => ({
              storeId: f.globalID({ for: StoreRef, required: true }),
              customerId: f.id({ required: true, description: 'The customer (account id or Customer id).' }),
              shoeId: f.id({ required: false, description: 'The pair on file (customers plugin).' }),
              shoe: f.field({ type: ShoeInput, required: false, description: 'Required unless `shoeId` names a pair on file.' }),
              services: f.field({ type: [ServiceInput], required: true }),
              technicianId: f.id({ required: false }),
              promisedAt: f.field({ type: 'DateTime', required: false }),
              conditionNotes: f.string({ required: false, validate: z.string().max(2000) }),
              intakePhotoIds: f.globalIDList({ for: AttachmentRef, required: false }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        const viewer = ctx.viewer;
        if (!viewer || !hasStoreRole(viewer, storeId, ['clerk', 'storeAdmin']))
          throw new NotAllowedError('Clerks and store admins open work orders.');
        const customerId = toUuid(input.customerId, 'customerId');
        return ctx.tx((tx) =>
          tx.once({ operation: 'openWorkOrder', key: input.idempotencyKey, result: openedOrder }, async () => {
            const pending = await pendingIntake(tx.em, storeId, customerId);
            if (pending) throw new IntakePendingError(pending.id);
            const intakePhotoIds = ids(input.intakePhotoIds);
            await shareAttachments(tx, viewer, intakePhotoIds, {
              storeId,
              accountIds: [customerId],
              kinds: ['image', 'video'],
              field: 'intakePhotoIds',
            });
            const shoeId = input.shoeId ? toUuid(input.shoeId, 'shoeId') : null;
            const shoe = await resolveShoe(
              tx.em,
              customerId,
              shoeId,
              input.shoe ? { ...input.shoe, brand: input.shoe.brand.trim() } : null,
              customersOn,
            );
            const services = await resolveServices(tx.em, storeId, input.services.map(toDraft), catalogOn);
            await linkCustomer(tx, customerId, storeId, customersOn);
            return openWorkOrder(tx, viewer.accountId, {
              storeId,
              customerId,
              shoeId,
              shoe,
              services,
              technicianId: input.technicianId ? toUuid(input.technicianId, 'technicianId') : null,
              promisedAt: input.promisedAt ?? null,
              conditionNotes: input.conditionNotes ?? null,
              intakePhotoIds,
            });
          }),
        );
      },
    }),
  );

  floorSchema(builder, options, { ServiceInput, ShoeInput, PersonRef, toDraft, listed: listedOrders });

  builder.mutationField('moveOrder', (t) =>
    t.field({
      type: WorkOrderRef,
      description: 'Moves an order to another status of its pipeline (or cancelled). Refused moves name the allowed ones.',
      errors: { types: [InvalidTransitionError] },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('MoveOrderInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: true }),
              to: f.string({ required: true }),
              reason: f.string({ required: false, validate: z.string().max(500) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(async (tx) => {
          const order = await orderFor(tx.em, ctx.viewer, input.orderId.id, true);
          return moveOrder(tx, ctx.viewer, order, input.to, input.reason ?? null, options);
        }),
    }),
  );

  builder.mutationField('assignTechnician', (t) =>
    t.field({
      type: WorkOrderRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AssignTechnicianInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: true }),
              technicianId: f.id({ required: true }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(async (tx) => {
          const order = await orderFor(tx.em, ctx.viewer, input.orderId.id, true);
          return assignTechnician(tx, ctx.viewer, order, toUuid(input.technicianId, 'technicianId'));
        }),
    }),
  );

  builder.mutationField('startCareStep', (t) =>
    t.field({
      type: CareStepRef,
      description: 'Starts work in the current stage. Refused with WorkNotApproved while extra work waits for the customer.',
      errors: { types: [WorkNotApprovedError] },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('StartCareStepInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: true }),
              serviceCode: f.string({ required: false }),
              notes: f.string({ required: false, validate: z.string().max(2000) }),
              beforePhotoIds: f.globalIDList({ for: AttachmentRef, required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(async (tx) => {
          const order = await orderFor(tx.em, ctx.viewer, input.orderId.id, true);
          const step = await startStep(tx, ctx.viewer, order, {
            serviceCode: input.serviceCode ?? null,
            notes: input.notes ?? null,
            beforePhotoIds: ids(input.beforePhotoIds),
          });
          await shareAttachments(tx, ctx.viewer as Viewer, step.beforePhotoIds, {
            storeId: order.storeId,
            accountIds: [order.customerId],
            kinds: ['image', 'video'],
            field: 'beforePhotoIds',
          });
          return step;
        }),
    }),
  );

  const MaterialInput = builder.inputType('MaterialUseInput', {
    fields: (f) => ({
      materialId: f.id({
        required: false,
        description: "The store's catalog material (required when the catalog is installed); its stock goes down.",
      }),
      name: f.string({ required: false, description: "Without the catalog only; a catalog material's is its own." }),
      quantity: f.float({ required: true, validate: z.number().positive(), description: 'Whole units for a catalog material.' }),
      unit: f.string({
        required: false,
        description: "Without the catalog only; given with a catalog material, it must be the catalog's.",
      }),
    }),
  });

  builder.mutationField('finishCareStep', (t) =>
    t.field({
      type: CareStepRef,
      description:
        "Finishes a step with its labour, materials (the store's catalog materials; their stock goes down — InsufficientStock when there is too little) and after photos.",
      errors: { types: options.integrations.catalog ? [InsufficientStockError] : [] },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('FinishCareStepInput', {
            fields: (f) => ({
              stepId: f.globalID({ for: CareStepRef, required: true }),
              labourMinutes: f.int({ required: true, validate: z.number().int().min(0).max(1440) }),
              materials: f.field({ type: [MaterialInput], required: false }),
              notes: f.string({ required: false, validate: z.string().max(2000) }),
              afterPhotoIds: f.globalIDList({ for: AttachmentRef, required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(async (tx) => {
          const afterPhotoIds = ids(input.afterPhotoIds);
          const { step, order } = await finishStep(
            tx,
            ctx.viewer,
            input.stepId.id,
            {
              labourMinutes: input.labourMinutes,
              materials: (input.materials ?? []).map((m) => ({
                materialId: m.materialId ? toUuid(m.materialId, 'materials') : null,
                name: m.name,
                quantity: m.quantity,
                unit: m.unit,
              })),
              notes: input.notes ?? null,
              afterPhotoIds,
            },
            options,
          );
          await shareAttachments(tx, ctx.viewer as Viewer, afterPhotoIds, {
            storeId: order.storeId,
            accountIds: [order.customerId],
            kinds: ['image', 'video'],
            field: 'afterPhotoIds',
          });
          return step;
        }),
    }),
  );

  const Origin = builder.enumType('ChangeRequestOrigin', { values: ['technician', 'customer'] as const });

  builder.mutationField('raiseChangeRequest', (t) =>
    t.field({
      type: ChangeRequestRef,
      description: 'Extra work with photos, description and price; the order goes on hold until the customer answers.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RaiseChangeRequestInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: true }),
              origin: f.field({
                type: Origin,
                required: false,
                description: 'technician (default): found a problem; customer: they asked for it.',
              }),
              description: f.string({ required: true, validate: z.string().trim().min(1).max(2000) }),
              photoIds: f.globalIDList({ for: AttachmentRef, required: false }),
              service: f.field({ type: ServiceInput, required: true }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) =>
          tx.once({ operation: 'raiseChangeRequest', key: input.idempotencyKey, result: raisedChange }, async () => {
            const order = await orderFor(tx.em, ctx.viewer, input.orderId.id, true);
            const photoIds = ids(input.photoIds);
            const [service] = await resolveServices(tx.em, order.storeId, [toDraft(input.service)], catalogOn);
            const cr = await raiseChangeRequest(tx, ctx.viewer, order, {
              origin: input.origin ?? 'technician',
              description: input.description.trim(),
              photoIds,
              service,
            });
            await shareAttachments(tx, ctx.viewer as Viewer, photoIds, {
              storeId: order.storeId,
              accountIds: [order.customerId],
              kinds: ['image', 'video'],
              field: 'photoIds',
            });
            return cr;
          }),
        ),
    }),
  );

  builder.mutationField('answerChangeRequest', (t) =>
    t.field({
      type: ChangeRequestRef,
      description: 'The customer approves (service and price join the order) or declines; work resumes.',
      errors: {},
      authScopes: { customer: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AnswerChangeRequestInput', {
            fields: (f) => ({
              changeRequestId: f.globalID({ for: ChangeRequestRef, required: true }),
              approve: f.boolean({ required: true }),
              note: f.string({ required: false, validate: z.string().max(500) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(
          async (tx) =>
            (await answerChangeRequest(tx, ctx.viewer, input.changeRequestId.id, input.approve, input.note ?? null))
              .changeRequest,
        ),
    }),
  );

  builder.mutationField('acknowledgeCondition', (t) =>
    t.field({
      type: WorkOrderRef,
      description: 'The customer confirms the condition notes and intake photos (existing damage).',
      errors: {},
      authScopes: { customer: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AcknowledgeConditionInput', {
            fields: (f) => ({ orderId: f.globalID({ for: WorkOrderRef, required: true }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(async (tx) => acknowledgeCondition(tx, ctx.viewer, await orderFor(tx.em, ctx.viewer, input.orderId.id, true))),
    }),
  );

  builder.mutationField('pickUpOrder', (t) =>
    t.field({
      type: WorkOrderRef,
      description: "Hands the pair over: the customer's 6-digit code with the order, or the pickup QR text alone.",
      errors: { types: [WrongPickupCodeError, InvalidTransitionError] },
      authScopes: { staff: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('PickUpOrderInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: false }),
              code: f.string({ required: false }),
              qr: f.string({ required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const target = pickupTarget({ orderId: input.orderId?.id ?? null, code: input.code ?? null, qr: input.qr ?? null });
        const keys = [
          [PICKUP_LIMITS.perOrder, target.orderId],
          [PICKUP_LIMITS.perAccount, ctx.viewer?.accountId ?? ''],
          [PICKUP_LIMITS.perAddress, ctx.clientAddress],
        ] as const;
        return limitAttempts(ctx.em, keys, () => ctx.tx((tx) => pickUp(tx, ctx.viewer, target)), { refundOnSuccess: true });
      },
    }),
  );

  const StageInput = builder.inputType('PipelineStageInput', {
    fields: (f) => ({
      key: f.string({ required: true }),
      label: f.string({ required: true, validate: z.string().trim().min(1).max(30) }),
      categories: f.field({ type: [Category], required: false, description: 'Absent: every order passes this stage.' }),
    }),
  });

  builder.mutationField('configureCare', (t) =>
    t.field({
      type: Settings,
      description: "A store admin's pipeline and pickup reminder settings. Orders already open keep their pipeline.",
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('ConfigureCareInput', {
            fields: (f) => ({
              storeId: f.globalID({ for: StoreRef, required: true }),
              pipeline: f.field({ type: [StageInput], required: false }),
              reminderAfterDays: f.int({ required: false, validate: z.number().int().min(1).max(60) }),
              reminderEveryDays: f.int({ required: false, validate: z.number().int().min(1).max(60) }),
              maxReminders: f.int({ required: false, validate: z.number().int().min(0).max(20) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['storeAdmin'])) throw new NotAllowedError('Store admins configure the pipeline.');
        return ctx.tx((tx) =>
          configureCare(tx, storeId, {
            pipeline: input.pipeline?.map((s) => ({ key: s.key, label: s.label, categories: s.categories ?? null })),
            reminderAfterDays: input.reminderAfterDays,
            reminderEveryDays: input.reminderEveryDays,
            maxReminders: input.maxReminders,
          }),
        );
      },
    }),
  );

  // ------------------------------------------------------------------ live progress

  interface OrderEventShape {
    cursor: string;
    type: string;
    at: Date;
    payload: Record<string, any>;
  }
  const OrderEvent = builder.objectRef<OrderEventShape>('OrderEvent').implement({
    description: 'Something happened to an order. Keep `cursor` and pass it as `after` to resume without gaps.',
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      type: t.exposeString('type', {
        description: 'order.opened, order.statusChanged, order.stepStarted, … (see docs/api/care-aftercare.md)',
      }),
      at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
      orderId: t.field({ type: 'ID', resolve: (e) => globalId('WorkOrder', e.payload.orderId) }),
      from: t.string({ nullable: true, resolve: (e) => e.payload.from ?? null }),
      to: t.string({ nullable: true, resolve: (e) => e.payload.to ?? null }),
      label: t.string({ nullable: true, resolve: (e) => e.payload.label ?? null }),
      reason: t.string({ nullable: true, resolve: (e) => e.payload.reason ?? null }),
      order: t.field({
        type: WorkOrderRef,
        nullable: true,
        description: 'The order as it is now.',
        resolve: async (e, _a, ctx) => {
          const [order] = await ordersByIds(fresh(ctx), [e.payload.orderId]);
          return order && canSeeOrder(ctx.viewer, order) ? order : null;
        },
      }),
      step: t.field({
        type: CareStepRef,
        nullable: true,
        resolve: (e, _a, ctx) => (e.payload.stepId ? stepById(fresh(ctx), e.payload.stepId) : null),
      }),
      changeRequest: t.field({
        type: ChangeRequestRef,
        nullable: true,
        resolve: (e, _a, ctx) => (e.payload.changeRequestId ? changeRequestById(fresh(ctx), e.payload.changeRequestId) : null),
      }),
    }),
  });
  const toEvent = (e: any): OrderEventShape => ({ cursor: e.id, type: e.type, at: e.at, payload: e.payload });

  builder.subscriptionField('myOrderEvents', (t) =>
    t.field({
      type: OrderEvent,
      description: "Live progress of all the signed-in customer's orders.",
      authScopes: { customer: true },
      args: { after: t.arg.string({ required: false, description: 'Replay events after this cursor first.' }) },
      subscribe: (_r, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: ORDER_EVENT_TYPES,
          where: { customerId: ctx.viewer?.customerId },
        }),
      resolve: toEvent,
    }),
  );

  builder.subscriptionField('orderEvents', (t) =>
    t.field({
      type: OrderEvent,
      description: "Live progress of one order (its customer, its store's clerks and admins, its technician).",
      authScopes: { signedIn: true },
      args: { orderId: t.arg.globalID({ for: WorkOrderRef, required: true }), after: t.arg.string({ required: false }) },
      subscribe: async (_r, args, ctx) => {
        await orderFor(fresh(ctx), ctx.viewer, args.orderId.id);
        return ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: ORDER_EVENT_TYPES,
          filter: (e) => e.payload.orderId === args.orderId.id,
        });
      },
      resolve: toEvent,
    }),
  );

  builder.subscriptionField('storeBoardEvents', (t) =>
    t.field({
      type: OrderEvent,
      description: "The store board: every order event of a store (technicians: their orders' events).",
      authScopes: { staff: true },
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }), after: t.arg.string({ required: false }) },
      subscribe: (_r, args, ctx) => {
        if (!hasStoreRole(ctx.viewer, args.storeId.id)) throw new NotAllowedError();
        return ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: ORDER_EVENT_TYPES,
          where: { storeId: args.storeId.id },
        });
      },
      resolve: toEvent,
    }),
  );
}
