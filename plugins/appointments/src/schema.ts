import {
  type Builder,
  defineErrorType,
  hasStoreRole,
  InvalidInputError,
  idempotencyKeyInput,
  inRequestClass,
  NotAllowedError,
  replayableEntity,
} from '@lacewire/core';
import { ServiceRef, servicesByIds } from '@lacewire/plugin-catalog';
import {
  CustomerRef,
  canSeeCustomer,
  ensureCustomer,
  getCustomer,
  ShoeRef,
  shoesByIds,
  visibleCustomers,
} from '@lacewire/plugin-customers';
import { accountsByIds } from '@lacewire/plugin-identity';
import { getStore, StoreRef } from '@lacewire/plugin-stores';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { BOOKINGS, bookingWrite } from './booking-lane.ts';
import {
  APPOINTMENT_STATUSES,
  type IBookingSettings,
  type IShiftException,
  type IShiftTemplate,
  ShiftException,
} from './entities.ts';
import { InvalidAppointmentStatus, SlotTaken, TooLateToChange } from './errors.ts';
import { APPOINTMENT_EVENT_TYPES } from './events.ts';
import { AppointmentRef } from './refs.ts';
import {
  addShiftException,
  appointmentsByIds,
  availableSlots,
  bookAppointment,
  bookedAppointment,
  cancelAppointment,
  canSeeAppointment,
  checkInAppointment,
  confirmAppointment,
  findAppointments,
  getAppointment,
  getSettings,
  getShiftException,
  markNoShow,
  removeShiftException,
  rescheduleAppointment,
  setShiftTemplate,
  shiftExceptions,
  shiftTemplates,
  updateSettings,
} from './services.ts';

const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Use 24-hour HH:MM.');
const MAX_WINDOW_DAYS = 31;
const addedException = replayableEntity('ShiftException', ShiftException);

export function appointmentsSchema(builder: Builder) {
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
  const ERRORS = { types: [SlotTaken, TooLateToChange, InvalidAppointmentStatus] };

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
      technicianId: t.exposeID('technicianId'),
      weekday: t.exposeInt('weekday', { description: '0 = Sunday … 6 = Saturday' }),
      starts: t.exposeString('starts'),
      ends: t.exposeString('ends'),
    }),
  });

  const ExceptionKind = builder.enumType('ShiftExceptionKind', { values: ['off', 'extra'] as const });
  const ShiftExceptionType = builder.objectRef<IShiftException>('ShiftException').implement({
    description: 'A date that differs from the template: time off (whole day when no times) or extra hours.',
    fields: (t) => ({
      id: t.exposeID('id'),
      technicianId: t.exposeID('technicianId'),
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
        technicianIds: t.idList({
          description: 'Who could take it (staff only; empty for customers).',
          resolve: (s) => (s.staff ? s.technicianIds : []),
        }),
      }),
    });

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
      technicianId: t.exposeID('technicianId'),
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

  // ------------------------------------------------------------------ queries

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
      args: { technicianId: t.arg.id({ required: false }) },
      resolve: (s, args, ctx) => shiftTemplates(ctx.em, s.id, args.technicianId ? String(args.technicianId) : null),
    }),
    shiftExceptions: t.field({
      type: [ShiftExceptionType],
      description: 'Leave and extra hours between two local dates (staff).',
      authScopes: (s) => ({ storeStaff: s.id }),
      args: {
        fromDate: t.arg.string({ required: true }),
        toDate: t.arg.string({ required: true }),
        technicianId: t.arg.id({ required: false }),
      },
      resolve: (s, args, ctx) =>
        shiftExceptions(ctx.em, s.id, args.fromDate, args.toDate, args.technicianId ? String(args.technicianId) : null),
    }),
    appointments: t.connection({
      type: AppointmentRef,
      description: "The store's appointments by start time. Clerks and admins see all; technicians their own.",
      authScopes: (s) => ({ storeStaff: s.id }),
      args: {
        from: t.arg({ type: 'DateTime', required: false }),
        to: t.arg({ type: 'DateTime', required: false }),
        statuses: t.arg({ type: [Status], required: false }),
        technicianId: t.arg.id({ required: false }),
      },
      resolve: (s, args, ctx) => {
        const desk = hasStoreRole(ctx.viewer, s.id, ['clerk', 'storeAdmin']);
        const technicianId = desk ? (args.technicianId ? String(args.technicianId) : null) : (ctx.viewer?.accountId as string);
        return resolveOffsetConnection({ args, defaultSize: 50, maxSize: 200 }, ({ limit, offset }) =>
          findAppointments(
            ctx.em,
            { storeId: s.id, technicianId, from: args.from, to: args.to, statuses: args.statuses as any },
            limit,
            offset,
          ),
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

  // ------------------------------------------------------------------ settings and shifts

  const requireAdmin = (viewer: Parameters<typeof hasStoreRole>[0], storeId: string) => {
    if (!hasStoreRole(viewer, storeId, ['storeAdmin'])) throw new NotAllowedError();
  };

  builder.mutationField('updateBookingSettings', (t) =>
    t.field({
      type: Settings,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('UpdateBookingSettingsInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              slotStepMinutes: f.int({ required: false, validate: z.number().int().min(5).max(240) }),
              bufferMinutes: f.int({ required: false, validate: z.number().int().min(0).max(240) }),
              minNoticeMinutes: f.int({
                required: false,
                validate: z
                  .number()
                  .int()
                  .min(0)
                  .max(7 * 24 * 60),
              }),
              maxHorizonDays: f.int({ required: false, validate: z.number().int().min(1).max(365) }),
              cancelCutoffMinutes: f.int({
                required: false,
                validate: z
                  .number()
                  .int()
                  .min(0)
                  .max(7 * 24 * 60),
              }),
              reminderOffsetsMinutes: f.intList({
                required: false,
                validate: z
                  .array(
                    z
                      .number()
                      .int()
                      .min(1)
                      .max(14 * 24 * 60),
                  )
                  .max(5),
              }),
              autoConfirm: f.boolean({ required: false }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { storeId, ...changes } = input;
        requireAdmin(ctx.viewer, storeId.id);
        return ctx.tx((tx) => updateSettings(tx, storeId.id, changes as any));
      },
    }),
  );

  const ShiftInput = builder.inputType('ShiftInput', {
    fields: (f) => ({
      weekday: f.int({ required: true, validate: z.number().int().min(0).max(6) }),
      starts: f.string({ required: true, validate: hhmm }),
      ends: f.string({ required: true, validate: hhmm }),
    }),
  });

  builder.mutationField('setShiftTemplate', (t) =>
    t.field({
      type: [Shift],
      description: "Replaces a technician's weekly template (store admin). Shifts must lie inside opening hours.",
      errors: { directResult: false },
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('SetShiftTemplateInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              technicianId: f.id({ required: true }),
              shifts: f.field({ type: [ShiftInput], required: true }),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        requireAdmin(ctx.viewer, input.storeId.id);
        return ctx.tx((tx) => setShiftTemplate(tx, input.storeId.id, String(input.technicianId), input.shifts));
      },
    }),
  );

  builder.mutationField('addShiftException', (t) =>
    t.field({
      type: ShiftExceptionType,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('AddShiftExceptionInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              technicianId: f.id({ required: true }),
              date: f.string({ required: true, validate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.') }),
              kind: f.field({ type: ExceptionKind, required: true }),
              starts: f.string({ required: false, validate: hhmm }),
              ends: f.string({ required: false, validate: hhmm }),
              note: f.string({ required: false, validate: z.string().max(200) }),
              ...idempotencyKeyInput(f),
            }),
          }),
        }),
      },
      resolve: (_r, { input }, ctx) => {
        const { storeId, technicianId, idempotencyKey, ...rest } = input;
        requireAdmin(ctx.viewer, storeId.id);
        return ctx.tx((tx) =>
          tx.once({ operation: 'addShiftException', key: idempotencyKey, result: addedException }, () =>
            addShiftException(tx, storeId.id, String(technicianId), rest as any),
          ),
        );
      },
    }),
  );

  builder.mutationField('removeShiftException', (t) =>
    t.field({
      type: ShiftExceptionType,
      errors: {},
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('RemoveShiftExceptionInput', { fields: (f) => ({ id: f.id({ required: true }) }) }),
        }),
      },
      resolve: async (_r, { input }, ctx) => {
        const exception = await getShiftException(ctx.em, String(input.id));
        requireAdmin(ctx.viewer, exception.storeId);
        return ctx.tx((tx) => removeShiftException(tx, exception.id));
      },
    }),
  );

  // ------------------------------------------------------------------ booking

  builder.mutationField('bookAppointment', (t) =>
    t.field({
      type: AppointmentRef,
      extensions: inRequestClass(BOOKINGS),
      description: 'A customer books one of the offered slots; a technician is assigned (skills, then least loaded).',
      errors: ERRORS,
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
      errors: ERRORS,
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType('BookAppointmentForCustomerInput', {
            fields: (f) => ({
              storeId: f.globalID({ required: true, for: StoreRef }),
              customerId: f.globalID({ required: true, for: CustomerRef }),
              serviceIds: f.globalIDList({ required: true, for: ServiceRef, validate: z.array(z.any()).min(1).max(10) }),
              startsAt: f.field({ type: 'DateTime', required: true }),
              technicianId: f.id({ required: false }),
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
              technicianId: input.technicianId ? String(input.technicianId) : null,
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

  /** Who may change an appointment: its customer (cut-off applies) or the store's front desk. */
  async function actorFor(ctx: { viewer: any; em: any }, appointmentId: string) {
    const appointment = await getAppointment(ctx.em, appointmentId);
    const viewer = ctx.viewer;
    if (viewer?.customerId && viewer.customerId === appointment.customerId) return { appointment, asCustomer: true };
    if (hasStoreRole(viewer, appointment.storeId, ['clerk', 'storeAdmin'])) return { appointment, asCustomer: false };
    throw new NotAllowedError();
  }

  const idInput = (name: string, extra?: (f: any) => Record<string, any>) =>
    builder.inputType(name, {
      fields: (f) => ({ appointmentId: f.globalID({ required: true, for: AppointmentRef }), ...(extra ? extra(f) : {}) }),
    });

  builder.mutationField('rescheduleAppointment', (t) =>
    t.field({
      type: AppointmentRef,
      extensions: inRequestClass(BOOKINGS),
      errors: ERRORS,
      args: {
        input: t.arg({
          required: true,
          type: idInput('RescheduleAppointmentInput', (f) => ({
            startsAt: f.field({ type: 'DateTime', required: true }),
            technicianId: f.id({ required: false, description: 'Staff only.' }),
          })),
        }),
      },
      resolve: async (_r, args, ctx) => {
        const input = args.input as unknown as {
          appointmentId: { id: string };
          startsAt: Date;
          technicianId?: string | number | null;
        };
        const { appointment, asCustomer } = await actorFor(ctx, input.appointmentId.id);
        // A customer moving their own appointment books a new slot online; the front desk always can.
        if (asCustomer) await ctx.requireFeature(appointment.storeId, 'onlineBooking');
        const technicianId = !asCustomer && input.technicianId ? String(input.technicianId) : null;
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
      errors: ERRORS,
      args: {
        input: t.arg({
          required: true,
          type: idInput('CancelAppointmentInput', (f) => ({
            reason: f.string({ required: false, validate: z.string().max(300) }),
          })),
        }),
      },
      resolve: async (_r, args, ctx) => {
        const input = args.input as unknown as { appointmentId: { id: string }; reason?: string | null };
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
      errors: ERRORS,
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
      errors: ERRORS,
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
      errors: ERRORS,
      args: { input: t.arg({ required: true, type: idInput('MarkAppointmentNoShowInput') }) },
      resolve: async (_r, { input }, ctx) => {
        const appointment = await getAppointment(ctx.em, input.appointmentId.id);
        if (!hasStoreRole(ctx.viewer, appointment.storeId, ['clerk', 'storeAdmin'])) throw new NotAllowedError();
        return ctx.tx((tx) => markNoShow(tx, appointment.id));
      },
    }),
  );

  // ------------------------------------------------------------------ live

  const AppointmentEvent = builder
    .objectRef<{ cursor: string; type: string; at: Date; appointmentId: string; offsetMinutes: number | null }>(
      'AppointmentEvent',
    )
    .implement({
      description: 'A change to an appointment. Keep `cursor`; resubscribe with `after: cursor` to get what you missed.',
      fields: (t) => ({
        cursor: t.exposeString('cursor'),
        type: t.exposeString('type', {
          description: 'appointment.booked | confirmed | rescheduled | cancelled | reminded | checkedIn | noShow',
        }),
        at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
        offsetMinutes: t.exposeInt('offsetMinutes', { nullable: true, description: 'For reminders: how long before the start.' }),
        appointment: t.field({
          type: AppointmentRef,
          nullable: true,
          description: 'The appointment as it is now (null if the viewer may no longer see it).',
          resolve: async (e, _a, ctx) => {
            const [a] = await appointmentsByIds(ctx.em, [e.appointmentId]);
            return a && canSeeAppointment(ctx.viewer, a) ? a : null;
          },
        }),
      }),
    });

  builder.subscriptionField('appointmentEvents', (t) =>
    t.field({
      type: AppointmentEvent,
      description:
        "Appointment changes the viewer may see: a customer's own; the store's for clerks and admins; a technician's assigned.",
      authScopes: { signedIn: true },
      args: {
        after: t.arg.string({ required: false }),
        storeId: t.arg.globalID({ required: false, for: StoreRef }),
        appointmentId: t.arg.globalID({ required: false, for: AppointmentRef }),
      },
      subscribe: (_r, args, ctx) =>
        ctx.runtime.subscribe(ctx.viewer, {
          after: args.after,
          types: APPOINTMENT_EVENT_TYPES,
          filter: (e) =>
            (!args.storeId || e.payload.storeId === args.storeId.id) &&
            (!args.appointmentId || e.payload.appointmentId === args.appointmentId.id),
        }),
      resolve: (e: any) => ({
        cursor: e.id,
        type: e.type,
        at: e.at,
        appointmentId: e.payload.appointmentId,
        offsetMinutes: e.payload.offsetMinutes ?? null,
      }),
    }),
  );
}
