import {
  type Audience,
  FeatureDisabledError,
  hasStoreRole,
  InvalidInputError,
  NotAllowedError,
  NotFoundError,
  type Runtime,
  type Tx,
  type Viewer,
} from '@lacewire/core';
import {
  addTimelineEntry,
  advanceOrder,
  careText,
  getOrder,
  type IWorkOrder,
  orderFor,
  PICKED_UP,
  QUALITY_CHECK,
  READY,
  reworkOrder,
} from '@lacewire/plugin-care';
import { attachmentsByIds } from '@lacewire/plugin-files';
import { membersOf } from '@lacewire/plugin-identity';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AftercareOptions } from './config.ts';
import {
  Acceptance,
  AftercareSettings,
  Complaint,
  type ComplaintStatus,
  ComplaintUpdate,
  type DispatchRule,
  FollowUpTask,
  type IComplaint,
  type Mark,
  Review,
  type Severity,
} from './entities.ts';
import { AlreadyReviewedError, InvalidComplaintTransitionError } from './errors.ts';
import { aftercareText } from './messages.ts';

export const DEFAULT_RULES: DispatchRule[] = [
  { categories: null, minSeverity: 'high', assignTo: 'storeAdmin' },
  { categories: ['quality', 'damage'], minSeverity: null, assignTo: 'technician' },
  { categories: null, minSeverity: null, assignTo: 'storeAdmin' },
];
export const DEFAULT_AFTERCARE_SETTINGS = {
  firstResponseMinutes: 120,
  resolutionMinutes: 48 * 60,
  rules: DEFAULT_RULES,
  followUpDays: 7,
};
export const COMPLAINT_CATEGORIES = ['quality', 'damage', 'delay', 'service', 'price', 'lost', 'other'] as const;
const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

// ---------------------------------------------------------------- settings

export async function aftercareSettings(em: EntityManager, storeId: string) {
  return (await em.findOne(AftercareSettings, { storeId })) ?? { storeId, ...DEFAULT_AFTERCARE_SETTINGS };
}

export async function configureAftercare(
  tx: Tx,
  storeId: string,
  input: {
    firstResponseMinutes?: number | null;
    resolutionMinutes?: number | null;
    rules?: DispatchRule[] | null;
    followUpDays?: number | null;
  },
) {
  let settings = await tx.em.findOne(AftercareSettings, { storeId });
  settings ??= tx.em.create(AftercareSettings, { storeId, ...DEFAULT_AFTERCARE_SETTINGS });
  tx.em.assign(settings, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)));
  if (settings.resolutionMinutes < settings.firstResponseMinutes) {
    throw new InvalidInputError('The resolution target cannot be shorter than the first response target.', 'resolutionMinutes');
  }
  return settings;
}

// ---------------------------------------------------------------- acceptance

const acceptanceAudience = (o: Pick<IWorkOrder, 'storeId' | 'customerId' | 'technicianId'>): Audience => ({
  accounts: [o.customerId, ...(o.technicianId ? [o.technicianId] : [])],
  stores: [o.storeId],
  roles: ['clerk', 'storeAdmin'],
});

function requireOrderStaff(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer || viewer.customerId) throw new NotAllowedError("Staff of the order's store do this.");
}

export interface AcceptanceInput {
  /** Absent: the intake photos, so the customer compares with the pair as it came in. */
  beforePhotoIds: string[] | null;
  afterPhotoIds: string[];
  videoIds: string[];
  note: string | null;
}

/** The shop sends before/after photos (and video) for the customer to accept from afar. */
export async function requestAcceptance(tx: Tx, viewer: Viewer | null, orderId: string, input: AcceptanceInput) {
  const order = await orderFor(tx.em, viewer, orderId, true);
  requireOrderStaff(viewer);
  if (![QUALITY_CHECK, READY].includes(order.status)) {
    throw new InvalidInputError('Ask for acceptance once the work is at quality check or ready for pickup.', 'orderId');
  }
  if (input.afterPhotoIds.length === 0)
    throw new InvalidInputError('Send at least one photo of the finished pair.', 'afterPhotoIds');
  if (await tx.em.count(Acceptance, { orderId, status: 'pending' })) {
    throw new InvalidInputError("This order already waits for the customer's acceptance.", 'orderId');
  }
  const round = (await tx.em.count(Acceptance, { orderId })) + 1;
  const acceptance = tx.em.create(Acceptance, {
    orderId,
    storeId: order.storeId,
    customerId: order.customerId,
    round,
    ...input,
    beforePhotoIds: input.beforePhotoIds ?? order.intakePhotoIds,
    status: 'pending',
    marks: [],
    comment: null,
    requestedBy: viewer.accountId,
    requestedAt: tx.now(),
    answeredAt: null,
  });
  await addTimelineEntry(tx, orderId, {
    kind: 'acceptanceRequested',
    message: aftercareText('acceptanceRequested', { round }),
    actorId: viewer.accountId,
    refId: acceptance.id,
  });
  tx.emit(
    'acceptance.requested',
    { storeId: order.storeId, customerId: order.customerId, acceptanceId: acceptance.id, orderId, round },
    acceptanceAudience(order),
  );
  return acceptance;
}

export async function acceptanceFor(em: EntityManager, viewer: Viewer | null, id: string) {
  const acceptance = await em.findOne(Acceptance, { id });
  if (!acceptance) throw new NotFoundError('Acceptance');
  await orderFor(em, viewer, acceptance.orderId).catch(() => {
    throw new NotFoundError('Acceptance');
  });
  return acceptance;
}

/**
 * The customer accepts (the order becomes ready for pickup when it was at quality check) or marks
 * what is wrong on the photos: the order goes back into the pipeline for rework.
 */
export async function answerAcceptance(
  runtime: Runtime,
  tx: Tx,
  viewer: Viewer | null,
  acceptanceId: string,
  input: { accept: boolean; marks: Mark[]; comment: string | null },
) {
  const acceptance = await acceptanceFor(tx.em, viewer, acceptanceId);
  const order = await getOrder(tx.em, acceptance.orderId, true);
  if (!viewer || viewer.customerId !== order.customerId) throw new NotAllowedError('Only the customer accepts the work.');
  if (!(await runtime.featureEnabled(tx.em, order.storeId, 'remoteAcceptance')))
    throw new FeatureDisabledError('remoteAcceptance');
  if (acceptance.status !== 'pending')
    throw new InvalidInputError(`This acceptance is already ${acceptance.status}.`, 'acceptanceId');
  if (!input.accept) {
    if (input.marks.length === 0 && !input.comment)
      throw new InvalidInputError('Mark what is wrong on a photo or say it in a comment.', 'marks');
    const photoIds = [...acceptance.afterPhotoIds, ...acceptance.beforePhotoIds];
    const photos = await attachmentsByIds(tx.em, [...new Set(input.marks.map((m) => m.photoId))]);
    for (const mark of input.marks) {
      const photo = photos.find((p) => p?.id === mark.photoId);
      if (!photo || !photoIds.includes(mark.photoId))
        throw new InvalidInputError('Marks go on the photos of this acceptance.', 'marks');
      const fits =
        mark.width > 0 &&
        mark.height > 0 &&
        mark.x >= 0 &&
        mark.y >= 0 &&
        (photo.width == null || mark.x + mark.width <= photo.width) &&
        (photo.height == null || mark.y + mark.height <= photo.height);
      if (!fits) throw new InvalidInputError(`A mark must lie inside the ${photo.width}×${photo.height} photo.`, 'marks');
    }
  } else if (input.marks.length) {
    throw new InvalidInputError('Accepting needs no marks.', 'marks');
  }
  acceptance.status = input.accept ? 'accepted' : 'rejected';
  acceptance.marks = input.accept ? [] : input.marks;
  acceptance.comment = input.comment;
  acceptance.answeredAt = tx.now();
  await addTimelineEntry(tx, order.id, {
    kind: input.accept ? 'accepted' : 'acceptanceRejected',
    message: input.accept
      ? aftercareText('accepted')
      : input.comment
        ? aftercareText('acceptanceRejectedComment', { marks: input.marks.length, comment: input.comment })
        : aftercareText('acceptanceRejected', { marks: input.marks.length }),
    actorId: viewer.accountId,
    refId: acceptance.id,
  });
  tx.emit(
    'acceptance.answered',
    {
      storeId: order.storeId,
      customerId: order.customerId,
      acceptanceId,
      orderId: order.id,
      accepted: input.accept,
      marks: input.marks.length,
    },
    acceptanceAudience(order),
  );
  if (input.accept) {
    if (order.status === QUALITY_CHECK)
      await advanceOrder(runtime, tx, order.id, READY, viewer.accountId, careText('acceptedRemotely'));
  } else {
    const reason = input.comment ? careText('rework', { comment: input.comment }) : careText('reworkMarked');
    await reworkOrder(runtime, tx, order.id, viewer.accountId, reason);
  }
  return acceptance;
}

export async function acceptancesOf(em: EntityManager, orderId: string) {
  return em.find(Acceptance, { orderId }, { orderBy: { round: 'asc' } });
}

// ---------------------------------------------------------------- reviews

export async function postReview(
  tx: Tx,
  viewer: Viewer | null,
  orderId: string,
  input: { rating: number; text: string | null; photoIds: string[] },
) {
  const order = await orderFor(tx.em, viewer, orderId, true);
  if (!viewer || viewer.customerId !== order.customerId) throw new NotAllowedError('Only the customer reviews an order.');
  if (![READY, PICKED_UP].includes(order.status)) throw new InvalidInputError('Review an order once it is finished.', 'orderId');
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
    throw new InvalidInputError('Rate from 1 to 5.', 'rating');
  if (await tx.em.count(Review, { orderId })) throw new AlreadyReviewedError();
  const review = tx.em.create(Review, {
    orderId,
    storeId: order.storeId,
    customerId: order.customerId,
    rating: input.rating,
    text: input.text,
    photoIds: input.photoIds,
    reply: null,
    repliedBy: null,
    repliedAt: null,
    createdAt: tx.now(),
  });
  await addTimelineEntry(tx, orderId, {
    kind: 'reviewed',
    message: aftercareText('reviewed', { stars: '★'.repeat(input.rating) }),
    actorId: viewer.accountId,
    refId: review.id,
  });
  tx.emit(
    'review.posted',
    { storeId: order.storeId, customerId: order.customerId, reviewId: review.id, orderId, rating: input.rating },
    {
      accounts: [order.customerId],
      stores: [order.storeId],
    },
  );
  return review;
}

export async function replyToReview(tx: Tx, viewer: Viewer | null, reviewId: string, reply: string) {
  const review = await tx.em.findOne(Review, { id: reviewId });
  if (!review || !canSeeReview(viewer, review)) throw new NotFoundError('Review');
  if (!hasStoreRole(viewer, review.storeId, ['clerk', 'storeAdmin']))
    throw new NotAllowedError('Clerks and store admins reply to reviews.');
  review.reply = reply;
  review.repliedBy = viewer?.accountId ?? null;
  review.repliedAt = tx.now();
  tx.emit(
    'review.replied',
    { storeId: review.storeId, customerId: review.customerId, reviewId, orderId: review.orderId },
    {
      accounts: [review.customerId],
      stores: [review.storeId],
    },
  );
  return review;
}

export function canSeeReview(viewer: Viewer | null, review: { storeId: string; customerId: string }) {
  return !!viewer && (viewer.customerId === review.customerId || hasStoreRole(viewer, review.storeId));
}

// ---------------------------------------------------------------- complaints

export function complaintAudience(c: Pick<IComplaint, 'storeId' | 'customerId' | 'assigneeId'>): Audience {
  return {
    accounts: [c.customerId, ...(c.assigneeId ? [c.assigneeId] : [])],
    stores: [c.storeId],
    roles: ['clerk', 'storeAdmin'],
  };
}

export function canSeeComplaint(viewer: Viewer | null, c: IComplaint) {
  if (!viewer) return false;
  if (viewer.customerId) return viewer.customerId === c.customerId;
  return (
    hasStoreRole(viewer, c.storeId, ['clerk', 'storeAdmin']) ||
    (c.assigneeId === viewer.accountId && hasStoreRole(viewer, c.storeId))
  );
}

/** The first rule that matches decides who handles a complaint. */
export async function dispatch(
  em: EntityManager,
  rules: DispatchRule[],
  complaint: { storeId: string; category: string; severity: Severity; technicianId: string | null },
) {
  const members = await membersOf(em, complaint.storeId);
  for (const rule of rules) {
    if (rule.categories && !rule.categories.includes(complaint.category)) continue;
    if (rule.minSeverity && SEVERITY_RANK[complaint.severity] < SEVERITY_RANK[rule.minSeverity]) continue;
    if (rule.assignTo === 'technician') {
      if (complaint.technicianId) return { assigneeId: complaint.technicianId, assignedAs: 'technician' };
      continue;
    }
    const admin = members.find((m) => m.role === 'storeAdmin');
    if (admin) return { assigneeId: admin.accountId, assignedAs: 'storeAdmin' };
  }
  return { assigneeId: null, assignedAs: null };
}

const slaKey = (id: string, target: string) => `aftercare:sla:${target}:${id}`;

export interface ComplaintInput {
  storeId: string | null;
  orderId: string | null;
  category: string;
  severity: Severity;
  description: string;
  photoIds: string[];
}

export async function submitComplaint(tx: Tx, viewer: Viewer | null, input: ComplaintInput, options: AftercareOptions) {
  if (!viewer?.customerId) throw new NotAllowedError('Customers submit complaints.');
  let storeId = input.storeId;
  let technicianId: string | null = null;
  if (input.orderId) {
    const order = await orderFor(tx.em, viewer, input.orderId);
    if (storeId && storeId !== order.storeId) throw new InvalidInputError('The order belongs to another store.', 'storeId');
    storeId = order.storeId;
    technicianId = order.technicianId ?? null;
  }
  if (!storeId) throw new InvalidInputError('Say which store or order the complaint is about.', 'storeId');
  const settings = await aftercareSettings(tx.em, storeId);
  const { assigneeId, assignedAs } = await dispatch(tx.em, settings.rules, {
    storeId,
    category: input.category,
    severity: input.severity,
    technicianId,
  });
  const now = tx.now().getTime();
  const complaint = tx.em.create(Complaint, {
    storeId,
    customerId: viewer.customerId,
    orderId: input.orderId,
    category: input.category,
    severity: input.severity,
    description: input.description,
    photoIds: input.photoIds,
    status: 'open',
    assigneeId,
    assignedAs,
    firstResponseDueAt: new Date(now + settings.firstResponseMinutes * options.minuteMs),
    resolutionDueAt: new Date(now + settings.resolutionMinutes * options.minuteMs),
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
    resolution: null,
    createdAt: new Date(now),
  });
  await tx.enqueue(
    'aftercare.slaCheck',
    { complaintId: complaint.id, target: 'firstResponse' },
    { runAt: complaint.firstResponseDueAt, key: slaKey(complaint.id, 'firstResponse') },
  );
  await tx.enqueue(
    'aftercare.slaCheck',
    { complaintId: complaint.id, target: 'resolution' },
    { runAt: complaint.resolutionDueAt, key: slaKey(complaint.id, 'resolution') },
  );
  if (input.orderId)
    await addTimelineEntry(tx, input.orderId, {
      kind: 'complaint',
      message: aftercareText('complaint'),
      actorId: viewer.accountId,
      refId: complaint.id,
    });
  tx.emit(
    'complaint.submitted',
    { storeId, customerId: complaint.customerId, complaintId: complaint.id, assigneeId, severity: input.severity },
    complaintAudience(complaint),
  );
  return complaint;
}

/** Who may move a complaint where: staff work it; the customer closes a resolved one or reopens it. */
export function complaintMoves(viewer: Viewer | null, c: IComplaint): ComplaintStatus[] {
  const customer = viewer?.customerId === c.customerId;
  const staff = !!viewer && !viewer.customerId && canSeeComplaint(viewer, c);
  const moves: ComplaintStatus[] = [];
  if (staff && c.status === 'open') moves.push('inProgress');
  if (staff && c.status === 'inProgress') moves.push('resolved');
  if ((staff || customer) && c.status === 'resolved') moves.push('closed');
  if (customer && c.status === 'resolved') moves.push('inProgress');
  return moves;
}

export async function complaintFor(em: EntityManager, viewer: Viewer | null, id: string) {
  const c = await em.findOne(Complaint, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!c || !canSeeComplaint(viewer, c)) throw new NotFoundError('Complaint');
  return c;
}

export async function updateComplaint(
  tx: Tx,
  viewer: Viewer | null,
  id: string,
  input: { to: ComplaintStatus | null; note: string | null },
) {
  const c = await complaintFor(tx.em, viewer, id);
  const v = viewer as Viewer;
  const from = c.status;
  const to = input.to ?? from;
  if (to !== from) {
    const allowed = complaintMoves(v, c);
    if (!allowed.includes(to)) throw new InvalidComplaintTransitionError(from, to, allowed);
    if (to === 'resolved' && !input.note) throw new InvalidInputError('Say how it was resolved.', 'note');
  } else if (!input.note) {
    throw new InvalidInputError('Add a note or a new status.', 'note');
  } else if (c.status === 'closed') {
    throw new InvalidComplaintTransitionError(from, to, []);
  }
  const now = tx.now();
  const staff = !v.customerId;
  if (staff && !c.firstResponseAt) {
    c.firstResponseAt = now;
    await tx.dequeue(slaKey(c.id, 'firstResponse'));
    if (now > c.firstResponseDueAt) c.firstResponseBreached = true;
  }
  c.status = to;
  if (to === 'resolved') {
    c.resolvedAt = now;
    c.resolution = input.note;
    await tx.dequeue(slaKey(c.id, 'resolution'));
    if (now > c.resolutionDueAt) c.resolutionBreached = true;
  }
  if (to === 'closed') c.closedAt = now;
  if (from === 'resolved' && to === 'inProgress') c.resolvedAt = null;
  tx.em.create(ComplaintUpdate, {
    complaintId: c.id,
    authorId: v.accountId,
    fromStatus: from,
    toStatus: to,
    note: input.note,
    at: now,
  });
  tx.emit(
    'complaint.statusChanged',
    { storeId: c.storeId, customerId: c.customerId, complaintId: c.id, from, to, note: input.note },
    complaintAudience(c),
  );
  return c;
}

/** Job: flags a missed SLA target (and tells the store) if it is still open at the deadline. */
export async function checkSla(tx: Tx, complaintId: string, target: 'firstResponse' | 'resolution') {
  const c = await tx.em.findOne(Complaint, { id: complaintId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!c) return;
  const missed =
    target === 'firstResponse'
      ? !c.firstResponseAt && !c.firstResponseBreached
      : !c.resolvedAt && c.status !== 'closed' && !c.resolutionBreached;
  if (!missed) return;
  if (target === 'firstResponse') c.firstResponseBreached = true;
  else c.resolutionBreached = true;
  tx.emit(
    'complaint.slaBreached',
    { storeId: c.storeId, customerId: c.customerId, complaintId, target },
    {
      accounts: c.assigneeId ? [c.assigneeId] : [],
      stores: [c.storeId],
      roles: ['storeAdmin'],
    },
  );
}

export async function complaintUpdates(em: EntityManager, complaintId: string) {
  return em.find(ComplaintUpdate, { complaintId }, { orderBy: { at: 'asc' } });
}

export async function listComplaints(
  em: EntityManager,
  filter: { storeId?: string; customerId?: string; statuses?: string[]; assigneeId?: string },
) {
  const where: Record<string, unknown> = {};
  if (filter.storeId) where.storeId = filter.storeId;
  if (filter.customerId) where.customerId = filter.customerId;
  if (filter.assigneeId) where.assigneeId = filter.assigneeId;
  if (filter.statuses?.length) where.status = { $in: filter.statuses };
  return em.find(Complaint, where, { orderBy: { createdAt: 'desc' }, limit: 500 });
}

// ---------------------------------------------------------------- follow-ups

const followUpKey = (id: string) => `aftercare:follow-up:${id}`;

/** Reaction to a pickup: a check-in call some days later. */
export async function scheduleFollowUp(
  tx: Tx,
  order: { orderId: string; storeId: string; customerId: string },
  options: AftercareOptions,
) {
  const settings = await aftercareSettings(tx.em, order.storeId);
  if (settings.followUpDays <= 0) return null;
  const task = tx.em.create(FollowUpTask, {
    orderId: order.orderId,
    storeId: order.storeId,
    customerId: order.customerId,
    kind: 'call',
    dueAt: new Date(tx.now().getTime() + settings.followUpDays * options.dayMs),
    status: 'scheduled',
    note: null,
    doneBy: null,
    doneAt: null,
    createdAt: tx.now(),
  });
  await tx.enqueue('aftercare.followUpDue', { taskId: task.id }, { runAt: task.dueAt, key: followUpKey(task.id) });
  return task;
}

export async function followUpDue(tx: Tx, taskId: string) {
  const task = await tx.em.findOne(FollowUpTask, { id: taskId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (task?.status !== 'scheduled') return;
  task.status = 'due';
  tx.emit(
    'followUp.due',
    { storeId: task.storeId, customerId: task.customerId, taskId, orderId: task.orderId, kind: task.kind },
    {
      stores: [task.storeId],
      roles: ['clerk', 'storeAdmin'],
    },
  );
}

export async function completeFollowUp(tx: Tx, viewer: Viewer | null, taskId: string, note: string | null) {
  const task = await tx.em.findOne(FollowUpTask, { id: taskId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!task || !hasStoreRole(viewer, task.storeId, ['clerk', 'storeAdmin'])) throw new NotFoundError('Follow-up task');
  if (task.status === 'done') throw new InvalidInputError('This follow-up is already done.', 'taskId');
  await tx.dequeue(followUpKey(task.id));
  task.status = 'done';
  task.note = note;
  task.doneBy = viewer?.accountId ?? null;
  task.doneAt = tx.now();
  tx.emit(
    'followUp.done',
    { storeId: task.storeId, customerId: task.customerId, taskId, orderId: task.orderId },
    { stores: [task.storeId], roles: ['clerk', 'storeAdmin'] },
  );
  return task;
}

export async function listFollowUps(em: EntityManager, storeId: string, statuses?: string[] | null) {
  const where: Record<string, unknown> = { storeId };
  if (statuses?.length) where.status = { $in: statuses };
  return em.find(FollowUpTask, where, { orderBy: { dueAt: 'asc' }, limit: 500 });
}
