/**
 * Slot computation, pure: no database. Times are epoch milliseconds; shift and opening times are
 * local "HH:MM" in the store's IANA zone (luxon resolves DST and offsets).
 */
import { DateTime } from 'luxon';

export interface Interval {
  start: number;
  end: number;
}

export interface LocalHours {
  weekday: number;
  opens: string;
  closes: string;
}

export interface ShiftRule {
  weekday: number;
  starts: string;
  ends: string;
}

export interface ExceptionRule {
  date: string;
  kind: 'off' | 'extra';
  starts?: string | null;
  ends?: string | null;
}

export interface TechnicianPlan {
  id: string;
  skills: readonly string[];
  shifts: readonly ShiftRule[];
  exceptions: readonly ExceptionRule[];
  /** Held time of existing appointments ([start, blocksUntil)), any order. */
  busy: readonly Interval[];
}

export interface SlotQuery {
  zone: string;
  openingHours: readonly LocalHours[];
  technicians: readonly TechnicianPlan[];
  requiredSkills: readonly string[];
  durationMinutes: number;
  bufferMinutes: number;
  stepMinutes: number;
  /** Starts in [from, to). */
  from: number;
  to: number;
}

export interface Slot {
  start: number;
  end: number;
  technicianIds: string[];
}

const MINUTE = 60_000;

/** Sorted, merged. */
export function union(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

export function subtract(from: Interval[], cut: Interval[]): Interval[] {
  let out = union(from);
  for (const c of cut) {
    out = out.flatMap((i) => {
      if (c.end <= i.start || c.start >= i.end) return [i];
      const parts: Interval[] = [];
      if (c.start > i.start) parts.push({ start: i.start, end: c.start });
      if (c.end < i.end) parts.push({ start: c.end, end: i.end });
      return parts;
    });
  }
  return out;
}

export function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of union(a))
    for (const y of union(b)) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (end > start) out.push({ start, end });
    }
  return union(out);
}

/**
 * A local calendar day in a zone. On the usual 24-hour day local times are plain arithmetic from
 * local midnight; only on a daylight-saving day does luxon resolve each time.
 */
class Day {
  readonly date: string;
  readonly weekday: number;
  readonly start: number;
  readonly #zone: string;
  readonly #local: DateTime;
  readonly #uniform: boolean;

  constructor(local: DateTime, next: DateTime) {
    this.#local = local;
    this.date = local.toISODate() as string;
    this.weekday = local.weekday % 7;
    this.#zone = local.zoneName as string;
    this.start = local.toMillis();
    this.#uniform = next.toMillis() - this.start === 24 * 60 * MINUTE && local.hour === 0 && local.minute === 0;
  }

  /** Epoch ms of "HH:MM" on this day (a time inside a DST gap moves forward). */
  at(hhmm: string): number {
    const h = (hhmm.charCodeAt(0) - 48) * 10 + (hhmm.charCodeAt(1) - 48);
    const m = (hhmm.charCodeAt(3) - 48) * 10 + (hhmm.charCodeAt(4) - 48);
    if (this.#uniform) return this.start + (h * 60 + m) * MINUTE;
    // 24:00 (closing at midnight) is the start of the next day.
    return DateTime.fromObject(
      { year: this.#local.year, month: this.#local.month, day: this.#local.day, hour: h % 24, minute: m },
      { zone: this.#zone },
    )
      .plus({ days: Math.floor(h / 24) })
      .toMillis();
  }

  /** Minutes since local midnight on the wall clock. */
  minuteOfDay(ms: number): number {
    if (this.#uniform) return (ms - this.start) / MINUTE;
    const local = DateTime.fromMillis(ms, { zone: this.#zone });
    return local.hour * 60 + local.minute + local.second / 60 + local.millisecond / MINUTE;
  }

  interval(starts: string, ends: string): Interval {
    return { start: this.at(starts), end: this.at(ends) };
  }
}

/** The local days from the day of `from` to the day of `to`, inclusive. */
function daysBetween(zone: string, from: number, to: number): Day[] {
  const days: Day[] = [];
  let day = DateTime.fromMillis(from, { zone }).startOf('day');
  const last = DateTime.fromMillis(Math.max(from, to - 1), { zone })
    .startOf('day')
    .toMillis();
  while (day.toMillis() <= last) {
    const next = day.plus({ days: 1 }).startOf('day');
    days.push(new Day(day, next));
    day = next;
  }
  return days;
}

function openIntervals(day: Day, hours: readonly LocalHours[]): Interval[] {
  return union(hours.filter((h) => h.weekday === day.weekday).map((h) => day.interval(h.opens, h.closes)));
}

/** When a technician works on a day: template, minus time off, plus extra hours, inside opening hours. */
export function workingIntervals(tech: TechnicianPlan, day: Day, open: Interval[]): Interval[] {
  const exceptions = tech.exceptions.filter((e) => e.date === day.date);
  if (exceptions.some((e) => e.kind === 'off' && !e.starts)) return [];
  let working = tech.shifts.filter((s) => s.weekday === day.weekday).map((s) => day.interval(s.starts, s.ends));
  working = subtract(
    working,
    exceptions
      .filter((e) => e.kind === 'off' && e.starts && e.ends)
      .map((e) => day.interval(e.starts as string, e.ends as string)),
  );
  working = union([
    ...working,
    ...exceptions
      .filter((e) => e.kind === 'extra' && e.starts && e.ends)
      .map((e) => day.interval(e.starts as string, e.ends as string)),
  ]);
  return intersect(working, open);
}

function hasSkills(skills: readonly string[], required: readonly string[]) {
  return required.every((r) => skills.includes(r));
}

/** True when none of the (sorted) busy intervals overlaps [start, end). */
function freeBetween(busy: readonly Interval[], start: number, end: number): boolean {
  // Binary search for the first busy interval ending after `start`.
  let lo = 0;
  let hi = busy.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (busy[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo >= busy.length || busy[lo].start >= end;
}

function sortedBusy(tech: TechnicianPlan): Interval[] {
  return [...tech.busy].sort((a, b) => a.start - b.start);
}

/**
 * Every start time (aligned to the step on the local clock) in [from, to) at which at least one
 * technician with the required skills works for the whole duration and is free for the duration
 * plus the buffer. Each slot lists the technicians who could take it.
 */
export function computeSlots(q: SlotQuery): Slot[] {
  const duration = q.durationMinutes * MINUTE;
  const hold = duration + q.bufferMinutes * MINUTE;
  const step = q.stepMinutes * MINUTE;
  const byStart = new Map<number, string[]>();
  const technicians = q.technicians
    .filter((t) => hasSkills(t.skills, q.requiredSkills))
    .map((t) => ({ ...t, busy: sortedBusy(t) }));
  for (const day of daysBetween(q.zone, q.from, q.to)) {
    const open = openIntervals(day, q.openingHours);
    if (open.length === 0) continue;
    for (const tech of technicians) {
      for (const w of workingIntervals(tech, day, open)) {
        // Align to the step on the local clock (10:00, 10:15, … for a 15-minute step).
        const minuteOfDay = day.minuteOfDay(w.start);
        const first = w.start + (Math.ceil(minuteOfDay / q.stepMinutes) * q.stepMinutes - minuteOfDay) * MINUTE;
        for (let s = first; s + duration <= w.end; s += step) {
          if (s < q.from || s >= q.to) continue;
          if (!freeBetween(tech.busy, s, s + hold)) continue;
          const list = byStart.get(s);
          if (list) list.push(tech.id);
          else byStart.set(s, [tech.id]);
        }
      }
    }
  }
  return [...byStart.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, technicianIds]) => ({ start, end: start + duration, technicianIds }));
}

/** Technicians who can take an appointment starting exactly at `start` (walk-ins need no alignment). */
export function freeTechniciansAt(q: Omit<SlotQuery, 'from' | 'to' | 'stepMinutes'>, start: number): string[] {
  const duration = q.durationMinutes * MINUTE;
  const hold = duration + q.bufferMinutes * MINUTE;
  const [day] = daysBetween(q.zone, start, start + 1);
  const open = openIntervals(day, q.openingHours);
  return q.technicians
    .filter((t) => hasSkills(t.skills, q.requiredSkills))
    .filter((t) => workingIntervals(t, day, open).some((w) => w.start <= start && start + duration <= w.end))
    .filter((t) => freeBetween(sortedBusy(t), start, start + hold))
    .map((t) => t.id);
}

/** True when `start` falls on the step grid of the local clock. */
export function onStep(zone: string, start: number, stepMinutes: number): boolean {
  const local = DateTime.fromMillis(start, { zone });
  return local.second === 0 && local.millisecond === 0 && (local.hour * 60 + local.minute) % stepMinutes === 0;
}

/** The local day [start, end) containing `at`. */
export function localDay(zone: string, at: number): Interval {
  const day = DateTime.fromMillis(at, { zone }).startOf('day');
  return { start: day.toMillis(), end: day.plus({ days: 1 }).toMillis() };
}

/** Local "HH:MM" windows of a weekday must lie inside the opening hours of that weekday. */
export function insideOpeningHours(hours: readonly LocalHours[], weekday: number, starts: string, ends: string): boolean {
  return hours.some((h) => h.weekday === weekday && h.opens <= starts && ends <= h.closes);
}
