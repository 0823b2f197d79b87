import { type Builder, hasStoreRole } from '@lacewire/core';
import { DateTime } from 'luxon';
import { APPOINTMENT_STATUSES, type IBookingSettings, type IShiftTemplate } from '../entities.ts';
import { ShiftExceptionRef } from '../refs.ts';
import { shiftExceptionsByIds } from '../services.ts';

/** A technician's account as a global id. */
const account = (id: string) => ({ type: 'Account', id });

/** Booking settings, shifts, their exceptions and slots. */
export function appointmentTypes(builder: Builder) {
  const Status = builder.enumType('AppointmentStatus', { values: APPOINTMENT_STATUSES });

  const Settings = builder.objectRef<IBookingSettings>('BookingSettings').implement({
    description: 'How a store takes bookings.',
    fields: (t) => ({
      slotStepMinutes: t.exposeInt('slotStepMinutes', { description: 'Slots start on this grid of the local clock.' }),
      bufferMinutes: t.exposeInt('bufferMinutes', { description: 'Kept free after each appointment.' }),
      minNoticeMinutes: t.exposeInt('minNoticeMinutes', { description: 'Online bookings start at least this far ahead.' }),
      maxHorizonDays: t.exposeInt('maxHorizonDays', { description: 'Bookings open this many days ahead.' }),
      cancelCutoffMinutes: t.exposeInt('cancelCutoffMinutes', {
        description: 'Customers change or cancel online until this long before the start.',
      }),
      reminderOffsetsMinutes: t.exposeIntList('reminderOffsetsMinutes', {
        description: 'Reminders go out this long before the start.',
      }),
      autoConfirm: t.exposeBoolean('autoConfirm', {
        description: 'Online bookings are confirmed at once (else staff confirm them).',
      }),
    }),
  });

  const Shift = builder.objectRef<IShiftTemplate>('Shift').implement({
    description: "One working period of a technician's weekly template (store's local time).",
    fields: (t) => ({
      technicianId: t.globalID({ resolve: (s) => account(s.technicianId) }),
      weekday: t.exposeInt('weekday', { description: '0 = Sunday … 6 = Saturday' }),
      starts: t.exposeString('starts'),
      ends: t.exposeString('ends'),
    }),
  });

  const ExceptionKind = builder.enumType('ShiftExceptionKind', { values: ['off', 'extra'] as const });
  builder.node(ShiftExceptionRef, {
    description:
      'A date that differs from the template: time off (whole day when no times) or extra hours. Seen by staff of its store.',
    id: { resolve: (e) => e.id },
    loadMany: async (ids, ctx) =>
      (await shiftExceptionsByIds(ctx.em, ids)).map((e) => (e && hasStoreRole(ctx.viewer, e.storeId) ? e : null)),
    fields: (t) => ({
      technicianId: t.globalID({ resolve: (e) => account(e.technicianId) }),
      date: t.exposeString('date'),
      kind: t.field({ type: ExceptionKind, resolve: (e) => e.kind }),
      starts: t.exposeString('starts', { nullable: true }),
      ends: t.exposeString('ends', { nullable: true }),
      note: t.exposeString('note', { nullable: true }),
    }),
  });

  const Slot = builder
    .objectRef<{ start: number; end: number; technicianIds: string[]; zone: string; staff: boolean }>('Slot')
    .implement({
      description: 'A bookable start time for the requested services.',
      fields: (t) => ({
        startsAt: t.field({ type: 'DateTime', resolve: (s) => new Date(s.start) }),
        endsAt: t.field({ type: 'DateTime', resolve: (s) => new Date(s.end) }),
        local: t.string({
          description: "Start in the store's time zone, ISO with offset (2026-11-26T10:00:00.000+08:00).",
          resolve: (s) => DateTime.fromMillis(s.start, { zone: s.zone }).toISO() as string,
        }),
        freeTechnicians: t.int({ resolve: (s) => s.technicianIds.length }),
        technicianIds: t.globalIDList({
          description: 'Who could take it (staff only; empty for customers).',
          resolve: (s) => (s.staff ? s.technicianIds.map(account) : []),
        }),
      }),
    });

  return { Status, Settings, Shift, ExceptionKind, Slot };
}

export type AppointmentTypes = ReturnType<typeof appointmentTypes>;
