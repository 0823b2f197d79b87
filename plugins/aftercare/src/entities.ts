import { randomUUID } from 'node:crypto';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** A rectangle the customer drew on a photo, in that image's pixel coordinates. */
export interface Mark {
  photoId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  comment: string;
}

/** The shop asks the customer to accept the finished work remotely (photos and video). */
export const Acceptance = defineEntity({
  name: 'Acceptance',
  tableName: 'aftercare_acceptance',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    orderId: p.uuid(),
    storeId: p.uuid(),
    customerId: p.uuid(),
    round: p.integer(),
    beforePhotoIds: p.json<string[]>().defaultRaw("'[]'"),
    afterPhotoIds: p.json<string[]>().defaultRaw("'[]'"),
    videoIds: p.json<string[]>().defaultRaw("'[]'"),
    note: p.text().nullable(),
    status: p.enum(['pending', 'accepted', 'rejected'] as const),
    marks: p.json<Mark[]>().defaultRaw("'[]'"),
    comment: p.text().nullable(),
    requestedBy: p.uuid(),
    requestedAt: p.datetime().onCreate(() => new Date()),
    answeredAt: p.datetime().nullable(),
  },
});
export type IAcceptance = InferEntity<typeof Acceptance>;

export const Review = defineEntity({
  name: 'Review',
  tableName: 'aftercare_review',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    orderId: p.uuid(),
    storeId: p.uuid(),
    customerId: p.uuid(),
    rating: p.integer(),
    text: p.text().nullable(),
    photoIds: p.json<string[]>().defaultRaw("'[]'"),
    reply: p.text().nullable(),
    repliedBy: p.uuid().nullable(),
    repliedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IReview = InferEntity<typeof Review>;

export type ComplaintStatus = 'open' | 'inProgress' | 'resolved' | 'closed';
export type Severity = 'low' | 'medium' | 'high';

export const Complaint = defineEntity({
  name: 'Complaint',
  tableName: 'aftercare_complaint',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    storeId: p.uuid(),
    customerId: p.uuid(),
    orderId: p.uuid().nullable(),
    category: p.text(),
    severity: p.enum(['low', 'medium', 'high'] as const),
    description: p.text(),
    photoIds: p.json<string[]>().defaultRaw("'[]'"),
    status: p.enum(['open', 'inProgress', 'resolved', 'closed'] as const),
    assigneeId: p.uuid().nullable(),
    /** Which rule dispatched it: storeAdmin or technician. */
    assignedAs: p.text().nullable(),
    firstResponseDueAt: p.datetime(),
    resolutionDueAt: p.datetime(),
    firstResponseAt: p.datetime().nullable(),
    resolvedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    resolution: p.text().nullable(),
    firstResponseBreached: p.boolean().default(false),
    resolutionBreached: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IComplaint = InferEntity<typeof Complaint>;

export const ComplaintUpdate = defineEntity({
  name: 'ComplaintUpdate',
  tableName: 'aftercare_complaint_update',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    complaintId: p.uuid(),
    authorId: p.uuid(),
    fromStatus: p.text(),
    toStatus: p.text(),
    note: p.text().nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export type IComplaintUpdate = InferEntity<typeof ComplaintUpdate>;

/** A complaint handed to someone by hand: who handed it, when, from whom, to whom. */
export const ComplaintAssignment = defineEntity({
  name: 'ComplaintAssignment',
  tableName: 'aftercare_complaint_assignment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    complaintId: p.uuid(),
    fromAssigneeId: p.uuid().nullable(),
    toAssigneeId: p.uuid(),
    byId: p.uuid(),
    note: p.text().nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export type IComplaintAssignment = InferEntity<typeof ComplaintAssignment>;

export interface DispatchRule {
  /** Matches these categories; all when absent. */
  categories: string[] | null;
  /** Matches this severity or higher; all when absent. */
  minSeverity: Severity | null;
  /** technician: the order's technician (falls through when there is none). */
  assignTo: 'storeAdmin' | 'technician';
}

export const AftercareSettings = defineEntity({
  name: 'AftercareSettings',
  tableName: 'aftercare_store_settings',
  properties: {
    storeId: p.uuid().primary(),
    firstResponseMinutes: p.integer(),
    resolutionMinutes: p.integer(),
    rules: p.json<DispatchRule[]>(),
    followUpDays: p.integer(),
  },
});
export type IAftercareSettings = InferEntity<typeof AftercareSettings>;

export const FollowUpTask = defineEntity({
  name: 'FollowUpTask',
  tableName: 'aftercare_follow_up',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    orderId: p.uuid(),
    storeId: p.uuid(),
    customerId: p.uuid(),
    kind: p.text(),
    dueAt: p.datetime(),
    status: p.enum(['scheduled', 'due', 'done'] as const),
    note: p.text().nullable(),
    doneBy: p.uuid().nullable(),
    doneAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IFollowUpTask = InferEntity<typeof FollowUpTask>;
