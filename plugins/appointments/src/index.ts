import { definePlugin } from '@lacewire/core';
import { Appointment, BookingSettings, ShiftException, ShiftTemplate } from './entities.ts';
import { appointmentEvents } from './events.ts';
import { remind } from './jobs.ts';
import { migrations } from './migrations.ts';
import { appointmentsSchema } from './schema/index.ts';
import { seedAppointments } from './seed.ts';

export { appointmentsOnDay, type DayAppointments } from './day-load.ts';
export {
  ACTIVE_STATUSES,
  type AppointmentStatus,
  DEFAULT_SETTINGS,
  type IAppointment,
  type IBookingSettings,
} from './entities.ts';
export { InvalidAppointmentStatus, SlotTaken, TooLateToChange } from './errors.ts';
export { AppointmentRef, ShiftExceptionRef } from './refs.ts';
export {
  type AppointmentFilter,
  addShiftException,
  appointmentsByIds,
  availableSlots,
  type BookingRequest,
  bookAppointment,
  bookedAppointment,
  bookingContext,
  cancelAppointment,
  canSeeAppointment,
  checkInAppointment,
  confirmAppointment,
  findAppointments,
  getAppointment,
  getSettings,
  markNoShow,
  rescheduleAppointment,
  setShiftTemplate,
  updateSettings,
  withSlotRetry,
} from './services.ts';
export { computeSlots, type Slot, type SlotQuery, type TechnicianPlan } from './slots.ts';

/**
 * Shifts (weekly templates + date exceptions, in the store's zone), available slots, online and
 * front-desk booking with automatic technician assignment, reschedule / cancel with a cut-off,
 * check-in (hands over to care), no-show, durable reminders. No double booking: an exclusion
 * constraint on (technician, held time range) decides races in the database.
 *
 *   query { availableSlots(storeId: "U3RvcmU6…", serviceIds: ["U2VydmljZTo…"], from: "2026-11-26T00:00:00Z", to: "2026-11-28T00:00:00Z") { startsAt local freeTechnicians } }
 *   mutation { bookAppointment(input: { storeId: "U3RvcmU6…", serviceIds: ["U2VydmljZTo…"], startsAt: "2026-11-26T02:00:00Z" }) {
 *     __typename ... on Appointment { id status technicianName } ... on SlotTaken { startsAt message } } }
 *   subscription { appointmentEvents(after: "1042") { cursor type appointment { status startsAt } } }
 */
export const appointmentsPlugin = definePlugin({
  name: 'appointments',
  requires: ['identity', 'stores', 'customers', 'catalog'],
  entities: [BookingSettings, ShiftTemplate, ShiftException, Appointment],
  migrations,
  events: appointmentEvents,
  features: {
    onlineBooking: { description: 'Customers book appointments online by themselves.', defaultEnabled: true },
  },
  schema: appointmentsSchema,
  jobs: { remind },
  seed: seedAppointments,
});
