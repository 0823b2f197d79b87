import { randomUUID } from 'node:crypto';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** Booking rules of a store; a store without a row uses DEFAULT_SETTINGS. */
export const BookingSettings = defineEntity({
  name: 'BookingSettings',
  tableName: 'appointments_settings',
  properties: {
    storeId: p.uuid().primary(),
    slotStepMinutes: p.integer(),
    bufferMinutes: p.integer(),
    minNoticeMinutes: p.integer(),
    maxHorizonDays: p.integer(),
    cancelCutoffMinutes: p.integer(),
    reminderOffsetsMinutes: p.array((i) => Number(i)).columnType('int[]'),
    autoConfirm: p.boolean(),
  },
});
export type IBookingSettings = InferEntity<typeof BookingSettings>;

export const DEFAULT_SETTINGS: Omit<IBookingSettings, 'storeId'> = {
  slotStepMinutes: 15,
  bufferMinutes: 10,
  minNoticeMinutes: 120,
  maxHorizonDays: 30,
  cancelCutoffMinutes: 240,
  reminderOffsetsMinutes: [24 * 60, 120],
  autoConfirm: true,
};

/** One working period of a technician's weekly template, in the store's time zone. */
export const ShiftTemplate = defineEntity({
  name: 'ShiftTemplate',
  tableName: 'appointments_shift_template',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    storeId: p.uuid(),
    technicianId: p.uuid(),
    /** 0 = Sunday … 6 = Saturday (as the store's opening hours). */
    weekday: p.integer(),
    starts: p.text(),
    ends: p.text(),
  },
});
export type IShiftTemplate = InferEntity<typeof ShiftTemplate>;

/** A date that differs from the template: time off (whole day or hours) or extra hours. */
export const ShiftException = defineEntity({
  name: 'ShiftException',
  tableName: 'appointments_shift_exception',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    storeId: p.uuid(),
    technicianId: p.uuid(),
    /** Local date in the store's zone, YYYY-MM-DD. */
    date: p.text(),
    kind: p.enum(['off', 'extra'] as const),
    /** Null with kind "off": the whole day. */
    starts: p.text().nullable(),
    ends: p.text().nullable(),
    note: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IShiftException = InferEntity<typeof ShiftException>;

export const APPOINTMENT_STATUSES = ['booked', 'confirmed', 'checkedIn', 'cancelled', 'noShow'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** Statuses that hold the technician's time (the database's no-overlap rule covers exactly these). */
export const ACTIVE_STATUSES: AppointmentStatus[] = ['booked', 'confirmed', 'checkedIn'];

export const Appointment = defineEntity({
  name: 'Appointment',
  tableName: 'appointments_appointment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    storeId: p.uuid(),
    customerId: p.uuid(),
    technicianId: p.uuid(),
    serviceIds: p.array().columnType('uuid[]'),
    shoeIds: p.array().columnType('uuid[]').default([]),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    /** endsAt plus the store's buffer: the technician's time is held until then. */
    blocksUntil: p.datetime(),
    status: p.enum(APPOINTMENT_STATUSES),
    source: p.enum(['online', 'staff'] as const),
    note: p.text().nullable(),
    priceMinor: p.integer(),
    currency: p.text(),
    createdBy: p.uuid(),
    /** Reminder offsets scheduled for the current start (job keys derive from them). */
    reminderOffsetsMinutes: p
      .array((i) => Number(i))
      .columnType('int[]')
      .default([]),
    remindersSent: p
      .array((i) => Number(i))
      .columnType('int[]')
      .default([]),
    confirmedAt: p.datetime().nullable(),
    checkedInAt: p.datetime().nullable(),
    cancelledAt: p.datetime().nullable(),
    cancelledBy: p.uuid().nullable(),
    cancelReason: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type IAppointment = InferEntity<typeof Appointment>;
