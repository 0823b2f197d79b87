import { type Builder, type Context, hasStoreRole, inRequestClass, NotAllowedError } from '@lacewire/core';
import { AccountRef } from '@lacewire/plugin-identity';
import { z } from 'zod';
import { BOOKINGS, bookingWrite } from '../booking-lane.ts';
import { AppointmentRef } from '../refs.ts';
import {
  cancelAppointment,
  checkInAppointment,
  confirmAppointment,
  getAppointment,
  markNoShow,
  rescheduleAppointment,
} from '../services.ts';
import { BOOKING_ERRORS } from './errors.ts';

/** Who may change an appointment: its customer (cut-off applies) or the store's front desk. */
async function actorFor(ctx: Context, appointmentId: string) {
  const appointment = await getAppointment(ctx.em, appointmentId);
  const viewer = ctx.viewer;
  if (viewer?.customerId && viewer.customerId === appointment.customerId) return { appointment, asCustomer: true };
  if (hasStoreRole(viewer, appointment.storeId, ['clerk', 'storeAdmin'])) return { appointment, asCustomer: false };
  throw new NotAllowedError();
}

/** A booked visit changes: moved, cancelled, confirmed, checked in, or missed. */
export function visitChangeMutations(builder: Builder) {
  const idInput = (name: string) =>
    builder.inputType(name, { fields: (f) => ({ appointmentId: f.globalID({ required: true, for: AppointmentRef }) }) });

  builder.mutationField('rescheduleAppointment', (t) =>
    t.field({
      type: AppointmentRef,
      extensions: inRequestClass(BOOKINGS),
      errors: BOOKING_ERRORS,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RescheduleAppointmentInput', {
            fields: (f) => ({
              appointmentId: f.globalID({ required: true, for: AppointmentRef }),
              startsAt: f.field({ type: 'DateTime', required: true }),
              technicianId: f.globalID({ required: false, for: AccountRef, description: 'Staff only.' }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const { appointment, asCustomer } = await actorFor(ctx, input.appointmentId.id);
        // A customer moving their own appointment books a new slot online; the front desk always can.
        if (asCustomer) await ctx.requireFeature(appointment.storeId, 'onlineBooking');
        const technicianId = asCustomer ? null : (input.technicianId?.id ?? null);
        return bookingWrite(ctx.runtime, ctx.tx, appointment.storeId, input.startsAt, (tx) =>
          rescheduleAppointment(tx, appointment.id, input.startsAt, {
            accountId: ctx.viewer?.accountId as string,
            asCustomer,
            technicianId,
          }),
        );
      },
    }),
  );

  builder.mutationField('cancelAppointment', (t) =>
    t.field({
      type: AppointmentRef,
      errors: BOOKING_ERRORS,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('CancelAppointmentInput', {
            fields: (f) => ({
              appointmentId: f.globalID({ required: true, for: AppointmentRef }),
              reason: f.string({ required: false, validate: z.string().max(300) }),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const { appointment, asCustomer } = await actorFor(ctx, input.appointmentId.id);
        return ctx.tx((tx) =>
          cancelAppointment(tx, appointment.id, { accountId: ctx.viewer?.accountId as string, asCustomer, reason: input.reason }),
        );
      },
    }),
  );

  builder.mutationField('confirmAppointment', (t) =>
    t.field({
      type: AppointmentRef,
      errors: BOOKING_ERRORS,
      args: { input: t.arg({ required: true, type: idInput('ConfirmAppointmentInput') }) },
      resolve: async (_r, { input }, ctx) => {
        const appointment = await getAppointment(ctx.em, input.appointmentId.id);
        if (!hasStoreRole(ctx.viewer, appointment.storeId, ['clerk', 'storeAdmin'])) throw new NotAllowedError();
        return ctx.tx((tx) => confirmAppointment(tx, appointment.id));
      },
    }),
  );

  builder.mutationField('checkInAppointment', (t) =>
    t.field({
      type: AppointmentRef,
      description: 'The customer is at the counter (any staff of the store); care opens the work orders.',
      errors: BOOKING_ERRORS,
      args: { input: t.arg({ required: true, type: idInput('CheckInAppointmentInput') }) },
      resolve: async (_r, { input }, ctx) => {
        const appointment = await getAppointment(ctx.em, input.appointmentId.id);
        if (!hasStoreRole(ctx.viewer, appointment.storeId)) throw new NotAllowedError();
        return ctx.tx((tx) => checkInAppointment(tx, appointment.id, ctx.viewer?.accountId as string));
      },
    }),
  );

  builder.mutationField('markAppointmentNoShow', (t) =>
    t.field({
      type: AppointmentRef,
      errors: BOOKING_ERRORS,
      args: { input: t.arg({ required: true, type: idInput('MarkAppointmentNoShowInput') }) },
      resolve: async (_r, { input }, ctx) => {
        const appointment = await getAppointment(ctx.em, input.appointmentId.id);
        if (!hasStoreRole(ctx.viewer, appointment.storeId, ['clerk', 'storeAdmin'])) throw new NotAllowedError();
        return ctx.tx((tx) => markNoShow(tx, appointment.id));
      },
    }),
  );
}
