import { randomUUID } from 'node:crypto';
import type { MessageRef } from '@lacewire/core';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import type { ServiceCategory, Stage } from './pipeline.ts';

/** A requested service on an order, with the price quoted for it. */
export interface ServiceLine {
  code: string;
  name: string;
  category: ServiceCategory;
  priceMinor: number;
  /** Catalog service id when the catalog knows it. */
  serviceId: string | null;
  /** quoted at intake; pending while its change request waits; approved; declined. */
  state: 'quoted' | 'pending' | 'approved' | 'declined';
  changeRequestId: string | null;
}

export interface ShoeSnapshot {
  brand: string;
  model: string | null;
  colour: string | null;
  material: string | null;
  size: string | null;
}

export interface MaterialUse {
  materialId: string | null;
  name: string;
  quantity: number;
  unit: string;
}

export const WorkOrder = defineEntity({
  name: 'WorkOrder',
  tableName: 'care_work_order',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    storeId: p.uuid(),
    customerId: p.uuid(),
    /** The customers plugin's Shoe, when the pair is on file. */
    shoeId: p.uuid().nullable(),
    shoe: p.json<ShoeSnapshot>(),
    tagNumber: p.text(),
    /** Shown to the customer only; staff ask for it (or scan its QR) at pickup. */
    pickupCode: p.text().hidden(),
    technicianId: p.uuid().nullable(),
    promisedAt: p.datetime().nullable(),
    status: p.text(),
    /** Where an order on hold goes back to once its change requests are answered. */
    resumeStatus: p.text().nullable(),
    /** The store's pipeline when the order was opened. */
    pipeline: p.json<Stage[]>(),
    services: p.json<ServiceLine[]>(),
    currency: p.text().default('CNY'),
    intakePhotoIds: p.json<string[]>().defaultRaw("'[]'"),
    conditionNotes: p.text().nullable(),
    conditionAcknowledgedAt: p.datetime().nullable(),
    /** Null while an order opened at check-in waits for the clerk to complete intake ("待登记"). */
    intakeCompletedAt: p.datetime().nullable(),
    appointmentId: p.uuid().nullable(),
    remindersSent: p.integer().default(0),
    reworkCount: p.integer().default(0),
    readyAt: p.datetime().nullable(),
    pickedUpAt: p.datetime().nullable(),
    pickedUpBy: p.uuid().nullable(),
    cancelReason: p.text().nullable(),
    createdBy: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type IWorkOrder = InferEntity<typeof WorkOrder>;

export const CareStep = defineEntity({
  name: 'CareStep',
  tableName: 'care_step',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    orderId: p.uuid(),
    storeId: p.uuid(),
    stage: p.text(),
    serviceCode: p.text().nullable(),
    technicianId: p.uuid(),
    startedAt: p.datetime(),
    finishedAt: p.datetime().nullable(),
    labourMinutes: p.integer().nullable(),
    materials: p.json<MaterialUse[]>().defaultRaw("'[]'"),
    notes: p.text().nullable(),
    beforePhotoIds: p.json<string[]>().defaultRaw("'[]'"),
    afterPhotoIds: p.json<string[]>().defaultRaw("'[]'"),
  },
});
export type ICareStep = InferEntity<typeof CareStep>;

export const ChangeRequest = defineEntity({
  name: 'ChangeRequest',
  tableName: 'care_change_request',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    orderId: p.uuid(),
    storeId: p.uuid(),
    /** technician: found a problem; customer: the customer asked for it. */
    origin: p.enum(['technician', 'customer'] as const),
    description: p.text(),
    photoIds: p.json<string[]>().defaultRaw("'[]'"),
    service: p.json<Pick<ServiceLine, 'code' | 'name' | 'category' | 'serviceId'>>(),
    priceMinor: p.integer(),
    status: p.enum(['pending', 'approved', 'declined', 'withdrawn'] as const),
    raisedBy: p.uuid(),
    raisedAt: p.datetime().onCreate(() => new Date()),
    answeredBy: p.uuid().nullable(),
    answeredAt: p.datetime().nullable(),
    answerNote: p.text().nullable(),
  },
});
export type IChangeRequest = InferEntity<typeof ChangeRequest>;

/** The order's history as the customer and staff read it. */
export const TimelineEntry = defineEntity({
  name: 'TimelineEntry',
  tableName: 'care_timeline',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    orderId: p.uuid(),
    customerId: p.uuid(),
    storeId: p.uuid(),
    kind: p.text(),
    fromStatus: p.text().nullable(),
    toStatus: p.text().nullable(),
    /** Entries written before the message catalogue: their text as written (Chinese). */
    text: p.text().nullable(),
    /** What the entry says, worded when read in the reader's language (`care.opened`, …). */
    messageKey: p.text().nullable(),
    messageParams: p.json<MessageRef['params']>().nullable(),
    actorId: p.uuid().nullable(),
    refId: p.uuid().nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export type ITimelineEntry = InferEntity<typeof TimelineEntry>;

/** A store's care settings; absent: the defaults. */
export const CareSettings = defineEntity({
  name: 'CareSettings',
  tableName: 'care_store_settings',
  properties: {
    storeId: p.uuid().primary(),
    pipeline: p.json<Stage[]>(),
    reminderAfterDays: p.integer(),
    reminderEveryDays: p.integer(),
    maxReminders: p.integer(),
    nextTag: p.integer(),
  },
});
export type ICareSettings = InferEntity<typeof CareSettings>;
