import type { Builder, PluginEnvironment, Viewer } from '@lacewire/core';
import { InsufficientStockError } from '@lacewire/plugin-catalog';
import { AttachmentRef } from '@lacewire/plugin-files';
import { z } from 'zod';
import { WorkNotApprovedError } from '../errors.ts';
import { CareStepRef, WorkOrderRef } from '../refs.ts';
import { finishStep, orderFor, startStep } from '../services.ts';
import { careState } from '../state.ts';
import { type CareInputs, type MaterialLineInput, toMaterialDraft } from './inputs.ts';
import { localIds, shareWithCustomer } from './shared.ts';

/** The technician's work: starting and finishing care steps. */
export function stepMutations(builder: Builder, env: PluginEnvironment, { MaterialInput }: CareInputs) {
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
            beforePhotoIds: localIds(input.beforePhotoIds),
          });
          await shareWithCustomer(tx, ctx.viewer as Viewer, order, step.beforePhotoIds, 'beforePhotoIds');
          return step;
        }),
    }),
  );

  builder.mutationField('finishCareStep', (t) =>
    t.field({
      type: CareStepRef,
      description:
        "Finishes a step with its labour, materials (the store's catalog materials; their stock goes down — InsufficientStock when there is too little) and after photos.",
      errors: { types: env.has('catalog') ? [InsufficientStockError] : [] },
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
          const afterPhotoIds = localIds(input.afterPhotoIds);
          const materials = ((input.materials ?? []) as MaterialLineInput[]).map(toMaterialDraft);
          const { step, order } = await finishStep(
            tx,
            ctx.viewer,
            input.stepId.id,
            { labourMinutes: input.labourMinutes, materials, notes: input.notes ?? null, afterPhotoIds },
            careState.of(ctx.runtime),
          );
          await shareWithCustomer(tx, ctx.viewer as Viewer, order, afterPhotoIds, 'afterPhotoIds');
          return step;
        }),
    }),
  );
}
