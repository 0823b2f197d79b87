import { z } from 'zod';

/**
 * The events the metrics are computed from, as this plugin reads them (the fields it needs; the
 * emitting plugins' payloads carry more); docs/api/metrics.md lists who emits what.
 */
export const consumedEvents = {
  'message.sent': z.looseObject({
    storeId: z.string(),
    message: z.looseObject({
      id: z.string(),
      conversationId: z.string(),
      seq: z.number(),
      senderId: z.string().nullable(),
      internal: z.boolean(),
    }),
  }),
  'conversation.receiptUpdated': z.looseObject({
    storeId: z.string(),
    conversationId: z.string(),
    accountId: z.string(),
    deliveredSeq: z.number(),
  }),
  'agora.callInvited': z.looseObject({ callId: z.string(), storeId: z.string(), invitedBy: z.string() }),
  'agora.callJoined': z.looseObject({ callId: z.string(), storeId: z.string(), accountId: z.string(), source: z.string() }),
  'agora.callLeft': z.looseObject({ callId: z.string(), storeId: z.string(), accountId: z.string(), source: z.string() }),
  'agora.callEnded': z.looseObject({ callId: z.string(), storeId: z.string(), status: z.string() }),
  'agora.pushSettled': z.looseObject({
    storeId: z.string().nullable(),
    pushId: z.string(),
    outcome: z.enum(['sent', 'failed']),
    attempts: z.number().int(),
    latencyMs: z.number().nullable(),
  }),
  'order.opened': z.looseObject({ orderId: z.string(), storeId: z.string() }),
  // Pickups logged before orders carried their total count as no revenue.
  'order.pickedUp': z.looseObject({ orderId: z.string(), storeId: z.string(), totalMinor: z.number().optional() }),
  'order.stepFinished': z.looseObject({
    orderId: z.string(),
    storeId: z.string(),
    stepId: z.string(),
    stage: z.string(),
    technicianId: z.string(),
    serviceCode: z.string().nullable(),
    serviceId: z.string().nullable(),
    serviceName: z.string().nullable(),
    labourMinutes: z.number(),
    materials: z.array(z.looseObject({ name: z.string(), quantity: z.number(), unit: z.string() })),
  }),
  'complaint.submitted': z.looseObject({ storeId: z.string(), complaintId: z.string() }),
  'complaint.statusChanged': z.looseObject({ storeId: z.string(), complaintId: z.string(), to: z.string() }),
  'complaint.slaBreached': z.looseObject({ storeId: z.string(), complaintId: z.string(), target: z.string() }),
  'store.featureSwitched': z.looseObject({ storeId: z.string(), feature: z.string(), enabled: z.boolean() }),
};
export type ConsumedEvent = keyof typeof consumedEvents;
export type Input<T extends ConsumedEvent> = z.infer<(typeof consumedEvents)[T]>;

/** Event types that change the aggregates (the dashboard wakes on them). */
export const METRIC_EVENT_TYPES = Object.keys(consumedEvents).filter((t) => t !== 'store.featureSwitched') as ConsumedEvent[];

/** Complaint statuses that end a complaint: the first one reached is its resolution. */
export const RESOLVED_STATUSES = ['resolved', 'closed'];
