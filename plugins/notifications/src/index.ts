import { definePlugin, type EventHandler, type PluginDefinition } from '@lacewire/core';
import { NotificationDelivery, NotificationOptOut, NotificationTemplate, OrderTag, QuietHours } from './entities.ts';
import { jobs } from './jobs.ts';
import { migrations } from './migrations.ts';
import { notificationsSchema } from './schema.ts';
import { NOTIFIED_EVENTS, notifyFromEvent } from './services.ts';

export { KINDS, NOTIFICATION_KINDS, type NotificationKind, RULES } from './kinds.ts';
export { NOTIFIED_EVENTS, quietUntil, renderNotice, setPreference } from './services.ts';
export { DEFAULT_TEMPLATES, render } from './templates.ts';

export interface NotificationsOptions {
  /**
   * Business events to turn into messages. Default: every one this plugin knows (appointments,
   * care, aftercare) — the plugins that declare them must be registered. Pass a subset when some
   * of those plugins are not installed.
   */
  events?: string[];
}

/**
 * Notifications: business moments (appointment booked/confirmed/reminder, order received, each
 * status change, change request waiting, ready for pickup, pickup reminder, acceptance requested,
 * complaint updates) become system messages in the customer's conversation with the store.
 * Exactly once per business event; templates per store and language (zh-CN, en) with a preview;
 * customer opt-out per kind; quiet hours hold non-urgent ones back (durable job).
 *
 *   mutation {
 *     saveNotificationTemplate(input: { storeId: "U3RvcmU6…", kind: readyForPickup, locale: "zh-CN",
 *       body: "{{customerName}}，您的鞋（{{tagNumber}}）洗好啦，随时来{{storeName}}取～" }) {
 *       ... on NotificationTemplate { body isDefault } ... on Error { message }
 *     }
 *   }
 */
export function createNotificationsPlugin(options: NotificationsOptions = {}) {
  const events = options.events ?? NOTIFIED_EVENTS;
  const on: Record<string, EventHandler> = Object.fromEntries(events.map((type) => [type, notifyFromEvent]));
  return definePlugin({
    name: 'notifications',
    requires: ['messaging'],
    entities: [NotificationTemplate, NotificationDelivery, NotificationOptOut, QuietHours, OrderTag],
    migrations,
    schema: notificationsSchema,
    on,
    jobs,
  });
}

export const notificationsPlugin = createNotificationsPlugin();

/**
 * The notifications plugin for a plugin list: it reacts to the business events that the listed
 * plugins declare (appointments, care, aftercare — whichever are installed).
 */
export function notificationsPluginFor(plugins: readonly PluginDefinition[]) {
  const declared = new Set(plugins.flatMap((p) => Object.keys(p.events ?? {})));
  return createNotificationsPlugin({ events: NOTIFIED_EVENTS.filter((type) => declared.has(type)) });
}
