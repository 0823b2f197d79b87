import {
  type Audience,
  hasStoreRole,
  InvalidInputError,
  NotFoundError,
  replayableEntity,
  rows,
  sql,
  type Tx,
  type Viewer,
} from '@lacewire/core';
import { hasSkills, servicesForBooking, technicianSkills } from '@lacewire/plugin-catalog';
import { linkCustomerToStore, shoesByIds } from '@lacewire/plugin-customers';
import { membersOf } from '@lacewire/plugin-identity';
import { getStore } from '@lacewire/plugin-stores';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import {
  ACTIVE_STATUSES,
  Appointment,
  type AppointmentStatus,
  BookingSettings,
  DEFAULT_SETTINGS,
  type IAppointment,
  type IBookingSettings,
  ShiftException,
  ShiftTemplate,
} from './entities.ts';
import { InvalidAppointmentStatus, SlotTaken, TooLateToChange } from './errors.ts';
import {
  computeSlots,
  freeTechniciansAt,
  insideOpeningHours,
  localDay,
  onStep,
  type Slot,
  type SlotQuery,
  type TechnicianPlan,
} from './slots.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// ---------------------------------------------------------------- settings

export async function getSettings(em: EntityManager, storeId: string): Promise<IBookingSettings> {
  return (await em.findOne(BookingSettings, { storeId })) ?? { storeId, ...DEFAULT_SETTINGS };
}

export async function updateSettings(tx: Tx, storeId: string, changes: Partial<Omit<IBookingSettings, 'storeId'>>) {
  const current = await tx.em.findOne(BookingSettings, { storeId });
  const clean = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== null));
  if (clean.reminderOffsetsMinutes)
    clean.reminderOffsetsMinutes = [...new Set(clean.reminderOffsetsMinutes as number[])].sort((a, b) => b - a);
  const settings = current
    ? tx.em.assign(current, clean)
    : tx.em.create(BookingSettings, { storeId, ...DEFAULT_SETTINGS, ...clean });
  tx.emit('bookingSettings.changed', { storeId }, { stores: [storeId] });
  return settings;
}

// ---------------------------------------------------------------- shifts

export interface ShiftInput {
  weekday: number;
  starts: string;
  ends: string;
}

async function requireTechnician(em: EntityManager, storeId: string, technicianId: string) {
  const member = (await membersOf(em, storeId)).find((m) => m.accountId === technicianId && m.role === 'technician');
  if (!member) throw new InvalidInputError('Not a technician of this store.', 'technicianId');
}

/** Replaces a technician's weekly template. Every shift must lie inside the store's opening hours. */
export async function setShiftTemplate(tx: Tx, storeId: string, technicianId: string, shifts: ShiftInput[]) {
  await requireTechnician(tx.em, storeId, technicianId);
  const store = await getStore(tx.em, storeId);
  for (const s of shifts) {
    if (s.starts >= s.ends) throw new InvalidInputError('A shift must start before it ends.', 'shifts');
    if (!insideOpeningHours(store.openingHours, s.weekday, s.starts, s.ends)) {
      throw new InvalidInputError(
        `The shift ${s.starts}–${s.ends} on weekday ${s.weekday} is outside the store's opening hours.`,
        'shifts',
      );
    }
    if (shifts.some((o) => o !== s && o.weekday === s.weekday && o.starts < s.ends && s.starts < o.ends)) {
      throw new InvalidInputError('Shifts of one day must not overlap.', 'shifts');
    }
  }
  const existing = await tx.em.find(ShiftTemplate, { storeId, technicianId });
  for (const e of existing) tx.em.remove(e);
  const created = shifts.map((s) => tx.em.create(ShiftTemplate, { storeId, technicianId, ...s }));
  tx.emit('shifts.changed', { storeId, technicianId }, { stores: [storeId], accounts: [technicianId] });
  return created;
}

export interface ExceptionInput {
  date: string;
  kind: 'off' | 'extra';
  starts?: string | null;
  ends?: string | null;
  note?: string | null;
}

export async function addShiftException(tx: Tx, storeId: string, technicianId: string, input: ExceptionInput) {
  await requireTechnician(tx.em, storeId, technicianId);
  const store = await getStore(tx.em, storeId);
  const day = DateTime.fromISO(input.date, { zone: store.timeZone });
  if (!day.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new InvalidInputError('Use a date like 2026-11-27.', 'date');
  const starts = input.starts ?? null;
  const ends = input.ends ?? null;
  if ((starts === null) !== (ends === null))
    throw new InvalidInputError('Give both start and end, or neither (whole day off).', 'starts');
  if (starts && ends && starts >= ends) throw new InvalidInputError('Start before the end.', 'starts');
  if (input.kind === 'extra') {
    if (!starts || !ends) throw new InvalidInputError('Extra hours need a start and an end.', 'starts');
    if (!insideOpeningHours(store.openingHours, day.weekday % 7, starts, ends)) {
      throw new InvalidInputError("Extra hours must lie inside the store's opening hours.", 'starts');
    }
  }
  const exception = tx.em.create(ShiftException, {
    storeId,
    technicianId,
    date: input.date,
    kind: input.kind,
    starts,
    ends,
    note: input.note ?? null,
  });
  tx.emit('shifts.changed', { storeId, technicianId }, { stores: [storeId], accounts: [technicianId] });
  return exception;
}

export async function removeShiftException(tx: Tx, exceptionId: string) {
  const exception = await tx.em.findOne(ShiftException, { id: exceptionId });
  if (!exception) throw new NotFoundError('Shift exception');
  tx.em.remove(exception);
  tx.emit(
    'shifts.changed',
    { storeId: exception.storeId, technicianId: exception.technicianId },
    { stores: [exception.storeId], accounts: [exception.technicianId] },
  );
  return exception;
}

export async function getShiftException(em: EntityManager, id: string) {
  const exception = await em.findOne(ShiftException, { id });
  if (!exception) throw new NotFoundError('Shift exception');
  return exception;
}

export async function shiftExceptionsByIds(em: EntityManager, ids: readonly string[]) {
  const found = await em.find(ShiftException, { id: { $in: [...ids] } });
  return ids.map((id) => found.find((e) => e.id === id) ?? null);
}

export async function shiftTemplates(em: EntityManager, storeId: string, technicianId?: string | null) {
  return em.find(
    ShiftTemplate,
    { storeId, ...(technicianId ? { technicianId } : {}) },
    { orderBy: { technicianId: 'asc', weekday: 'asc', starts: 'asc' } },
  );
}

export async function shiftExceptions(
  em: EntityManager,
  storeId: string,
  fromDate: string,
  toDate: string,
  technicianId?: string | null,
) {
  return em.find(
    ShiftException,
    { storeId, date: { $gte: fromDate, $lte: toDate }, ...(technicianId ? { technicianId } : {}) },
    { orderBy: { date: 'asc', starts: 'asc' } },
  );
}

// ---------------------------------------------------------------- availability

/** The store's technicians with their skills. */
export async function storeTechnicians(em: EntityManager, storeId: string) {
  const [members, skills] = await Promise.all([membersOf(em, storeId), technicianSkills(em, storeId)]);
  return members.filter((m) => m.role === 'technician').map((m) => ({ id: m.accountId, skills: skills.get(m.accountId) ?? [] }));
}

async function loadPlans(
  em: EntityManager,
  storeId: string,
  zone: string,
  technicians: { id: string; skills: string[] }[],
  from: number,
  to: number,
  excludeAppointmentId: string | null,
): Promise<TechnicianPlan[]> {
  const ids = technicians.map((t) => t.id);
  if (ids.length === 0) return [];
  const fromDate = DateTime.fromMillis(from - DAY, { zone }).toISODate() as string;
  const toDate = DateTime.fromMillis(to + DAY, { zone }).toISODate() as string;
  // Raw reads: no entity hydration on the hot path of every slot query.
  const [shifts, exceptions, busy] = await Promise.all([
    rows<{ technicianId: string; weekday: number; starts: string; ends: string }>(
      em,
      sql`select technician_id as "technicianId", weekday, starts, ends from appointments_shift_template
          where store_id = ${storeId} and technician_id = any(${ids}::uuid[])`,
    ),
    rows<{ technicianId: string; date: string; kind: 'off' | 'extra'; starts: string | null; ends: string | null }>(
      em,
      sql`select technician_id as "technicianId", date, kind, starts, ends from appointments_shift_exception
          where store_id = ${storeId} and technician_id = any(${ids}::uuid[]) and date between ${fromDate} and ${toDate}`,
    ),
    rows<{ technician_id: string; starts_at: Date; blocks_until: Date }>(
      em,
      sql`select technician_id, starts_at, blocks_until from appointments_appointment
          where technician_id = any(${ids}::uuid[]) and status = any(${ACTIVE_STATUSES}::text[])
            and starts_at < ${new Date(to + DAY)} and blocks_until > ${new Date(from - DAY)}
            and (${excludeAppointmentId}::uuid is null or id <> ${excludeAppointmentId}::uuid)`,
    ),
  ]);
  return technicians.map((t) => ({
    id: t.id,
    skills: t.skills,
    shifts: shifts.filter((s) => s.technicianId === t.id),
    exceptions: exceptions.filter((e) => e.technicianId === t.id),
    busy: busy
      .filter((b) => b.technician_id === t.id)
      .map((b) => ({ start: new Date(b.starts_at).getTime(), end: new Date(b.blocks_until).getTime() })),
  }));
}

interface BookingContext {
  settings: IBookingSettings;
  zone: string;
  durationMinutes: number;
  priceMinor: number;
  currency: string;
  serviceIds: string[];
  query: Omit<SlotQuery, 'from' | 'to' | 'stepMinutes'>;
}

export async function bookingContext(
  em: EntityManager,
  storeId: string,
  serviceIds: readonly string[],
  online: boolean,
  window: { from: number; to: number },
  excludeAppointmentId: string | null = null,
): Promise<BookingContext> {
  const [store, settings, services, technicians] = await Promise.all([
    getStore(em, storeId),
    getSettings(em, storeId),
    servicesForBooking(em, storeId, serviceIds, online),
    storeTechnicians(em, storeId),
  ]);
  const currencies = new Set(services.map((s) => s.currency));
  if (currencies.size > 1)
    throw new InvalidInputError('Services priced in different currencies cannot be booked together.', 'serviceIds');
  const requiredSkills = [...new Set(services.flatMap((s) => s.requiredSkills))];
  const qualified = technicians.filter((t) => hasSkills(t.skills, requiredSkills));
  const plans = await loadPlans(em, storeId, store.timeZone, qualified, window.from, window.to, excludeAppointmentId);
  const durationMinutes = services.reduce((sum, s) => sum + s.durationMinutes, 0);
  return {
    settings,
    zone: store.timeZone,
    durationMinutes,
    priceMinor: services.reduce((sum, s) => sum + s.priceMinor, 0),
    currency: services[0].currency,
    serviceIds: services.map((s) => s.id),
    query: {
      zone: store.timeZone,
      openingHours: store.openingHours,
      technicians: plans,
      requiredSkills,
      durationMinutes,
      bufferMinutes: settings.bufferMinutes,
    },
  };
}

export interface SlotRequest {
  storeId: string;
  serviceIds: readonly string[];
  from: Date;
  to: Date;
  /** Customers: online-bookable services only, minimum notice applies. Staff: neither. */
  online: boolean;
  now?: number;
}

/** Bookable start times for the services in [from, to), within notice and horizon. */
export async function availableSlots(em: EntityManager, request: SlotRequest): Promise<{ slots: Slot[]; zone: string }> {
  const now = request.now ?? Date.now();
  // Reads what the requested window needs in one round (settings come with it), then clips it.
  const context = await bookingContext(em, request.storeId, request.serviceIds, request.online, {
    from: Math.max(request.from.getTime(), now),
    to: Math.max(request.from.getTime(), Math.min(request.to.getTime(), now + 366 * DAY)),
  });
  const { settings } = context;
  const from = Math.max(request.from.getTime(), now + (request.online ? settings.minNoticeMinutes * MINUTE : 0));
  const to = Math.min(request.to.getTime(), now + settings.maxHorizonDays * DAY);
  if (from >= to) return { slots: [], zone: context.zone };
  return { slots: computeSlots({ ...context.query, stepMinutes: settings.slotStepMinutes, from, to }), zone: context.zone };
}

/** Candidates ordered by load that day (booked minutes), least loaded first. */
async function byLoad(em: EntityManager, zone: string, candidates: string[], start: number): Promise<string[]> {
  const day = localDay(zone, start);
  const load = await rows<{ technician_id: string; minutes: number }>(
    em,
    sql`select technician_id, sum(extract(epoch from ends_at - starts_at) / 60)::int as minutes from appointments_appointment
        where technician_id = any(${candidates}::uuid[]) and status = any(${ACTIVE_STATUSES}::text[])
          and starts_at >= ${new Date(day.start)} and starts_at < ${new Date(day.end)}
        group by technician_id`,
  );
  const minutes = new Map(load.map((l) => [l.technician_id, Number(l.minutes)]));
  return [...candidates].sort((a, b) => (minutes.get(a) ?? 0) - (minutes.get(b) ?? 0) || a.localeCompare(b));
}

// ---------------------------------------------------------------- booking

/** True for the database's refusal of overlapping held time (exclusion constraint). */
export function isOverlap(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    if (e.code === '23P01' || String(e.message ?? '').includes('appointments_no_overlap')) return true;
  }
  return false;
}

/**
 * Concurrent inserts of conflicting rows under an exclusion constraint may also end in a
 * deadlock (each waits for the other's uncommitted row); PostgreSQL aborts one of them.
 */
function isDeadlock(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    if (e.code === '40P01' || e.code === '40001') return true;
  }
  return false;
}

/**
 * Runs a booking attempt; when the database refuses it because someone took the time in the
 * meantime, tries again on fresh data (another technician may still be free), and finally
 * answers SlotTaken. Never checks-then-inserts on its own: the exclusion constraint decides.
 */
export async function withSlotRetry<T>(run: () => Promise<T>, startsAt: Date, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const deadlock = isDeadlock(error);
      if (!deadlock && !isOverlap(error)) throw error;
      if (attempt >= attempts) throw new SlotTaken(startsAt);
      if (deadlock) await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

export function audienceOf(appointment: IAppointment, extraAccounts: string[] = []): Audience {
  return {
    accounts: [...new Set([appointment.customerId, appointment.technicianId, ...extraAccounts])],
    stores: [appointment.storeId],
    roles: ['clerk', 'storeAdmin'],
  };
}

function basePayload(a: IAppointment) {
  return {
    appointmentId: a.id,
    storeId: a.storeId,
    customerId: a.customerId,
    technicianId: a.technicianId,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    status: a.status,
  };
}

export interface BookingRequest {
  storeId: string;
  customerId: string;
  serviceIds: string[];
  startsAt: Date;
  /** Staff may pick the technician; otherwise skill match, then least loaded. */
  technicianId?: string | null;
  shoeIds?: string[] | null;
  note?: string | null;
  /** A customer booking online (notice, step grid, online-bookable services) vs staff. */
  online: boolean;
  createdBy: string;
  now?: number;
}

function checkWindow(settings: IBookingSettings, zone: string, start: number, online: boolean, now: number) {
  if (online) {
    if (start < now + settings.minNoticeMinutes * MINUTE) {
      throw new InvalidInputError(`Book at least ${settings.minNoticeMinutes} minutes ahead.`, 'startsAt');
    }
    if (!onStep(zone, start, settings.slotStepMinutes)) throw new InvalidInputError('Pick one of the offered slots.', 'startsAt');
  } else if (start < now - 15 * MINUTE) {
    throw new InvalidInputError('That time has passed.', 'startsAt');
  }
  if (start > now + settings.maxHorizonDays * DAY) {
    throw new InvalidInputError(`Bookings open ${settings.maxHorizonDays} days ahead.`, 'startsAt');
  }
}

/** One booking attempt in one transaction; the caller wraps it in withSlotRetry. */
/** A booking, found again for a retried booking mutation (`tx.once`). */
export const bookedAppointment = replayableEntity('Appointment', Appointment);

export async function bookAppointment(tx: Tx, request: BookingRequest): Promise<IAppointment> {
  const now = request.now ?? tx.now().getTime();
  const start = request.startsAt.getTime();
  const context = await bookingContext(tx.em, request.storeId, request.serviceIds, request.online, {
    from: start,
    to: start + 1,
  });
  checkWindow(context.settings, context.zone, start, request.online, now);
  const shoeIds = [...new Set(request.shoeIds ?? [])];
  if (shoeIds.length > 0) {
    const shoes = await shoesByIds(tx.em, shoeIds);
    if (shoes.some((s) => !s || s.customerId !== request.customerId)) throw new InvalidInputError('Unknown shoes.', 'shoeIds');
  }
  let candidates = freeTechniciansAt(context.query, start);
  if (request.technicianId) candidates = candidates.filter((c) => c === request.technicianId);
  if (candidates.length === 0) throw new SlotTaken(request.startsAt);
  const [technicianId] = await byLoad(tx.em, context.zone, candidates, start);
  await linkCustomerToStore(tx, request.customerId, request.storeId);
  const confirmed = !request.online || context.settings.autoConfirm;
  const appointment = tx.em.create(Appointment, {
    storeId: request.storeId,
    customerId: request.customerId,
    technicianId,
    serviceIds: context.serviceIds,
    shoeIds,
    startsAt: new Date(start),
    endsAt: new Date(start + context.durationMinutes * MINUTE),
    blocksUntil: new Date(start + (context.durationMinutes + context.settings.bufferMinutes) * MINUTE),
    status: confirmed ? 'confirmed' : 'booked',
    source: request.online ? 'online' : 'staff',
    note: request.note ?? null,
    priceMinor: context.priceMinor,
    currency: context.currency,
    createdBy: request.createdBy,
    confirmedAt: confirmed ? new Date(now) : null,
    createdAt: new Date(now),
  });
  // Flush now: the exclusion constraint answers here if someone else holds the time.
  await tx.em.flush();
  await scheduleReminders(tx, appointment, context.settings, now);
  tx.emit(
    'appointment.booked',
    { ...basePayload(appointment), source: appointment.source, serviceIds: appointment.serviceIds },
    audienceOf(appointment),
  );
  return appointment;
}

export async function getAppointment(em: EntityManager, id: string): Promise<IAppointment> {
  const appointment = await em.findOne(Appointment, { id });
  if (!appointment) throw new NotFoundError('Appointment');
  return appointment;
}

async function lockAppointment(tx: Tx, id: string) {
  const appointment = await tx.em.findOne(Appointment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!appointment) throw new NotFoundError('Appointment');
  return appointment;
}

function requireStatus(a: IAppointment, allowed: AppointmentStatus[], action: string) {
  if (!allowed.includes(a.status)) throw new InvalidAppointmentStatus(a.status, action);
}

/** Customers may change or cancel only until the store's cut-off before the start. */
async function checkCutoff(em: EntityManager, a: IAppointment, now: number) {
  const settings = await getSettings(em, a.storeId);
  if (now > a.startsAt.getTime() - settings.cancelCutoffMinutes * MINUTE) throw new TooLateToChange(settings.cancelCutoffMinutes);
}

export interface Actor {
  accountId: string;
  /** The customer acting on their own appointment (cut-off, notice, grid apply). */
  asCustomer: boolean;
  now?: number;
}

export async function rescheduleAppointment(tx: Tx, id: string, startsAt: Date, actor: Actor & { technicianId?: string | null }) {
  const now = actor.now ?? tx.now().getTime();
  const appointment = await lockAppointment(tx, id);
  requireStatus(appointment, ['booked', 'confirmed'], 'rescheduled');
  if (actor.asCustomer) await checkCutoff(tx.em, appointment, now);
  const start = startsAt.getTime();
  const context = await bookingContext(
    tx.em,
    appointment.storeId,
    appointment.serviceIds,
    false,
    { from: start, to: start + 1 },
    appointment.id,
  );
  checkWindow(context.settings, context.zone, start, actor.asCustomer, now);
  let candidates = freeTechniciansAt(context.query, start);
  if (actor.technicianId) candidates = candidates.filter((c) => c === actor.technicianId);
  if (candidates.length === 0) throw new SlotTaken(startsAt);
  // Keep the technician when they are free; otherwise the least loaded qualified one.
  const technicianId = candidates.includes(appointment.technicianId)
    ? appointment.technicianId
    : (await byLoad(tx.em, context.zone, candidates, start))[0];
  const previous = { startsAt: appointment.startsAt.toISOString(), technicianId: appointment.technicianId };
  appointment.technicianId = technicianId;
  appointment.startsAt = new Date(start);
  appointment.endsAt = new Date(start + context.durationMinutes * MINUTE);
  appointment.blocksUntil = new Date(start + (context.durationMinutes + context.settings.bufferMinutes) * MINUTE);
  await tx.em.flush();
  await scheduleReminders(tx, appointment, context.settings, now);
  tx.emit(
    'appointment.rescheduled',
    { ...basePayload(appointment), previousStartsAt: previous.startsAt, previousTechnicianId: previous.technicianId },
    audienceOf(appointment, [previous.technicianId]),
  );
  return appointment;
}

export async function cancelAppointment(tx: Tx, id: string, actor: Actor & { reason?: string | null }) {
  const appointment = await lockAppointment(tx, id);
  requireStatus(appointment, ['booked', 'confirmed'], 'cancelled');
  if (actor.asCustomer) await checkCutoff(tx.em, appointment, actor.now ?? tx.now().getTime());
  appointment.status = 'cancelled';
  appointment.cancelledAt = tx.now();
  appointment.cancelledBy = actor.accountId;
  appointment.cancelReason = actor.reason ?? null;
  await dropReminders(tx, appointment);
  tx.emit(
    'appointment.cancelled',
    { ...basePayload(appointment), cancelledBy: actor.accountId, reason: appointment.cancelReason ?? null },
    audienceOf(appointment),
  );
  return appointment;
}

export async function confirmAppointment(tx: Tx, id: string) {
  const appointment = await lockAppointment(tx, id);
  requireStatus(appointment, ['booked'], 'confirmed');
  appointment.status = 'confirmed';
  appointment.confirmedAt = tx.now();
  tx.emit('appointment.confirmed', basePayload(appointment), audienceOf(appointment));
  return appointment;
}

export async function checkInAppointment(tx: Tx, id: string, by: string) {
  const appointment = await lockAppointment(tx, id);
  requireStatus(appointment, ['booked', 'confirmed'], 'checked in');
  appointment.status = 'checkedIn';
  appointment.checkedInAt = tx.now();
  await dropReminders(tx, appointment);
  tx.emit(
    'appointment.checkedIn',
    { ...basePayload(appointment), serviceIds: appointment.serviceIds, shoeIds: appointment.shoeIds, checkedInBy: by },
    audienceOf(appointment),
  );
  return appointment;
}

export async function markNoShow(tx: Tx, id: string, now = tx.now().getTime()) {
  const appointment = await lockAppointment(tx, id);
  requireStatus(appointment, ['booked', 'confirmed'], 'marked as no-show');
  if (now < appointment.startsAt.getTime()) throw new InvalidInputError('The appointment has not started yet.', 'appointmentId');
  appointment.status = 'noShow';
  await dropReminders(tx, appointment);
  tx.emit('appointment.noShow', basePayload(appointment), audienceOf(appointment));
  return appointment;
}

// ---------------------------------------------------------------- reminders

export const reminderKey = (appointmentId: string, offsetMinutes: number) =>
  `appointments.remind:${appointmentId}:${offsetMinutes}`;

/**
 * (Re)schedules the reminders of an appointment as durable jobs keyed by appointment and offset:
 * a reschedule replaces them, reminders whose time has passed are dropped.
 */
async function scheduleReminders(tx: Tx, appointment: IAppointment, settings: IBookingSettings, now: number) {
  await dropReminders(tx, appointment);
  const scheduled: number[] = [];
  for (const offset of settings.reminderOffsetsMinutes) {
    const runAt = appointment.startsAt.getTime() - offset * MINUTE;
    if (runAt <= now) continue;
    await tx.enqueue(
      'appointments.remind',
      { appointmentId: appointment.id, offsetMinutes: offset, startsAt: appointment.startsAt.toISOString() },
      { runAt: new Date(runAt), key: reminderKey(appointment.id, offset) },
    );
    scheduled.push(offset);
  }
  appointment.reminderOffsetsMinutes = scheduled;
  appointment.remindersSent = [];
}

async function dropReminders(tx: Tx, appointment: IAppointment) {
  for (const offset of appointment.reminderOffsetsMinutes) await tx.dequeue(reminderKey(appointment.id, offset));
  appointment.reminderOffsetsMinutes = [];
}

/** The reminder job: re-checks the appointment (it may have moved or been cancelled meanwhile). */
export async function sendReminder(tx: Tx, payload: { appointmentId: string; offsetMinutes: number; startsAt: string }) {
  const appointment = await tx.em.findOne(Appointment, { id: payload.appointmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!appointment || !['booked', 'confirmed'].includes(appointment.status)) return;
  if (appointment.startsAt.toISOString() !== payload.startsAt) return;
  if (appointment.remindersSent.includes(payload.offsetMinutes)) return;
  appointment.remindersSent = [...appointment.remindersSent, payload.offsetMinutes];
  tx.emit('appointment.reminded', { ...basePayload(appointment), offsetMinutes: payload.offsetMinutes }, audienceOf(appointment));
}

// ---------------------------------------------------------------- reading

/** Customer: own; clerks and store admins: their store's; technicians: assigned to them; owners: all. */
export function canSeeAppointment(viewer: Viewer | null, a: IAppointment): boolean {
  if (!viewer) return false;
  return (
    viewer.customerId === a.customerId ||
    viewer.accountId === a.technicianId ||
    hasStoreRole(viewer, a.storeId, ['clerk', 'storeAdmin'])
  );
}

export async function appointmentsByIds(em: EntityManager, ids: readonly string[]) {
  const found = await em.find(Appointment, { id: { $in: [...ids] } });
  return ids.map((id) => found.find((a) => a.id === id) ?? null);
}

export interface AppointmentFilter {
  storeId?: string | null;
  customerId?: string | null;
  technicianId?: string | null;
  /** Only these stores (a staff member's); null: any. */
  storeIds?: string[] | null;
  from?: Date | null;
  to?: Date | null;
  statuses?: AppointmentStatus[] | null;
}

export async function findAppointments(em: EntityManager, filter: AppointmentFilter, limit: number, offset: number) {
  const where: Record<string, unknown> = {};
  if (filter.storeId) where.storeId = filter.storeId;
  if (filter.storeIds)
    where.storeId = filter.storeId
      ? filter.storeIds.includes(filter.storeId)
        ? filter.storeId
        : '00000000-0000-0000-0000-000000000000'
      : { $in: filter.storeIds };
  if (filter.customerId) where.customerId = filter.customerId;
  if (filter.technicianId) where.technicianId = filter.technicianId;
  if (filter.statuses?.length) where.status = { $in: filter.statuses };
  if (filter.from || filter.to)
    where.startsAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
  return em.find(Appointment, where, { orderBy: { startsAt: 'asc', id: 'asc' }, limit, offset });
}
