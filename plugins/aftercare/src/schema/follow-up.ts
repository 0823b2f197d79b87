import { type Builder, hasStoreRole, NotAllowedError } from '@lacewire/core';
import { orderFor, WorkOrderRef } from '@lacewire/plugin-care';
import { StoreRef } from '@lacewire/plugin-stores';
import { FollowUpTask } from '../entities.ts';
import { FollowUpTaskRef } from '../refs.ts';
import { completeFollowUp, listFollowUps } from '../services.ts';
import { fresh } from './access.ts';

/** Check-in calls after pickup: the FollowUpTask node, a store's list and `completeFollowUp` (clerks, admins). */
export function followUpSchema(builder: Builder) {
  builder.node(FollowUpTaskRef, {
    description: 'A check-in after pickup (e.g. a call 7 days later), due as a scheduled job.',
    id: { resolve: (f) => f.id },
    loadMany: async (ids, ctx) => {
      const found = await fresh(ctx).find(FollowUpTask, { id: { $in: [...ids] } });
      return ids.map(
        (id) => found.find((f) => f.id === id && hasStoreRole(ctx.viewer, f.storeId, ['clerk', 'storeAdmin'])) ?? null,
      );
    },
    fields: (t) => ({
      kind: t.exposeString('kind'),
      status: t.exposeString('status', { description: 'scheduled, due or done.' }),
      dueAt: t.field({ type: 'DateTime', resolve: (f) => f.dueAt }),
      note: t.exposeString('note', { nullable: true }),
      doneAt: t.field({ type: 'DateTime', nullable: true, resolve: (f) => f.doneAt ?? null }),
      order: t.field({ type: WorkOrderRef, resolve: (f, _a, ctx) => orderFor(fresh(ctx), ctx.viewer, f.orderId) }),
    }),
  });

  builder.queryField('followUpTasks', (t) =>
    t.field({
      type: [FollowUpTaskRef],
      authScopes: { staff: true },
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }), statuses: t.arg.stringList({ required: false }) },
      resolve: (_r, args, ctx) => {
        if (!hasStoreRole(ctx.viewer, args.storeId.id, ['clerk', 'storeAdmin'])) throw new NotAllowedError();
        return listFollowUps(fresh(ctx), args.storeId.id, args.statuses);
      },
    }),
  );

  builder.mutationField('completeFollowUp', (t) =>
    t.field({
      type: FollowUpTaskRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('CompleteFollowUpInput', {
            fields: (f) => ({
              taskId: f.globalID({ for: FollowUpTaskRef, required: true }),
              note: f.string({ required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => ctx.tx((tx) => completeFollowUp(tx, ctx.viewer, input.taskId.id, input.note ?? null)),
    }),
  );
}
