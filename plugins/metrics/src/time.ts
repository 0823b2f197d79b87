import type { OpeningHours } from '@lacewire/plugin-stores';
import { DateTime } from 'luxon';

const HOUR_MS = 3_600_000;

/** The UTC hour an instant falls in: the key of metrics_hourly. */
export function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

/** A wall-clock "HH:MM" on a local day ("24:00" is the next midnight) as epoch ms; luxon resolves the offset. */
function atLocal(day: DateTime, hhmm: string): number {
  const [hour, minute] = hhmm.split(':').map(Number);
  return (hour === 24 ? day.plus({ days: 1 }) : day).set({ hour: hour % 24, minute }).toMillis();
}

/**
 * Seconds of [start, end) that fall inside the store's opening hours (its time zone). A customer
 * who writes at night and is answered when the shop opens has waited 0 business seconds.
 */
export function businessSeconds(start: Date, end: Date, timeZone: string, hours: OpeningHours[]): number {
  if (end <= start || hours.length === 0) return 0;
  const first = DateTime.fromJSDate(start, { zone: timeZone }).startOf('day');
  let total = 0;
  // At most 62 calendar days are walked: longer waits are capped (they are outliers anyway).
  for (let i = 0; i < 62; i++) {
    const day = first.plus({ days: i });
    if (day.toMillis() >= end.getTime()) break;
    // luxon numbers weekdays 1 (Monday) to 7 (Sunday); opening hours use 0 (Sunday) to 6.
    const weekday = day.weekday % 7;
    for (const h of hours) {
      if (h.weekday !== weekday) continue;
      const overlap = Math.min(atLocal(day, h.closes), end.getTime()) - Math.max(atLocal(day, h.opens), start.getTime());
      if (overlap > 0) total += overlap;
    }
  }
  return total / 1000;
}
