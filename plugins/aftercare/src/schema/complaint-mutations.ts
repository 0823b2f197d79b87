import { type Builder, idempotencyKeyInput, replayableEntity, type Viewer } from '@lacewire/core';
import { WorkOrderRef } from '@lacewire/plugin-care';
import { AttachmentRef, shareAttachments } from '@lacewire/plugin-files';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { Complaint } from '../entities.ts';
import { InvalidComplaintTransitionError } from '../errors.ts';
import { ComplaintRef } from '../refs.ts';
import { submitComplaint, updateComplaint } from '../services.ts';
import { aftercareState } from '../state.ts';
import { localIds } from './access.ts';
import type { ComplaintEnums } from './complaint.ts';

const submitted = replayableEntity('Complaint', Complaint);

/** `submitComplaint` (the customer; dispatched at once) and `updateComplaint` (moves and notes). */
export function complaintMutations(builder: Builder, { Category, Severity, Status }: ComplaintEnums) {
  builder.mutationField('submitComplaint', (t) =>
    t.field({
      type: ComplaintRef,
      description: "A customer reports a problem; it is dispatched by the store's rules at once.",
      errors: {},
      authScopes: { customer: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SubmitComplaintInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: false }),
              storeId: f.globalID({ for: StoreRef, required: false, description: 'When the complaint is not about one order.' }),
              category: f.field({ type: Category, required: true }),
              severity: f.field({ type: Severity, required: true }),
              description: f.string({ required: true, validate: z.string().trim().min(1).max(4000) }),
              photoIds: f.globalIDList({ for: AttachmentRef, required: false }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) =>
          tx.once({ operation: 'submitComplaint', key: input.idempotencyKey, result: submitted }, async () => {
            const photoIds = localIds(input.photoIds);
            const complaint = await submitComplaint(
              tx,
              ctx.viewer,
              {
                orderId: input.orderId?.id ?? null,
                storeId: input.storeId?.id ?? null,
                category: input.category,
                severity: input.severity,
                description: input.description.trim(),
                photoIds,
              },
              aftercareState.of(ctx.runtime),
            );
            await shareAttachments(tx, ctx.viewer as Viewer, photoIds, {
              storeId: complaint.storeId,
              kinds: ['image', 'video'],
              field: 'photoIds',
            });
            return complaint;
          }),
        ),
    }),
  );

  builder.mutationField('updateComplaint', (t) =>
    t.field({
      type: ComplaintRef,
      description: 'Staff answer and move a complaint; the customer closes a resolved one or reopens it (to inProgress).',
      errors: { types: [InvalidComplaintTransitionError] },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateComplaintInput', {
            fields: (f) => ({
              complaintId: f.globalID({ for: ComplaintRef, required: true }),
              to: f.field({ type: Status, required: false }),
              note: f.string({ required: false, validate: z.string().max(2000) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) => updateComplaint(tx, ctx.viewer, input.complaintId.id, { to: input.to ?? null, note: input.note ?? null })),
    }),
  );
}
