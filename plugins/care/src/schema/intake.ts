import {
  type Builder,
  hasStoreRole,
  idempotencyKeyInput,
  NotAllowedError,
  type PluginEnvironment,
  replayableEntity,
  type Viewer,
} from '@lacewire/core';
import { CustomerRef } from '@lacewire/plugin-customers';
import { AttachmentRef } from '@lacewire/plugin-files';
import { AccountRef } from '@lacewire/plugin-identity';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { WorkOrder } from '../entities.ts';
import { ActiveOrderExistsError, IntakePendingError } from '../errors.ts';
import { completeIntake } from '../intake.ts';
import { linkCustomer, resolveServices, resolveShoe } from '../integrations.ts';
import { WorkOrderRef } from '../refs.ts';
import { openWorkOrder, orderFor, pendingIntake } from '../services.ts';
import { careState } from '../state.ts';
import { type CareInputs, type PairInput, type ServiceLineInput, toDraft } from './inputs.ts';
import { localIds, shareWithCustomer } from './shared.ts';

const openedOrder = replayableEntity('WorkOrder', WorkOrder);

/** Intake at the counter: a clerk opens an order, or completes the one a check-in opened. */
export function intakeMutations(builder: Builder, env: PluginEnvironment, { ServiceInput, ShoeInput, shoeIdField }: CareInputs) {
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
              customerId: f.globalID({ for: env.has('customers') ? CustomerRef : AccountRef, required: true }),
              ...shoeIdField(f, 'The pair on file.'),
              shoe: f.field({ type: ShoeInput, required: false, description: 'Required unless `shoeId` names a pair on file.' }),
              services: f.field({ type: [ServiceInput], required: true }),
              technicianId: f.globalID({ for: AccountRef, required: false }),
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
        const customerId = input.customerId.id;
        const { integrations } = careState.of(ctx.runtime);
        return ctx.tx((tx) =>
          tx.once({ operation: 'openWorkOrder', key: input.idempotencyKey, result: openedOrder }, async () => {
            const pending = await pendingIntake(tx.em, storeId, customerId);
            if (pending) throw new IntakePendingError(pending.id);
            const intakePhotoIds = localIds(input.intakePhotoIds);
            await shareWithCustomer(tx, viewer, { storeId, customerId }, intakePhotoIds, 'intakePhotoIds');
            const shoeId = (input as PairInput).shoeId?.id ?? null;
            const typed = input.shoe ? { ...input.shoe, brand: input.shoe.brand.trim() } : null;
            const shoe = await resolveShoe(tx.em, customerId, shoeId, typed, integrations.customers);
            const drafts = (input.services as ServiceLineInput[]).map(toDraft);
            const services = await resolveServices(tx.em, storeId, drafts, integrations.catalog);
            await linkCustomer(tx, customerId, storeId, integrations.customers);
            return openWorkOrder(tx, viewer.accountId, {
              storeId,
              customerId,
              shoeId,
              shoe,
              services,
              technicianId: input.technicianId?.id ?? null,
              promisedAt: input.promisedAt ?? null,
              conditionNotes: input.conditionNotes ?? null,
              intakePhotoIds,
            });
          }),
        );
      },
    }),
  );

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
              ...shoeIdField(f, 'The pair on file.'),
              shoe: f.field({ type: ShoeInput, required: false, description: 'Required unless the pair is on file.' }),
              services: f.field({ type: [ServiceInput], required: false, description: 'Absent: the booked services.' }),
              technicianId: f.globalID({ for: AccountRef, required: false }),
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
          const intakePhotoIds = localIds(input.intakePhotoIds);
          await shareWithCustomer(tx, viewer, order, intakePhotoIds, 'intakePhotoIds');
          return completeIntake(
            tx,
            viewer,
            order,
            {
              shoeId: (input as PairInput).shoeId?.id ?? null,
              shoe: input.shoe ? { ...input.shoe, brand: input.shoe.brand.trim() } : null,
              services: (input.services as ServiceLineInput[] | null | undefined)?.map(toDraft) ?? null,
              technicianId: input.technicianId?.id ?? null,
              promisedAt: input.promisedAt ?? undefined,
              conditionNotes: input.conditionNotes ?? undefined,
              intakePhotoIds,
            },
            careState.of(ctx.runtime),
          );
        }),
    }),
  );
}
