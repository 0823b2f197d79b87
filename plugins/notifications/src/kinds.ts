import type { LoggedEvent } from '@lacewire/core';
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

type Rule = (event: LoggedEvent) => Notice | null;

const appointment =
  (kind: NotificationKind, words?: Notice['words']): Rule =>
  (e) => ({
    kind,
    storeId: e.payload.storeId,
    customerId: e.payload.customerId,
    link: { kind: 'appointment', id: e.payload.appointmentId },
    variables: {},
    words,
    times: { startsAt: e.payload.startsAt },
  });

const order =
  (kind: NotificationKind, extra: (p: any) => Record<string, string> = () => ({})): Rule =>
  (e) => ({
    kind,
    storeId: e.payload.storeId,
    customerId: e.payload.customerId,
    link: { kind: 'order', id: e.payload.orderId },
    variables: extra(e.payload),
    orderId: e.payload.orderId,
  });

/** Which business events become which notifications (event names of appointments, care, aftercare). */
export const RULES: Record<string, Rule> = {
  'appointment.booked': appointment('appointmentBooked'),
  'appointment.confirmed': appointment('appointmentConfirmed'),
  'appointment.reminded': appointment('appointmentReminder'),
  'appointment.rescheduled': appointment('appointmentChanged', { change: { 'zh-CN': '改期', en: 'rescheduled' } }),
  'appointment.cancelled': appointment('appointmentChanged', { change: { 'zh-CN': '取消', en: 'cancelled' } }),
  'order.opened': order('orderReceived', (p) => ({ tagNumber: p.tagNumber })),
  'order.statusChanged': (e) =>
    e.payload.to === 'readyForPickup'
      ? order('readyForPickup')(e)
      : e.payload.to === 'received' || e.payload.to === 'pickedUp'
        ? null
        : order('orderStatusChanged', (p) => ({ status: p.label }))(e),
  'order.promiseChanged': (e) => {
    const notice = order('promisedDateChanged')(e);
    return notice && e.payload.promisedAt ? { ...notice, times: { promisedAt: e.payload.promisedAt } } : null;
  },
  'order.changeRequested': order('changeRequestWaiting', (p) => ({
    description: p.description,
    price: `¥${(p.priceMinor / 100).toFixed(2)}`,
  })),
  'order.pickupReminder': order('pickupReminder', (p) => ({ tagNumber: p.tagNumber })),
  'acceptance.requested': order('acceptanceRequested'),
  'complaint.statusChanged': (e) => ({
    kind: 'complaintUpdated',
    storeId: e.payload.storeId,
    customerId: e.payload.customerId,
    link: { kind: 'complaint', id: e.payload.complaintId },
    variables: { note: e.payload.note ?? '' },
    words: { status: COMPLAINT_STATUS[e.payload.to] ?? { 'zh-CN': e.payload.to, en: e.payload.to } },
  }),
};

const COMPLAINT_STATUS: Record<string, Record<'zh-CN' | 'en', string>> = {
  open: { 'zh-CN': '已受理', en: 'received' },
  inProgress: { 'zh-CN': '处理中', en: 'in progress' },
  resolved: { 'zh-CN': '已解决', en: 'resolved' },
  closed: { 'zh-CN': '已关闭', en: 'closed' },
};
