import { type Builder, defineErrorType } from '@lacewire/core';
import { InvalidAppointmentStatus, SlotTaken, TooLateToChange } from '../errors.ts';

/** The typed errors of operations that book or change an appointment. */
export const BOOKING_ERRORS = { types: [SlotTaken, TooLateToChange, InvalidAppointmentStatus] };

export function appointmentErrorTypes(builder: Builder) {
  defineErrorType(builder, SlotTaken, {
    name: 'SlotTaken',
    description: 'The time is no longer available (someone else booked it, or no technician is free): pick another slot.',
    fields: (t) => ({ startsAt: t.field({ type: 'DateTime', resolve: (e: SlotTaken) => e.startsAt }) }),
  });
  defineErrorType(builder, TooLateToChange, {
    name: 'TooLateToChange',
    description: "Past the store's cut-off for changing or cancelling online; the customer calls the store.",
    fields: (t) => ({ cutoffMinutes: t.exposeInt('cutoffMinutes') }),
  });
  defineErrorType(builder, InvalidAppointmentStatus, {
    name: 'InvalidAppointmentStatus',
    description: 'The appointment is not in a status that allows this.',
    fields: (t) => ({ status: t.exposeString('status') }),
  });
}
