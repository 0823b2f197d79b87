import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** A store's own wording of one notification kind in one language (absent: the built-in default). */
export const NotificationTemplate = defineEntity({
  name: 'NotificationTemplate',
  tableName: 'notifications_template',
  properties: {
    storeId: p.uuid().primary(),
    kind: p.text().primary(),
    locale: p.text().primary(),
    body: p.text(),
    updatedBy: p.uuid(),
    updatedAt: p.datetime().defaultRaw('now()'),
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
    id: p.bigint('string').primary().autoincrement().generated('identity'),
    sourceEventId: p.bigint('string'),
    kind: p.text(),
    storeId: p.uuid(),
    customerId: p.uuid(),
    notice: p.json<Record<string, unknown>>(),
    status: p.text(),
    deliverAt: p.datetime().defaultRaw('now()'),
    messageId: p.uuid().nullable(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
});

export const NotificationOptOut = defineEntity({
  name: 'NotificationOptOut',
  tableName: 'notifications_opt_out',
  properties: {
    customerId: p.uuid().primary(),
    kind: p.text().primary(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
});

/** Quiet hours of a store, in its time zone ("22:00"–"08:00" wraps midnight). */
export const QuietHours = defineEntity({
  name: 'QuietHours',
  tableName: 'notifications_quiet_hours',
  properties: {
    storeId: p.uuid().primary(),
    starts: p.text(),
    ends: p.text(),
    enabled: p.boolean().default(true),
  },
});

/** Order tags remembered from order.opened, so later status messages can name the order. */
export const OrderTag = defineEntity({
  name: 'NotificationOrderTag',
  tableName: 'notifications_order_tag',
  properties: {
    orderId: p.text().primary(),
    tagNumber: p.text(),
  },
});
