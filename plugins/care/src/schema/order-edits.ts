import type { Builder, Viewer } from '@lacewire/core';
import { AttachmentRef } from '@lacewire/plugin-files';
import { AccountRef } from '@lacewire/plugin-identity';
import { z } from 'zod';
import { editOrder } from '../edits.ts';
import { ActiveOrderExistsError, InvalidTransitionError } from '../errors.ts';
import { WorkOrderRef } from '../refs.ts';
import { assignTechnician, moveOrder, orderFor } from '../services.ts';
import { careState } from '../state.ts';
import { type CareInputs, type PairInput, type ServiceLineInput, toDraft } from './inputs.ts';
import { localIds, shareWithCustomer } from './shared.ts';

/** A value the input left out or set to null: no change. */
const given = <T>(value: T | null | undefined) => (value === null || value === undefined ? undefined : value);

/** Changing an order after intake: its details, its status, its technician. */
export function orderEditMutations(builder: Builder, { ServiceInput, ShoeInput, shoeIdField }: CareInputs) {
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
              ...shoeIdField(f, 'Another pair on file.'),
              shoe: f.field({ type: ShoeInput, required: false, description: 'Corrected pair details.' }),
              addIntakePhotoIds: f.globalIDList({ for: AttachmentRef, required: false }),
              removeIntakePhotoIds: f.globalIDList({ for: AttachmentRef, required: false }),
              conditionNotes: f.string({ required: false, validate: z.string().max(2000) }),
              promisedAt: f.field({ type: 'DateTime', required: false }),
              technicianId: f.globalID({ for: AccountRef, required: false }),
              unassign: f.boolean({ required: false, description: 'Take the technician off (the order goes back to the pool).' }),
              services: f.field({
                type: [ServiceInput],
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
          const addIntakePhotoIds = localIds(input.addIntakePhotoIds);
          await shareWithCustomer(tx, viewer, order, addIntakePhotoIds, 'intakePhotoIds');
          return editOrder(
            tx,
            viewer,
            order,
            {
              shoeId: given((input as PairInput).shoeId)?.id,
              shoe: given(input.shoe),
              addIntakePhotoIds,
              removeIntakePhotoIds: localIds(input.removeIntakePhotoIds),
              conditionNotes: given(input.conditionNotes),
              promisedAt: given(input.promisedAt),
              technicianId: input.unassign ? null : given(input.technicianId)?.id,
              services: given(input.services as ServiceLineInput[] | null | undefined)?.map(toDraft),
            },
            careState.of(ctx.runtime),
          );
        }),
    }),
  );

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
          return moveOrder(tx, ctx.viewer, order, input.to, input.reason ?? null, careState.of(ctx.runtime));
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
              technicianId: f.globalID({ for: AccountRef, required: true }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx(async (tx) => {
          const order = await orderFor(tx.em, ctx.viewer, input.orderId.id, true);
          return assignTechnician(tx, ctx.viewer, order, input.technicianId.id);
        }),
    }),
  );
}
