import { type Builder, hasStoreRole, NotAllowedError } from '@lacewire/core';
import { orderFor, WorkOrderRef } from '@lacewire/plugin-care';
import { AttachmentRef } from '@lacewire/plugin-files';
import { getStore, StoreRef } from '@lacewire/plugin-stores';
import { Complaint, type IComplaintUpdate } from '../entities.ts';
import { ComplaintRef } from '../refs.ts';
import { COMPLAINT_CATEGORIES, canSeeComplaint, complaintMoves, complaintUpdates, listComplaints } from '../services.ts';
import { fresh, photos } from './access.ts';
import { type PersonRef, person } from './person.ts';

export type ComplaintEnums = ReturnType<typeof complaintEnums>;

/** Category, severity and status of a complaint (inputs of complaints and of the dispatch rules use them). */
export function complaintEnums(builder: Builder) {
  return {
    Category: builder.enumType('ComplaintCategory', { values: COMPLAINT_CATEGORIES }),
    Severity: builder.enumType('ComplaintSeverity', { values: ['low', 'medium', 'high'] as const }),
    Status: builder.enumType('ComplaintStatus', { values: ['open', 'inProgress', 'resolved', 'closed'] as const }),
  };
}

/** The Complaint node with its history of updates. */
export function complaintTypes(builder: Builder, Person: PersonRef, { Category, Severity, Status }: ComplaintEnums) {
  const Update = builder.objectRef<IComplaintUpdate>('ComplaintUpdate').implement({
    fields: (t) => ({
      fromStatus: t.exposeString('fromStatus'),
      toStatus: t.exposeString('toStatus'),
      note: t.exposeString('note', { nullable: true }),
      at: t.field({ type: 'DateTime', resolve: (u) => u.at }),
      author: t.field({ type: Person, nullable: true, resolve: (u, _a, ctx) => person(ctx, u.authorId) }),
    }),
  });

  builder.node(ComplaintRef, {
    description: 'An after-sales problem: dispatched by rule, worked open → in progress → resolved → closed, with SLA targets.',
    id: { resolve: (c) => c.id },
    loadMany: async (ids, ctx) => {
      const found = await fresh(ctx).find(Complaint, { id: { $in: [...ids] } });
      return ids.map((id) => found.find((c) => c.id === id && canSeeComplaint(ctx.viewer, c)) ?? null);
    },
    fields: (t) => ({
      category: t.field({ type: Category, resolve: (c) => c.category as (typeof COMPLAINT_CATEGORIES)[number] }),
      severity: t.field({ type: Severity, resolve: (c) => c.severity }),
      description: t.exposeString('description'),
      photos: t.field({ type: [AttachmentRef], resolve: (c, _a, ctx) => photos(ctx, c.photoIds) }),
      status: t.field({ type: Status, resolve: (c) => c.status }),
      allowedMoves: t.field({ type: [Status], resolve: (c, _a, ctx) => complaintMoves(ctx.viewer, c) }),
      store: t.field({ type: StoreRef, resolve: (c, _a, ctx) => getStore(fresh(ctx), c.storeId) }),
      order: t.field({
        type: WorkOrderRef,
        nullable: true,
        resolve: (c, _a, ctx) => (c.orderId ? orderFor(fresh(ctx), ctx.viewer, c.orderId).catch(() => null) : null),
      }),
      assignee: t.field({ type: Person, nullable: true, resolve: (c, _a, ctx) => person(ctx, c.assigneeId) }),
      assignedAs: t.exposeString('assignedAs', {
        nullable: true,
        description: 'The dispatch rule that chose the assignee: storeAdmin or technician.',
      }),
      firstResponseDueAt: t.field({ type: 'DateTime', resolve: (c) => c.firstResponseDueAt }),
      resolutionDueAt: t.field({ type: 'DateTime', resolve: (c) => c.resolutionDueAt }),
      firstResponseAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.firstResponseAt ?? null }),
      resolvedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.resolvedAt ?? null }),
      closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.closedAt ?? null }),
      resolution: t.exposeString('resolution', { nullable: true }),
      firstResponseBreached: t.boolean({
        description: 'The first response came (or is still missing) after its target.',
        resolve: (c) => c.firstResponseBreached || (!c.firstResponseAt && Date.now() > c.firstResponseDueAt.getTime()),
      }),
      resolutionBreached: t.boolean({
        resolve: (c) =>
          c.resolutionBreached || (!c.resolvedAt && c.status !== 'closed' && Date.now() > c.resolutionDueAt.getTime()),
      }),
      updates: t.field({ type: [Update], resolve: (c, _a, ctx) => complaintUpdates(fresh(ctx), c.id) }),
      createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
    }),
  });
}

/** A store's complaints (staff) and the signed-in customer's own. */
export function complaintQueries(builder: Builder, { Status }: ComplaintEnums) {
  builder.queryField('complaints', (t) =>
    t.field({
      type: [ComplaintRef],
      description: "A store's complaints (clerks, admins; technicians those assigned to them), newest first.",
      authScopes: { staff: true },
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }), statuses: t.arg({ type: [Status], required: false }) },
      resolve: (_r, args, ctx) => {
        const storeId = args.storeId.id;
        if (!hasStoreRole(ctx.viewer, storeId)) throw new NotAllowedError();
        const mineOnly = !hasStoreRole(ctx.viewer, storeId, ['clerk', 'storeAdmin']);
        return listComplaints(fresh(ctx), {
          storeId,
          statuses: args.statuses ?? undefined,
          assigneeId: mineOnly ? ctx.viewer?.accountId : undefined,
        });
      },
    }),
  );
  builder.queryField('myComplaints', (t) =>
    t.field({
      type: [ComplaintRef],
      authScopes: { customer: true },
      resolve: (_r, _a, ctx) => listComplaints(fresh(ctx), { customerId: ctx.viewer?.customerId as string }),
    }),
  );
}
