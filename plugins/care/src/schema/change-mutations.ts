import { type Builder, idempotencyKeyInput, replayableEntity, type Viewer } from '@lacewire/core';
import { AttachmentRef } from '@lacewire/plugin-files';
import { z } from 'zod';
import { ChangeRequest } from '../entities.ts';
import { resolveServices } from '../integrations.ts';
import { ChangeRequestRef, WorkOrderRef } from '../refs.ts';
import { acknowledgeCondition, answerChangeRequest, orderFor, raiseChangeRequest } from '../services.ts';
import { careState } from '../state.ts';
import { type CareInputs, type ServiceLineInput, toDraft } from './inputs.ts';
import { localIds, shareWithCustomer } from './shared.ts';

const raisedChange = replayableEntity('ChangeRequest', ChangeRequest);

/** Extra work the customer approves before it is done, and the customer's acknowledgement of the pair's condition. */
export function changeMutations(builder: Builder, { ServiceInput }: CareInputs) {
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
            const photoIds = localIds(input.photoIds);
            const draft = toDraft(input.service as ServiceLineInput);
            const catalog = careState.of(ctx.runtime).integrations.catalog;
            const [service] = await resolveServices(tx.em, order.storeId, [draft], catalog);
            const cr = await raiseChangeRequest(tx, ctx.viewer, order, {
              origin: input.origin ?? 'technician',
              description: input.description.trim(),
              photoIds,
              service,
            });
            await shareWithCustomer(tx, ctx.viewer as Viewer, order, photoIds, 'photoIds');
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
}
