import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** A store's own wording of one notification kind in one language (absent: the built-in default). */
export const NotificationTemplate = defineEntity({
  name: 'NotificationTemplate',
  tableName: 'notifications_template',
  properties: {
    storeId: p.uuid().primary(),
    kind: p.string().primary(),
    locale: p.string().primary(),
    body: p.text(),
    updatedBy: p.uuid(),
    updatedAt: p.datetime(),
  },
});
export type INotificationTemplate = InferEntity<typeof NotificationTemplate>;

/**
 * One notification per business event: the unique source event id makes it exist exactly once,
 * whatever retries or restarts happen. `status`: sent, delayed (quiet hours, a job delivers it),
 * skipped (opted out).
 */
export const NotificationDelivery = defineEntity({
  name: 'NotificationDelivery',
  tableName: 'notifications_delivery',
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    sourceEventId: p.bigint('string'),
    kind: p.string(),
    storeId: p.uuid(),
    customerId: p.uuid(),
    notice: p.json<Record<string, unknown>>(),
    status: p.string(),
    deliverAt: p.datetime(),
    messageId: p.uuid().nullable(),
    createdAt: p.datetime(),
  },
});

export const NotificationOptOut = defineEntity({
  name: 'NotificationOptOut',
  tableName: 'notifications_opt_out',
  properties: {
    customerId: p.uuid().primary(),
    kind: p.string().primary(),
    createdAt: p.datetime(),
  },
});

/** Quiet hours of a store, in its time zone ("22:00"–"08:00" wraps midnight). */
export const QuietHours = defineEntity({
  name: 'QuietHours',
  tableName: 'notifications_quiet_hours',
  properties: {
    storeId: p.uuid().primary(),
    starts: p.string(),
    ends: p.string(),
    enabled: p.boolean(),
  },
});

/** Order tags remembered from order.opened, so later status messages can name the order. */
export const OrderTag = defineEntity({
  name: 'NotificationOrderTag',
  tableName: 'notifications_order_tag',
  properties: {
    orderId: p.string().primary(),
    tagNumber: p.string(),
  },
});
