import { z } from 'zod';

const base = {
  appointmentId: z.string(),
  storeId: z.string(),
  customerId: z.string(),
  technicianId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.string(),
};

export const appointmentEvents = {
  'appointment.booked': z.object({ ...base, source: z.enum(['online', 'staff']), serviceIds: z.array(z.string()) }),
  'appointment.confirmed': z.object(base),
  'appointment.rescheduled': z.object({ ...base, previousStartsAt: z.string(), previousTechnicianId: z.string() }),
  'appointment.cancelled': z.object({ ...base, cancelledBy: z.string(), reason: z.string().nullable() }),
  'appointment.reminded': z.object({ ...base, offsetMinutes: z.number() }),
  /** The customer is at the counter: the care plugin opens work orders. */
  'appointment.checkedIn': z.object({
    ...base,
    serviceIds: z.array(z.string()),
    shoeIds: z.array(z.string()),
    checkedInBy: z.string(),
  }),
  'appointment.noShow': z.object(base),
  'shifts.changed': z.object({ storeId: z.string(), technicianId: z.string() }),
  'bookingSettings.changed': z.object({ storeId: z.string() }),
};

export const APPOINTMENT_EVENT_TYPES = Object.keys(appointmentEvents).filter((k) => k.startsWith('appointment.'));

type Payloads = { [K in keyof typeof appointmentEvents]: z.infer<(typeof appointmentEvents)[K]> };
declare module '@lacewire/core' {
  interface EventMap extends Payloads {}
}
