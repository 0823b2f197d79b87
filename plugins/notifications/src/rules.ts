import { type EventHandlers, exec, type HandlerContext, type LoggedEvent, sql } from '@lacewire/core';
import type { Notice, NotificationKind } from './kinds.ts';
import { notify } from './services.ts';

interface AppointmentFacts {
  appointmentId: string;
  storeId: string;
  customerId: string;
  startsAt: string;
}

interface OrderFacts {
  orderId: string;
  storeId: string;
  customerId: string;
}

const appointment =
  (kind: NotificationKind, words?: Notice['words']) =>
  (p: AppointmentFacts): Notice => ({
    kind,
    storeId: p.storeId,
    customerId: p.customerId,
    link: { kind: 'appointment', id: p.appointmentId },
    variables: {},
    words,
    times: { startsAt: p.startsAt },
  });

const order =
  <P extends OrderFacts>(kind: NotificationKind, variables: (p: P) => Record<string, string> = () => ({})) =>
  (p: P): Notice => ({
    kind,
    storeId: p.storeId,
    customerId: p.customerId,
    link: { kind: 'order', id: p.orderId },
    variables: variables(p),
    orderId: p.orderId,
  });

const COMPLAINT_STATUS: Record<string, Record<'zh-CN' | 'en', string>> = {
  open: { 'zh-CN': '已受理', en: 'received' },
  inProgress: { 'zh-CN': '处理中', en: 'in progress' },
  resolved: { 'zh-CN': '已解决', en: 'resolved' },
  closed: { 'zh-CN': '已关闭', en: 'closed' },
};

/** The `on` handler of an event that a rule turns into a notice (or into nothing). */
const notice =
  <P>(rule: (payload: P) => Notice | null) =>
  (event: LoggedEvent<P>, ctx: HandlerContext) =>
    notify(event.id, rule(event.payload), ctx);

/**
 * Which business events become which notifications (events of appointments, care and aftercare:
 * the handlers of whichever of them is not installed are left out by the platform).
 */
export const notificationHandlers = {
  'appointment.booked': notice(appointment('appointmentBooked')),
  'appointment.confirmed': notice(appointment('appointmentConfirmed')),
  'appointment.reminded': notice(appointment('appointmentReminder')),
  'appointment.rescheduled': notice(appointment('appointmentChanged', { change: { 'zh-CN': '改期', en: 'rescheduled' } })),
  'appointment.cancelled': notice(appointment('appointmentChanged', { change: { 'zh-CN': '取消', en: 'cancelled' } })),
  'order.opened': async (event, ctx) => {
    // Later notices of the order name its tag; remembered here, where it is known.
    await exec(
      ctx.em,
      sql`insert into notifications_order_tag (order_id, tag_number) values (${event.payload.orderId}, ${event.payload.tagNumber})
           on conflict (order_id) do update set tag_number = excluded.tag_number`,
    );
    await notify(
      event.id,
      order('orderReceived', (p: OrderFacts & { tagNumber: string }) => ({ tagNumber: p.tagNumber }))(event.payload),
      ctx,
    );
  },
  'order.statusChanged': notice((p: OrderFacts & { to: string; label: string }) => {
    if (p.to === 'readyForPickup') return order('readyForPickup')(p);
    if (p.to === 'received' || p.to === 'pickedUp') return null;
    return order('orderStatusChanged', () => ({ status: p.label }))(p);
  }),
  'order.promiseChanged': notice((p: OrderFacts & { promisedAt: string | null }) =>
    p.promisedAt ? { ...order('promisedDateChanged')(p), times: { promisedAt: p.promisedAt } } : null,
  ),
  'order.changeRequested': notice(
    order('changeRequestWaiting', (p: OrderFacts & { description: string; priceMinor: number }) => ({
      description: p.description,
      price: `¥${(p.priceMinor / 100).toFixed(2)}`,
    })),
  ),
  'order.pickupReminder': notice(
    order('pickupReminder', (p: OrderFacts & { tagNumber: string }) => ({ tagNumber: p.tagNumber })),
  ),
  'acceptance.requested': notice(order('acceptanceRequested')),
  'complaint.statusChanged': notice(
    (p: { storeId: string; customerId: string; complaintId: string; to: string; note: string | null }): Notice => ({
      kind: 'complaintUpdated',
      storeId: p.storeId,
      customerId: p.customerId,
      link: { kind: 'complaint', id: p.complaintId },
      variables: { note: p.note ?? '' },
      words: { status: COMPLAINT_STATUS[p.to] ?? { 'zh-CN': p.to, en: p.to } },
    }),
  ),
} satisfies EventHandlers;
