import type { Builder } from '@lacewire/core';
import { ServiceRef, servicesByIds } from '@lacewire/plugin-catalog';
import { CustomerRef, ShoeRef, shoesByIds, visibleCustomers } from '@lacewire/plugin-customers';
import { accountsByIds } from '@lacewire/plugin-identity';
import { getStore, StoreRef } from '@lacewire/plugin-stores';
import { DateTime } from 'luxon';
import { AppointmentRef } from '../refs.ts';
import { appointmentsByIds, canSeeAppointment } from '../services.ts';
import type { AppointmentTypes } from './types.ts';

/** The booked visit. */
export function appointmentNode(builder: Builder, { Status }: AppointmentTypes) {
  builder.node(AppointmentRef, {
    description: 'A booked visit. Visible to its customer, its technician, and the clerks and admins of its store.',
    id: { resolve: (a) => a.id },
    loadMany: async (ids, ctx) =>
      (await appointmentsByIds(ctx.em, ids)).map((a) => (a && canSeeAppointment(ctx.viewer, a) ? a : null)),
    fields: (t) => ({
      status: t.field({ type: Status, resolve: (a) => a.status }),
      startsAt: t.field({ type: 'DateTime', resolve: (a) => a.startsAt }),
      endsAt: t.field({ type: 'DateTime', resolve: (a) => a.endsAt }),
      local: t.string({
        description: "Start in the store's time zone, ISO with offset.",
        resolve: async (a, _a, ctx) =>
          DateTime.fromJSDate(a.startsAt, { zone: (await getStore(ctx.em, a.storeId)).timeZone }).toISO() as string,
      }),
      source: t.exposeString('source', { description: 'online | staff' }),
      note: t.exposeString('note', { nullable: true }),
      priceMinor: t.exposeInt('priceMinor', { description: 'Sum of the services at booking time, minor units.' }),
      currency: t.exposeString('currency'),
      store: t.field({ type: StoreRef, resolve: (a, _a, ctx) => getStore(ctx.em, a.storeId) }),
      customer: t.field({
        type: CustomerRef,
        nullable: true,
        resolve: async (a, _a, ctx) => (await visibleCustomers(ctx.em, ctx.viewer, [a.customerId]))[0],
      }),
      technicianId: t.globalID({ resolve: (a) => ({ type: 'Account', id: a.technicianId }) }),
      technicianName: t.string({
        resolve: async (a, _a, ctx) => (await accountsByIds(ctx.em, [a.technicianId]))[0]?.displayName ?? '',
      }),
      services: t.field({
        type: [ServiceRef],
        resolve: async (a, _a, ctx) => (await servicesByIds(ctx.em, a.serviceIds)).filter((s) => s !== null),
      }),
      shoes: t.field({
        type: [ShoeRef],
        resolve: async (a, _a, ctx) => (await shoesByIds(ctx.em, a.shoeIds)).filter((s) => s !== null),
      }),
      checkedInAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.checkedInAt ?? null }),
      cancelledAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.cancelledAt ?? null }),
      cancelReason: t.exposeString('cancelReason', { nullable: true }),
      createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
    }),
  });
}
