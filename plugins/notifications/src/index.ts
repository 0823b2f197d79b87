import { definePlugin } from '@lacewire/core';
import { NotificationDelivery, NotificationOptOut, NotificationTemplate, OrderTag, QuietHours } from './entities.ts';
import { jobs } from './jobs.ts';
import { migrations } from './migrations.ts';
import { notificationHandlers } from './rules.ts';
import { notificationsSchema } from './schema/index.ts';

export { KINDS, NOTIFICATION_KINDS, type NotificationKind } from './kinds.ts';
export { quietUntil, renderNotice, setPreference } from './services.ts';
export { DEFAULT_TEMPLATES, render } from './templates.ts';

/**
 * Notifications: business moments (appointment booked/confirmed/reminder, order received, each
 * status change, change request waiting, ready for pickup, pickup reminder, acceptance requested,
 * complaint updates) become system messages in the customer's conversation with the store.
 * Exactly once per business event; templates per store and language (zh-CN, en) with a preview;
 * customer opt-out per kind; quiet hours hold non-urgent ones back (durable job). Each of
 * appointments, care and aftercare is optional: the moments of those installed are notified.
 *
 *   mutation {
 *     saveNotificationTemplate(input: { storeId: "U3RvcmU6…", kind: readyForPickup, locale: "zh-CN",
 *       body: "{{customerName}}，您的鞋（{{tagNumber}}）洗好啦，随时来{{storeName}}取～" }) {
 *       ... on NotificationTemplate { body isDefault } ... on Error { message }
 *     }
 *   }
 */
export const notificationsPlugin = definePlugin({
  name: 'notifications',
  requires: ['messaging'],
  optional: ['appointments', 'care', 'aftercare'],
  entities: [NotificationTemplate, NotificationDelivery, NotificationOptOut, QuietHours, OrderTag],
  migrations,
  schema: notificationsSchema,
  on: notificationHandlers,
  jobs,
});
