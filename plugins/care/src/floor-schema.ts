import { type Builder, hasStoreRole, NotAllowedError, type Viewer } from '@lacewire/core';
import { AttachmentRef, shareAttachments } from '@lacewire/plugin-files';
import { z } from 'zod';
import { ActiveOrderExistsError } from './errors.ts';
import { toUuid } from './ids.ts';
import { completeIntake } from './intake.ts';
import type { ServiceDraft } from './integrations.ts';
import { WorkOrderRef } from './refs.ts';
import { type CareOptions, orderFor } from './services.ts';

/** Input types the intake and floor mutations share with openWorkOrder. */
export interface FloorInputs {
  ServiceInput: any;
  ShoeInput: any;
  toDraft: (s: any) => ServiceDraft;
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

/** The shop floor: completing the order a check-in opened. */
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
}
