import { type Builder, hasStoreRole, InvalidInputError } from '@lacewire/core';
import { ServiceRef } from '@lacewire/plugin-catalog';
import { CustomerRef } from '@lacewire/plugin-customers';
import { AccountRef } from '@lacewire/plugin-identity';
import { StoreRef } from '@lacewire/plugin-stores';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { AppointmentStatus } from '../entities.ts';
import { AppointmentRef, ShiftExceptionRef } from '../refs.ts';
import {
  availableSlots,
  canSeeAppointment,
  findAppointments,
  getSettings,
  shiftExceptions,
  shiftTemplates,
} from '../services.ts';
import type { AppointmentTypes } from './types.ts';

const MAX_WINDOW_DAYS = 31;

/** Free slots, a store's settings, shifts and appointments, and a customer's appointments. */
export function appointmentQueries(builder: Builder, { Status, Settings, Shift, Slot }: AppointmentTypes) {
  builder.queryField('availableSlots', (t) =>
    t.field({
      type: [Slot],
      description:
        'Start times at which a technician with the needed skills is free for the services plus the buffer. Customers (and anonymous visitors) get online-bookable services only, from the minimum notice on, and FeatureDisabled when the store has online booking off; staff of the store get every service and no notice.',
      errors: {},
      args: {
        storeId: t.arg.globalID({ required: true, for: StoreRef }),
        serviceIds: t.arg.globalIDList({ required: true, for: ServiceRef }),
        from: t.arg({ type: 'DateTime', required: true }),
        to: t.arg({ type: 'DateTime', required: true }),
      },
      resolve: async (_r, args, ctx) => {
        const storeId = args.storeId.id;
        if (args.to.getTime() - args.from.getTime() > MAX_WINDOW_DAYS * 86_400_000)
          throw new InvalidInputError(`Ask for at most ${MAX_WINDOW_DAYS} days at once.`, 'to');
        const staff = hasStoreRole(ctx.viewer, storeId, ['clerk', 'storeAdmin']);
        // Slots are where online booking starts: off, the customer learns it here, not at the last step.
        if (!staff) await ctx.requireFeature(storeId, 'onlineBooking');
        const { slots, zone } = await availableSlots(ctx.em, {
          storeId,
          serviceIds: args.serviceIds.map((s) => s.id),
          from: args.from,
          to: args.to,
          online: !staff,
        });
        return slots.map((s) => ({ ...s, zone, staff }));
      },
    }),
  );

  builder.objectFields(StoreRef, (t) => ({
    bookingSettings: t.field({ type: Settings, resolve: (s, _a, ctx) => getSettings(ctx.em, s.id) }),
    shifts: t.field({
      type: [Shift],
      description: 'Weekly templates of the technicians (staff).',
      authScopes: (s) => ({ storeStaff: s.id }),
      args: { technicianId: t.arg.globalID({ for: AccountRef, required: false }) },
      resolve: (s, args, ctx) => shiftTemplates(ctx.em, s.id, args.technicianId?.id ?? null),
    }),
    shiftExceptions: t.field({
      type: [ShiftExceptionRef],
      description: 'Leave and extra hours between two local dates (staff).',
      authScopes: (s) => ({ storeStaff: s.id }),
      args: {
        fromDate: t.arg.string({ required: true }),
        toDate: t.arg.string({ required: true }),
        technicianId: t.arg.globalID({ for: AccountRef, required: false }),
      },
      resolve: (s, args, ctx) => shiftExceptions(ctx.em, s.id, args.fromDate, args.toDate, args.technicianId?.id ?? null),
    }),
    appointments: t.connection({
      type: AppointmentRef,
      description: "The store's appointments by start time. Clerks and admins see all; technicians their own.",
      authScopes: (s) => ({ storeStaff: s.id }),
      args: {
        from: t.arg({ type: 'DateTime', required: false }),
        to: t.arg({ type: 'DateTime', required: false }),
        statuses: t.arg({ type: [Status], required: false }),
        technicianId: t.arg.globalID({ for: AccountRef, required: false }),
      },
      resolve: (s, args, ctx) => {
        const desk = hasStoreRole(ctx.viewer, s.id, ['clerk', 'storeAdmin']);
        const technicianId = desk ? (args.technicianId?.id ?? null) : (ctx.viewer?.accountId as string);
        const statuses = args.statuses as AppointmentStatus[] | null | undefined;
        return resolveOffsetConnection({ args, defaultSize: 50, maxSize: 200 }, ({ limit, offset }) =>
          findAppointments(ctx.em, { storeId: s.id, technicianId, from: args.from, to: args.to, statuses }, limit, offset),
        );
      },
    }),
  }));

  builder.objectField(CustomerRef, 'appointments', (t) =>
    t.field({
      type: [AppointmentRef],
      description: "The customer's appointments the viewer may see (all for the customer), newest last.",
      args: { upcoming: t.arg.boolean({ required: false, description: 'Only those not yet started.' }) },
      resolve: async (c, args, ctx) => {
        const list = await findAppointments(ctx.em, { customerId: c.id, from: args.upcoming ? new Date() : null }, 200, 0);
        return list.filter((a) => canSeeAppointment(ctx.viewer, a));
      },
    }),
  );
}
