import {
  type Builder,
  type Context,
  defineErrorType,
  hasStoreRole,
  NotAllowedError,
  NotFoundError,
  type objectRef,
  type Viewer,
} from '@lacewire/core';
import { AttachmentRef, shareAttachments } from '@lacewire/plugin-files';
import { StoreRef } from '@lacewire/plugin-stores';
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { editOrder } from './edits.ts';
import type { IWorkOrder } from './entities.ts';
import { ActiveOrderExistsError, AlreadyClaimedError } from './errors.ts';
import { toUuid } from './ids.ts';
import { completeIntake } from './intake.ts';
import type { ServiceDraft } from './integrations.ts';
import type { Person } from './people.ts';
import { claimOrder, workload } from './pool.ts';
import { WorkOrderRef } from './refs.ts';
import { type CareOptions, getOrder, type OrderFilter, orderFor } from './services.ts';

/** What the floor schema shares with the rest of care's schema. */
export interface FloorInputs {
  ServiceInput: any;
  ShoeInput: any;
  PersonRef: ReturnType<typeof objectRef<Person>>;
  toDraft: (s: any) => ServiceDraft;
  /** A list of orders reading only what the operation selects (see listOrders). */
  listed: (ctx: Context, info: GraphQLResolveInfo, filter: OrderFilter) => Promise<IWorkOrder[]>;
}

const photoIdsOf = (list: { id: string }[] | null | undefined) => (list ?? []).map((g) => g.id);

/** Intake photos are shared with the order's customer, like those given to openWorkOrder. */
export async function shareIntakePhotos(
  tx: Parameters<typeof shareAttachments>[0],
  viewer: Viewer,
  storeId: string,
  customerId: string,
  photoIds: string[],
) {
  await shareAttachments(tx, viewer, photoIds, {
    storeId,
    accountIds: [customerId],
    kinds: ['image', 'video'],
    field: 'intakePhotoIds',
  });
}

/** The shop floor: completing the order a check-in opened, the pool technicians claim from, who holds what. */
export function floorSchema(builder: Builder, options: CareOptions, inputs: FloorInputs) {
  builder.mutationField('completeIntake', (t) =>
    t.field({
      type: WorkOrderRef,
      description:
        'The clerk completes the order a check-in opened ("待登记"): the pair (on file or described), photos, condition notes, services and prices (the booked ones when left out), promised date, technician. The same order continues; no second one is opened.',
      errors: { types: [ActiveOrderExistsError] },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('CompleteIntakeInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: true }),
              shoeId: f.id({ required: false, description: 'The pair on file (customers plugin).' }),
              shoe: f.field({ type: inputs.ShoeInput, required: false, description: 'Required unless the pair is on file.' }),
              services: f.field({ type: [inputs.ServiceInput], required: false, description: 'Absent: the booked services.' }),
              technicianId: f.id({ required: false }),
              promisedAt: f.field({ type: 'DateTime', required: false }),
              conditionNotes: f.string({ required: false, validate: z.string().max(2000) }),
              intakePhotoIds: f.globalIDList({ for: AttachmentRef, required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(async (tx) => {
          const viewer = ctx.viewer as Viewer;
          const order = await orderFor(tx.em, viewer, input.orderId.id, true);
          if (!hasStoreRole(viewer, order.storeId, ['clerk', 'storeAdmin']))
            throw new NotAllowedError('Clerks and store admins complete intake.');
          const intakePhotoIds = photoIdsOf(input.intakePhotoIds);
          await shareIntakePhotos(tx, viewer, order.storeId, order.customerId, intakePhotoIds);
          return completeIntake(
            tx,
            viewer,
            order,
            {
              shoeId: input.shoeId ? toUuid(input.shoeId, 'shoeId') : null,
              shoe: input.shoe ? { ...input.shoe, brand: input.shoe.brand.trim() } : null,
              services: input.services?.map(inputs.toDraft) ?? null,
              technicianId: input.technicianId ? toUuid(input.technicianId, 'technicianId') : null,
              promisedAt: input.promisedAt ?? undefined,
              conditionNotes: input.conditionNotes ?? undefined,
              intakePhotoIds,
            },
            options,
          );
        }),
    }),
  );

  editSchema(builder, options, inputs);
  poolSchema(builder, inputs);
}

function editSchema(builder: Builder, options: CareOptions, inputs: FloorInputs) {
  builder.mutationField('editWorkOrder', (t) =>
    t.field({
      type: WorkOrderRef,
      description:
        'Changes an order after intake: photos, condition notes, promised date (the customer gets order.promiseChanged), the pair, the technician, and quoted services work has not started on. Clerks and admins change anything; the assigned technician photos and notes. Each change is a timeline entry with who and when.',
      errors: { types: [ActiveOrderExistsError] },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('EditWorkOrderInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: true }),
              shoeId: f.id({ required: false, description: 'Another pair on file.' }),
              shoe: f.field({ type: inputs.ShoeInput, required: false, description: 'Corrected pair details.' }),
              addIntakePhotoIds: f.globalIDList({ for: AttachmentRef, required: false }),
              removeIntakePhotoIds: f.globalIDList({ for: AttachmentRef, required: false }),
              conditionNotes: f.string({ required: false, validate: z.string().max(2000) }),
              promisedAt: f.field({ type: 'DateTime', required: false }),
              technicianId: f.id({ required: false }),
              unassign: f.boolean({ required: false, description: 'Take the technician off (the order goes back to the pool).' }),
              services: f.field({
                type: [inputs.ServiceInput],
                required: false,
                description: 'The quoted services as they should be (lines from change requests stay).',
              }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(async (tx) => {
          const viewer = ctx.viewer as Viewer;
          const order = await orderFor(tx.em, viewer, input.orderId.id, true);
          const addIntakePhotoIds = photoIdsOf(input.addIntakePhotoIds);
          await shareIntakePhotos(tx, viewer, order.storeId, order.customerId, addIntakePhotoIds);
          const given = <T>(value: T | null | undefined) => (value === null || value === undefined ? undefined : value);
          return editOrder(
            tx,
            viewer,
            order,
            {
              shoeId: input.shoeId ? toUuid(input.shoeId, 'shoeId') : undefined,
              shoe: given(input.shoe),
              addIntakePhotoIds,
              removeIntakePhotoIds: photoIdsOf(input.removeIntakePhotoIds),
              conditionNotes: given(input.conditionNotes),
              promisedAt: given(input.promisedAt),
              technicianId: input.unassign ? null : input.technicianId ? toUuid(input.technicianId, 'technicianId') : undefined,
              services: given(input.services)?.map(inputs.toDraft),
            },
            options,
          );
        }),
    }),
  );
}

function poolSchema(builder: Builder, inputs: FloorInputs) {
  defineErrorType(builder, AlreadyClaimedError, {
    name: 'AlreadyClaimed',
    description: 'Another technician claimed the order first.',
    fields: (t) => ({ technicianId: t.exposeID('technicianId') }),
  });

  builder.queryField('unassignedOrders', (t) =>
    t.field({
      type: [WorkOrderRef],
      description: "The store's pool: open orders no technician holds, oldest first. Technicians claim from it (claimWorkOrder).",
      authScopes: { staff: true },
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }) },
      resolve: (_r, args, ctx, info) => {
        if (!hasStoreRole(ctx.viewer, args.storeId.id)) throw new NotAllowedError();
        return inputs.listed(ctx, info, { storeId: args.storeId.id, unassigned: true, active: true, oldestFirst: true });
      },
    }),
  );

  builder.mutationField('claimWorkOrder', (t) =>
    t.field({
      type: WorkOrderRef,
      description:
        'A technician takes an order from the pool. Of two technicians claiming at once one wins; the other gets AlreadyClaimed.',
      errors: { types: [AlreadyClaimedError] },
      authScopes: { staff: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('ClaimWorkOrderInput', {
            fields: (f) => ({ orderId: f.globalID({ for: WorkOrderRef, required: true }) }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(async (tx) => {
          // Not orderFor: to the technician who lost the race the order is no longer visible, yet the answer is AlreadyClaimed.
          const order = await getOrder(tx.em, input.orderId.id, true);
          if (!hasStoreRole(ctx.viewer, order.storeId, ['technician'])) throw new NotFoundError('Work order');
          return claimOrder(tx, ctx.viewer as Viewer, order);
        }),
    }),
  );

  const Held = builder
    .objectRef<{ technician: { accountId: string; displayName: string }; orders: IWorkOrder[] }>('TechnicianOrders')
    .implement({
      description: 'The open orders one technician holds.',
      fields: (t) => ({
        technician: t.field({ type: inputs.PersonRef, resolve: (h) => h.technician }),
        orders: t.field({ type: [WorkOrderRef], resolve: (h) => h.orders }),
      }),
    });
  const Workload = builder
    .objectRef<{
      technicians: { technician: { accountId: string; displayName: string }; orders: IWorkOrder[] }[];
      unassigned: IWorkOrder[];
    }>('StoreWorkload')
    .implement({
      description: "Who holds what in a store: each technician's open orders, and the pool.",
      fields: (t) => ({
        technicians: t.field({ type: [Held], resolve: (w) => w.technicians }),
        unassigned: t.field({ type: [WorkOrderRef], resolve: (w) => w.unassigned }),
      }),
    });
  builder.queryField('storeWorkload', (t) =>
    t.field({
      type: Workload,
      description: 'Clerks and admins: every technician of the store with the open orders they hold, and the unassigned pool.',
      authScopes: { staff: true },
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }) },
      resolve: (_r, args, ctx) => {
        if (!hasStoreRole(ctx.viewer, args.storeId.id, ['clerk', 'storeAdmin']))
          throw new NotAllowedError('Clerks and store admins see who holds what.');
        return workload(ctx.runtime.em(), args.storeId.id);
      },
    }),
  );
}
