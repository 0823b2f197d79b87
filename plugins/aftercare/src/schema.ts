import {
  type Builder,
  defineErrorType,
  FeatureDisabledError,
  globalId,
  hasStoreRole,
  idempotencyKeyInput,
  NotAllowedError,
  replayableEntity,
  type Viewer,
} from '@lacewire/core';
import { orderFor, WorkOrderRef } from '@lacewire/plugin-care';
import { AttachmentRef, shareAttachments, visibleAttachments } from '@lacewire/plugin-files';
import { accountsByIds } from '@lacewire/plugin-identity';
import { getStore, StoreRef } from '@lacewire/plugin-stores';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { assignmentSchema } from './assignment.ts';
import { Acceptance, Complaint, FollowUpTask, type IComplaintUpdate, type Mark, Review } from './entities.ts';
import { AlreadyReviewedError, InvalidComplaintTransitionError } from './errors.ts';
import { ACCEPTANCE_EVENT_TYPES, COMPLAINT_EVENT_TYPES } from './events.ts';
import { AcceptanceRef, ComplaintRef, FollowUpTaskRef, ReviewRef } from './refs.ts';
import {
  type AftercareOptions,
  acceptancesOf,
  aftercareSettings,
  answerAcceptance,
  COMPLAINT_CATEGORIES,
  canSeeComplaint,
  canSeeReview,
  complaintMoves,
  complaintUpdates,
  completeFollowUp,
  configureAftercare,
  listComplaints,
  listFollowUps,
  postReview,
  replyToReview,
  requestAcceptance,
  submitComplaint,
  updateComplaint,
} from './services.ts';

const fresh = (ctx: { runtime: { em(): EntityManager } }) => ctx.runtime.em();
const gids = (list: { id: string }[] | null | undefined) => (list ?? []).map((g) => g.id);
const requested = replayableEntity('Acceptance', Acceptance);
const posted = replayableEntity('Review', Review);
const submitted = replayableEntity('Complaint', Complaint);

const photos = (ctx: { viewer: Viewer | null; runtime: { em(): EntityManager } }, ids: string[]) => visibleAttachments(ctx, ids);

async function visible<T extends { orderId: string }>(
  ctx: { viewer: Viewer | null; runtime: { em(): EntityManager } },
  item: T | null,
) {
  if (!item) return null;
  try {
    await orderFor(fresh(ctx), ctx.viewer, item.orderId);
    return item;
  } catch {
    return null;
  }
}

export function aftercareSchema(builder: Builder, options: AftercareOptions) {
  defineErrorType(builder, InvalidComplaintTransitionError, {
    name: 'InvalidComplaintTransition',
    description: 'The complaint cannot move there (by this viewer); `allowed` lists where it can.',
    fields: (t) => ({ from: t.exposeString('from'), to: t.exposeString('to'), allowed: t.exposeStringList('allowed') }),
  });
  defineErrorType(builder, AlreadyReviewedError, { name: 'AlreadyReviewed', description: 'There is one review per order.' });

  const Person = builder.objectRef<{ accountId: string; displayName: string }>('AftercarePerson').implement({
    fields: (t) => ({ accountId: t.exposeID('accountId'), displayName: t.exposeString('displayName') }),
  });
  const person = async (ctx: any, id: string | null | undefined) => {
    if (!id) return null;
    const [a] = await accountsByIds(fresh(ctx), [id]);
    return a ? { accountId: id, displayName: a.displayName } : null;
  };

  assignmentSchema(builder, { Person, person });

  const MarkObj = builder.objectRef<Mark>('AcceptanceMark').implement({
    description: 'A rectangle on a photo, in its pixel coordinates (origin top left), with what is wrong there.',
    fields: (t) => ({
      photo: t.field({
        type: AttachmentRef,
        nullable: true,
        resolve: async (m, _a, ctx) => (await photos(ctx, [m.photoId]))[0] ?? null,
      }),
      x: t.exposeFloat('x'),
      y: t.exposeFloat('y'),
      width: t.exposeFloat('width'),
      height: t.exposeFloat('height'),
      comment: t.exposeString('comment'),
    }),
  });

  builder.node(AcceptanceRef, {
    description: 'Remote acceptance: the shop shows the finished work; the customer accepts or marks what to redo.',
    id: { resolve: (a) => a.id },
    loadMany: async (ids, ctx) => {
      const found = await fresh(ctx).find(Acceptance, { id: { $in: [...ids] } });
      return Promise.all(ids.map((id) => visible(ctx, found.find((a) => a.id === id) ?? null)));
    },
    fields: (t) => ({
      round: t.exposeInt('round'),
      status: t.exposeString('status', { description: 'pending, accepted or rejected (rework).' }),
      order: t.field({ type: WorkOrderRef, resolve: (a, _x, ctx) => orderFor(fresh(ctx), ctx.viewer, a.orderId) }),
      beforePhotos: t.field({ type: [AttachmentRef], resolve: (a, _x, ctx) => photos(ctx, a.beforePhotoIds) }),
      afterPhotos: t.field({ type: [AttachmentRef], resolve: (a, _x, ctx) => photos(ctx, a.afterPhotoIds) }),
      videos: t.field({ type: [AttachmentRef], resolve: (a, _x, ctx) => photos(ctx, a.videoIds) }),
      note: t.exposeString('note', { nullable: true }),
      marks: t.field({ type: [MarkObj], resolve: (a) => a.marks }),
      comment: t.exposeString('comment', { nullable: true }),
      requestedAt: t.field({ type: 'DateTime', resolve: (a) => a.requestedAt }),
      answeredAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.answeredAt ?? null }),
    }),
  });

  builder.node(ReviewRef, {
    id: { resolve: (r) => r.id },
    loadMany: async (ids, ctx) => {
      const found = await fresh(ctx).find(Review, { id: { $in: [...ids] } });
      return ids.map((id) => found.find((r) => r.id === id && canSeeReview(ctx.viewer, r)) ?? null);
    },
    fields: (t) => ({
      rating: t.exposeInt('rating'),
      text: t.exposeString('text', { nullable: true }),
      photos: t.field({ type: [AttachmentRef], resolve: (r, _a, ctx) => photos(ctx, r.photoIds) }),
      reply: t.exposeString('reply', { nullable: true }),
      repliedBy: t.field({ type: Person, nullable: true, resolve: (r, _a, ctx) => person(ctx, r.repliedBy) }),
      repliedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.repliedAt ?? null }),
      createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
      orderId: t.field({ type: 'ID', resolve: (r) => globalId('WorkOrder', r.orderId) }),
    }),
  });

  const Update = builder.objectRef<IComplaintUpdate>('ComplaintUpdate').implement({
    fields: (t) => ({
      fromStatus: t.exposeString('fromStatus'),
      toStatus: t.exposeString('toStatus'),
      note: t.exposeString('note', { nullable: true }),
      at: t.field({ type: 'DateTime', resolve: (u) => u.at }),
      author: t.field({ type: Person, nullable: true, resolve: (u, _a, ctx) => person(ctx, u.authorId) }),
    }),
  });

  const Category = builder.enumType('ComplaintCategory', { values: COMPLAINT_CATEGORIES });
  const Severity = builder.enumType('ComplaintSeverity', { values: ['low', 'medium', 'high'] as const });
  const Status = builder.enumType('ComplaintStatus', { values: ['open', 'inProgress', 'resolved', 'closed'] as const });

  builder.node(ComplaintRef, {
    description: 'An after-sales problem: dispatched by rule, worked open → in progress → resolved → closed, with SLA targets.',
    id: { resolve: (c) => c.id },
    loadMany: async (ids, ctx) => {
      const found = await fresh(ctx).find(Complaint, { id: { $in: [...ids] } });
      return ids.map((id) => found.find((c) => c.id === id && canSeeComplaint(ctx.viewer, c)) ?? null);
    },
    fields: (t) => ({
      category: t.field({ type: Category, resolve: (c) => c.category as any }),
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

  builder.objectField(WorkOrderRef, 'acceptances', (t) =>
    t.field({
      type: [AcceptanceRef],
      description: 'Remote acceptance rounds, oldest first.',
      resolve: (o, _a, ctx) => acceptancesOf(fresh(ctx), o.id),
    }),
  );
  builder.objectField(WorkOrderRef, 'review', (t) =>
    t.field({ type: ReviewRef, nullable: true, resolve: (o, _a, ctx) => fresh(ctx).findOne(Review, { orderId: o.id }) }),
  );

  const Settings = builder
    .objectRef<{ firstResponseMinutes: number; resolutionMinutes: number; followUpDays: number; rules: any[] }>(
      'AftercareSettings',
    )
    .implement({
      fields: (t) => ({
        firstResponseMinutes: t.exposeInt('firstResponseMinutes'),
        resolutionMinutes: t.exposeInt('resolutionMinutes'),
        followUpDays: t.exposeInt('followUpDays'),
        rules: t.field({
          type: 'JSON',
          description: '[{ categories, minSeverity, assignTo }], first match wins.',
          resolve: (s) => s.rules,
        }),
      }),
    });
  builder.objectField(StoreRef, 'aftercareSettings', (t) =>
    t.field({
      type: Settings,
      authScopes: (s) => ({ storeStaff: s.id }),
      resolve: (s, _a, ctx) => aftercareSettings(fresh(ctx), s.id),
    }),
  );
  builder.objectField(StoreRef, 'reviews', (t) =>
    t.field({
      type: [ReviewRef],
      description: 'Reviews of this store, newest first (staff).',
      authScopes: (s) => ({ storeStaff: s.id }),
      resolve: (s, _a, ctx) => fresh(ctx).find(Review, { storeId: s.id }, { orderBy: { createdAt: 'desc' }, limit: 200 }),
    }),
  );

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

  // ------------------------------------------------------------------ mutations

  builder.mutationField('requestAcceptance', (t) =>
    t.field({
      type: AcceptanceRef,
      description: 'Staff send before/after photos (and video) for the customer to accept remotely.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RequestAcceptanceInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: true }),
              beforePhotoIds: f.globalIDList({
                for: AttachmentRef,
                required: false,
                description: "Absent: the order's intake photos (an empty list sends none).",
              }),
              afterPhotoIds: f.globalIDList({ for: AttachmentRef, required: true }),
              videoIds: f.globalIDList({ for: AttachmentRef, required: false }),
              note: f.string({ required: false, validate: z.string().max(1000) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) =>
          tx.once({ operation: 'requestAcceptance', key: input.idempotencyKey, result: requested }, async () => {
            const order = await orderFor(tx.em, ctx.viewer, input.orderId.id);
            // Through the transaction: a second connection waited on here starves the pool while
            // duplicates of this request wait on its idempotency key (and deadlocks the embedded database).
            if (!(await ctx.runtime.featureEnabled(tx.em, order.storeId, 'remoteAcceptance')))
              throw new FeatureDisabledError('remoteAcceptance');
            const scope = { storeId: order.storeId, accountIds: [order.customerId] };
            const beforePhotoIds = input.beforePhotoIds ? gids(input.beforePhotoIds) : null;
            const afterPhotoIds = gids(input.afterPhotoIds);
            const videoIds = gids(input.videoIds);
            const acceptance = await requestAcceptance(tx, ctx.viewer, order.id, {
              beforePhotoIds,
              afterPhotoIds,
              videoIds,
              note: input.note ?? null,
            });
            const viewer = ctx.viewer as Viewer;
            // Intake photos (the default) are already shared with the customer.
            await shareAttachments(tx, viewer, [...(beforePhotoIds ?? []), ...afterPhotoIds], {
              ...scope,
              kinds: ['image'],
              field: 'afterPhotoIds',
            });
            await shareAttachments(tx, viewer, videoIds, { ...scope, kinds: ['video'], field: 'videoIds' });
            return acceptance;
          }),
        ),
    }),
  );

  const MarkInput = builder.inputType('AcceptanceMarkInput', {
    fields: (f) => ({
      photoId: f.globalID({ for: AttachmentRef, required: true }),
      x: f.float({ required: true }),
      y: f.float({ required: true }),
      width: f.float({ required: true }),
      height: f.float({ required: true }),
      comment: f.string({ required: true, validate: z.string().trim().min(1).max(500) }),
    }),
  });

  builder.mutationField('answerAcceptance', (t) =>
    t.field({
      type: AcceptanceRef,
      description: 'The customer accepts, or marks rectangles on the photos with comments: the order goes back for rework.',
      errors: { types: [] },
      authScopes: { customer: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AnswerAcceptanceInput', {
            fields: (f) => ({
              acceptanceId: f.globalID({ for: AcceptanceRef, required: true }),
              accept: f.boolean({ required: true }),
              marks: f.field({ type: [MarkInput], required: false }),
              comment: f.string({ required: false, validate: z.string().max(1000) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) =>
          answerAcceptance(ctx.runtime, tx, ctx.viewer, input.acceptanceId.id, {
            accept: input.accept,
            marks: (input.marks ?? []).map((m) => ({
              photoId: m.photoId.id,
              x: m.x,
              y: m.y,
              width: m.width,
              height: m.height,
              comment: m.comment.trim(),
            })),
            comment: input.comment ?? null,
          }),
        ),
    }),
  );

  builder.mutationField('postReview', (t) =>
    t.field({
      type: ReviewRef,
      errors: { types: [AlreadyReviewedError] },
      authScopes: { customer: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('PostReviewInput', {
            fields: (f) => ({
              orderId: f.globalID({ for: WorkOrderRef, required: true }),
              rating: f.int({
                required: true,
                validate: z.number().int().min(1, 'Rate from 1 to 5.').max(5, 'Rate from 1 to 5.'),
              }),
              text: f.string({ required: false, validate: z.string().max(2000) }),
              photoIds: f.globalIDList({ for: AttachmentRef, required: false }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) =>
        ctx.tx((tx) =>
          tx.once({ operation: 'postReview', key: input.idempotencyKey, result: posted }, async () => {
            const photoIds = gids(input.photoIds);
            const review = await postReview(tx, ctx.viewer, input.orderId.id, {
              rating: input.rating,
              text: input.text ?? null,
              photoIds,
            });
            await shareAttachments(tx, ctx.viewer as Viewer, photoIds, {
              storeId: review.storeId,
              kinds: ['image'],
              field: 'photoIds',
            });
            return review;
          }),
        ),
    }),
  );

  builder.mutationField('replyToReview', (t) =>
    t.field({
      type: ReviewRef,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('ReplyToReviewInput', {
            fields: (f) => ({
              reviewId: f.globalID({ for: ReviewRef, required: true }),
              reply: f.string({ required: true, validate: z.string().trim().min(1).max(2000) }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => ctx.tx((tx) => replyToReview(tx, ctx.viewer, input.reviewId.id, input.reply.trim())),
    }),
  );

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
            const photoIds = gids(input.photoIds);
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
              options,
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

  const RuleInput = builder.inputType('DispatchRuleInput', {
    fields: (f) => ({
      categories: f.field({ type: [Category], required: false }),
      minSeverity: f.field({ type: Severity, required: false }),
      assignTo: f.string({ required: true, validate: z.enum(['storeAdmin', 'technician']) }),
    }),
  });
  builder.mutationField('configureAftercare', (t) =>
    t.field({
      type: Settings,
      description: 'Store admins set SLA targets, dispatch rules and the follow-up delay.',
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('ConfigureAftercareInput', {
            fields: (f) => ({
              storeId: f.globalID({ for: StoreRef, required: true }),
              firstResponseMinutes: f.int({
                required: false,
                validate: z
                  .number()
                  .int()
                  .min(1)
                  .max(60 * 24 * 14),
              }),
              resolutionMinutes: f.int({
                required: false,
                validate: z
                  .number()
                  .int()
                  .min(1)
                  .max(60 * 24 * 60),
              }),
              followUpDays: f.int({ required: false, validate: z.number().int().min(0).max(90) }),
              rules: f.field({ type: [RuleInput], required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        if (!hasStoreRole(ctx.viewer, input.storeId.id, ['storeAdmin']))
          throw new NotAllowedError('Store admins configure after-sales.');
        return ctx.tx((tx) =>
          configureAftercare(tx, input.storeId.id, {
            firstResponseMinutes: input.firstResponseMinutes,
            resolutionMinutes: input.resolutionMinutes,
            followUpDays: input.followUpDays,
            rules: input.rules?.map((r) => ({
              categories: r.categories ?? null,
              minSeverity: r.minSeverity ?? null,
              assignTo: r.assignTo as 'storeAdmin' | 'technician',
            })),
          }),
        );
      },
    }),
  );

  // ------------------------------------------------------------------ live

  interface Shape {
    cursor: string;
    type: string;
    at: Date;
    payload: Record<string, any>;
  }
  const AftercareEvent = builder.objectRef<Shape>('AftercareEvent').implement({
    description: 'An acceptance, review or complaint changed. Keep `cursor` to resume.',
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      type: t.exposeString('type'),
      at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
      from: t.string({ nullable: true, resolve: (e) => e.payload.from ?? null }),
      to: t.string({ nullable: true, resolve: (e) => e.payload.to ?? null }),
      complaint: t.field({
        type: ComplaintRef,
        nullable: true,
        resolve: async (e, _a, ctx) => {
          if (!e.payload.complaintId) return null;
          const c = await fresh(ctx).findOne(Complaint, { id: e.payload.complaintId });
          return c && canSeeComplaint(ctx.viewer, c) ? c : null;
        },
      }),
      acceptance: t.field({
        type: AcceptanceRef,
        nullable: true,
        resolve: async (e, _a, ctx) =>
          e.payload.acceptanceId ? visible(ctx, await fresh(ctx).findOne(Acceptance, { id: e.payload.acceptanceId })) : null,
      }),
      review: t.field({
        type: ReviewRef,
        nullable: true,
        resolve: async (e, _a, ctx) => {
          if (!e.payload.reviewId) return null;
          const r = await fresh(ctx).findOne(Review, { id: e.payload.reviewId });
          return r && canSeeReview(ctx.viewer, r) ? r : null;
        },
      }),
    }),
  });
  const TYPES = [
    ...ACCEPTANCE_EVENT_TYPES,
    ...COMPLAINT_EVENT_TYPES,
    'review.posted',
    'review.replied',
    'followUp.due',
    'followUp.done',
  ];
  const toShape = (e: any): Shape => ({ cursor: e.id, type: e.type, at: e.at, payload: e.payload });

  builder.subscriptionField('myAftercareEvents', (t) =>
    t.field({
      type: AftercareEvent,
      description: "The signed-in customer's acceptances, complaints and review replies, live.",
      authScopes: { customer: true },
      args: { after: t.arg.string({ required: false }) },
      subscribe: (_r, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: TYPES,
          where: { customerId: ctx.viewer?.customerId },
        }),
      resolve: toShape,
    }),
  );
  builder.subscriptionField('storeAftercareEvents', (t) =>
    t.field({
      type: AftercareEvent,
      description: "A store's after-sales events (new complaints, SLA breaches, due follow-ups…).",
      authScopes: { staff: true },
      args: { storeId: t.arg.globalID({ for: StoreRef, required: true }), after: t.arg.string({ required: false }) },
      subscribe: (_r, args, ctx) => {
        if (!hasStoreRole(ctx.viewer, args.storeId.id)) throw new NotAllowedError();
        return ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: TYPES,
          where: { storeId: args.storeId.id },
        });
      },
      resolve: toShape,
    }),
  );
}
