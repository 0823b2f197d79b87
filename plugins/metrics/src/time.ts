import type { OpeningHours } from '@lacewire/plugin-stores';

const HOUR_MS = 3_600_000;

/** The UTC hour an instant falls in: the key of metrics_hourly. */
export function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Calendar fields of an instant in a time zone. */
export function localParts(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

function offsetMs(at: Date, timeZone: string): number {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of a wall-clock time in a zone (the earlier one when the clock repeats). */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let result = guess - offsetMs(new Date(guess), timeZone);
  const second = guess - offsetMs(new Date(result), timeZone);
  if (second !== result) result = second;
  return new Date(result);
}

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return { h, m };
};

/**
 * Seconds of [start, end) that fall inside the store's opening hours (its time zone). A customer
 * who writes at night and is answered when the shop opens has waited 0 business seconds.
 */
export function businessSeconds(start: Date, end: Date, timeZone: string, hours: OpeningHours[]): number {
  if (end <= start || hours.length === 0) return 0;
  const first = localParts(start, timeZone);
  let total = 0;
  // At most 62 calendar days are walked: longer waits are capped (they are outliers anyway).
  for (let i = 0; i < 62; i++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + i));
    const y = date.getUTCFullYear();
    const mo = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    const dayStart = zonedTime(y, mo, d, 0, 0, timeZone);
    if (dayStart >= end) break;
    for (const h of hours) {
      if (h.weekday !== date.getUTCDay()) continue;
      const o = minutes(h.opens);
      const c = minutes(h.closes);
      const opens = zonedTime(y, mo, d, o.h, o.m, timeZone).getTime();
      const closes = zonedTime(y, mo, d, c.h, c.m, timeZone).getTime();
      const overlap = Math.min(closes, end.getTime()) - Math.max(opens, start.getTime());
      if (overlap > 0) total += overlap;
    }
  }
  return total / 1000;
}
