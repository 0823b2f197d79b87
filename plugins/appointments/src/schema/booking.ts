import { type Builder, hasStoreRole, idempotencyKeyInput, inRequestClass, NotAllowedError } from '@lacewire/core';
import { ServiceRef } from '@lacewire/plugin-catalog';
import { CustomerRef, canSeeCustomer, ensureCustomer, getCustomer, ShoeRef } from '@lacewire/plugin-customers';
import { AccountRef } from '@lacewire/plugin-identity';
import { StoreRef } from '@lacewire/plugin-stores';
import { z } from 'zod';
import { BOOKINGS, bookingWrite } from '../booking-lane.ts';
import { AppointmentRef } from '../refs.ts';
import { bookAppointment, bookedAppointment } from '../services.ts';
import { BOOKING_ERRORS } from './errors.ts';

/** Booking: the customer online, or the front desk for a walk-in or phone customer. */
export function bookingMutations(builder: Builder) {
  builder.mutationField('bookAppointment', (t) =>
    t.field({
      type: AppointmentRef,
      extensions: inRequestClass(BOOKINGS),
      description: 'A customer books one of the offered slots; a technician is assigned (skills, then least loaded).',
      errors: BOOKING_ERRORS,
      authScopes: { customer: true },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('BookAppointmentInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              serviceIds: f.globalIDList({ required: true, for: ServiceRef, validate: z.array(z.any()).min(1).max(10) }),
              startsAt: f.field({ type: 'DateTime', required: true }),
              shoeIds: f.globalIDList({ required: false, for: ShoeRef }),
              note: f.string({ required: false, validate: z.string().max(500) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const customerId = ctx.viewer?.customerId as string;
        await ctx.requireFeature(input.storeId.id, 'onlineBooking');
        // The customers plugin makes the record when the account is created: usually a read
        // suffices, not a transaction per booking (a burst's first moment would queue 40 on the pool).
        const known = await getCustomer(ctx.em, customerId).then(
          () => true,
          () => false,
        );
        if (!known) await ctx.tx((tx) => ensureCustomer(tx, customerId));
        return bookingWrite(ctx.runtime, ctx.tx, input.storeId.id, input.startsAt, (tx) =>
          tx.once({ operation: 'bookAppointment', key: input.idempotencyKey, result: bookedAppointment }, () =>
            bookAppointment(tx, {
              storeId: input.storeId.id,
              customerId,
              serviceIds: input.serviceIds.map((s) => s.id),
              startsAt: input.startsAt,
              shoeIds: input.shoeIds?.map((s) => s.id),
              note: input.note,
              online: true,
              createdBy: ctx.viewer?.accountId as string,
            }),
          ),
        );
      },
    }),
  );

  builder.mutationField('bookAppointmentForCustomer', (t) =>
    t.field({
      type: AppointmentRef,
      extensions: inRequestClass(BOOKINGS),
      description:
        'Front desk books for a walk-in or phone customer (any service, any free time, optionally a chosen technician).',
      errors: BOOKING_ERRORS,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('BookAppointmentForCustomerInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              customerId: f.globalID({ required: true, for: CustomerRef }),
              serviceIds: f.globalIDList({ required: true, for: ServiceRef, validate: z.array(z.any()).min(1).max(10) }),
              startsAt: f.field({ type: 'DateTime', required: true }),
              technicianId: f.globalID({ required: false, for: AccountRef }),
              shoeIds: f.globalIDList({ required: false, for: ShoeRef }),
              note: f.string({ required: false, validate: z.string().max(500) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const storeId = input.storeId.id;
        const customerId = input.customerId.id;
        if (!hasStoreRole(ctx.viewer, storeId, ['clerk', 'storeAdmin'])) throw new NotAllowedError();
        if (!(await canSeeCustomer(ctx.em, ctx.viewer, customerId)))
          throw new NotAllowedError('Register the customer at this store first.');
        return bookingWrite(ctx.runtime, ctx.tx, storeId, input.startsAt, (tx) =>
          tx.once({ operation: 'bookAppointmentForCustomer', key: input.idempotencyKey, result: bookedAppointment }, () =>
            bookAppointment(tx, {
              storeId,
              customerId,
              serviceIds: input.serviceIds.map((s) => s.id),
              startsAt: input.startsAt,
              technicianId: input.technicianId?.id ?? null,
              shoeIds: input.shoeIds?.map((s) => s.id),
              note: input.note,
              online: false,
              createdBy: ctx.viewer?.accountId as string,
            }),
          ),
        );
      },
    }),
  );
}
