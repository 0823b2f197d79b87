/** Calendar arithmetic in a store's time zone, by luxon (the one time-zone library of server and apps). */
import { DateTime } from 'luxon';

/** A calendar day in the store's zone, as `YYYY-MM-DD`. */
export type Day = string;

const local = (date: Date, timeZone: string) => DateTime.fromJSDate(date, { zone: timeZone });
const dayIn = (day: Day, timeZone: string) => DateTime.fromISO(day, { zone: timeZone });

/** Wall-clock month, day and weekday (0 = Sunday) of an instant in a time zone. */
export function zonedParts(date: Date, timeZone: string) {
  const p = local(date, timeZone);
  return { month: p.month, day: p.day, weekday: p.weekday % 7 };
}

/** The instant at a minute of a local day (the earlier one when the clock repeats, the next real one in a gap). */
export function timeOn(day: Day, minute: number, timeZone: string): Date {
  return dayIn(day, timeZone)
    .set({ hour: Math.floor(minute / 60), minute: minute % 60 })
    .toJSDate();
}

export function dayOf(date: Date, timeZone: string): Day {
  return local(date, timeZone).toISODate() as Day;
}

export function addDays(day: Day, n: number): Day {
  return DateTime.fromISO(day, { zone: 'utc' }).plus({ days: n }).toISODate() as Day;
}

export function startOfDay(day: Day, timeZone: string): Date {
  return dayIn(day, timeZone).startOf('day').toJSDate();
}

/** Monday of the week of a day. */
export function weekStart(day: Day): Day {
  return DateTime.fromISO(day, { zone: 'utc' }).startOf('week').toISODate() as Day;
}

/** Minutes since the store's midnight. */
export function minuteOfDay(date: Date, timeZone: string): number {
  const p = local(date, timeZone);
  return p.hour * 60 + p.minute;
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function parseHhmm(value: string): number {
  const [h, m] = value.split(':').map(Number);
  return h * 60 + (m || 0);
}
