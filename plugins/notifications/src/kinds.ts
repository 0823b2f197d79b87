import type { LinkKind } from '@lacewire/plugin-messaging';

/** What a customer can be notified about; each has its own template and opt-out. */
export const NOTIFICATION_KINDS = [
  'appointmentBooked',
  'appointmentConfirmed',
  'appointmentReminder',
  'appointmentChanged',
  'orderReceived',
  'orderStatusChanged',
  'promisedDateChanged',
  'changeRequestWaiting',
  'readyForPickup',
  'pickupReminder',
  'acceptanceRequested',
  'complaintUpdated',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface KindInfo {
  /** Delivered even in quiet hours (the customer has to act, or it is about to happen). */
  urgent: boolean;
  /** The customer may switch it off. */
  optional: boolean;
  /** Template variables, with sample values for the preview. */
  variables: Record<string, string>;
}

const store = { storeName: '拾履 静安店', customerName: '王先生' };
export const KINDS: Record<NotificationKind, KindInfo> = {
  appointmentBooked: { urgent: false, optional: true, variables: { ...store, startsAt: '11月28日 14:00' } },
  appointmentConfirmed: { urgent: false, optional: true, variables: { ...store, startsAt: '11月28日 14:00' } },
  appointmentReminder: { urgent: true, optional: true, variables: { ...store, startsAt: '11月28日 14:00' } },
  appointmentChanged: { urgent: false, optional: true, variables: { ...store, startsAt: '11月29日 10:30', change: '改期' } },
  orderReceived: { urgent: false, optional: true, variables: { ...store, tagNumber: 'JA-0042' } },
  orderStatusChanged: { urgent: false, optional: true, variables: { ...store, tagNumber: 'JA-0042', status: '深度清洁' } },
  promisedDateChanged: {
    urgent: false,
    optional: true,
    variables: { ...store, tagNumber: 'JA-0042', promisedAt: '11月30日 18:00' },
  },
  changeRequestWaiting: {
    urgent: true,
    optional: false,
    variables: { ...store, tagNumber: 'JA-0042', description: '鞋底开胶，需要重新粘合', price: '¥80.00' },
  },
  readyForPickup: { urgent: false, optional: true, variables: { ...store, tagNumber: 'JA-0042' } },
  pickupReminder: { urgent: false, optional: true, variables: { ...store, tagNumber: 'JA-0042' } },
  acceptanceRequested: { urgent: false, optional: false, variables: { ...store, tagNumber: 'JA-0042' } },
  complaintUpdated: { urgent: false, optional: true, variables: { ...store, status: '处理中', note: '我们已联系师傅复查' } },
};

/** English sample values for previews of `en` templates. */
export const ENGLISH_SAMPLES: Record<string, string> = {
  customerName: 'Mr. Wang',
  startsAt: 'Nov 28, 14:00',
  promisedAt: 'Nov 30, 18:00',
  change: 'rescheduled',
  status: 'Deep cleaning',
  description: 'the sole is separating and needs re-gluing',
  note: 'our technician will re-check it',
};

/** A business event turned into a notification: who, what, which link, with which variables. */
export interface Notice {
  kind: NotificationKind;
  storeId: string;
  customerId: string;
  link: { kind: LinkKind; id: string } | null;
  /** Variables from the event; the store's and customer's names and dates are added when rendering. */
  variables: Record<string, string>;
  /** Variables worded by the server itself, in each language: the customer's is used. */
  words?: Record<string, Record<'zh-CN' | 'en', string>>;
  /** ISO time values, formatted in the store's time zone and the customer's language. */
  times?: Record<string, string>;
  /** Filled from the order's tag (remembered from order.opened). */
  orderId?: string;
}
