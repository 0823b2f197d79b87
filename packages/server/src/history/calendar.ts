import { DateTime } from 'luxon';

const MINUTE = 60_000;

/**
 * The demo stores' week in their time zone: open 10:00–21:00 every day, technicians on shift
 * Tuesday to Sunday 10:00–19:00 (the appointments seed's shifts).
 */
export class Calendar {
  readonly zone: string;

  constructor(zone: string) {
    this.zone = zone;
  }

  local(at: number): DateTime {
    return DateTime.fromMillis(at, { zone: this.zone });
  }

  /** `hh:mm` on the day `days` after the one `at` falls on. */
  at(at: number, days: number, hour: number, minute = 0): number {
    return this.local(at).startOf('day').plus({ days }).set({ hour, minute }).toMillis();
  }

  day(at: number): string {
    return this.local(at).toISODate() ?? '';
  }

  isWorkday(at: number): boolean {
    return this.local(at).weekday !== 1;
  }

  /** The earliest start at or after `at` where `minutes` of work fit into a shift. */
  nextWork(at: number, minutes: number): number {
    let start = at;
    for (let i = 0; i < 14; i++) {
      const local = this.local(start);
      const opens = local.set({ hour: 10, minute: 0, second: 0, millisecond: 0 }).toMillis();
      const closes = local.set({ hour: 19, minute: 0, second: 0, millisecond: 0 }).toMillis();
      if (this.isWorkday(start)) {
        const from = Math.max(start, opens);
        if (from + minutes * MINUTE <= closes) return from;
      }
      start = local.startOf('day').plus({ days: 1 }).set({ hour: 10, minute: 5 }).toMillis();
    }
    return start;
  }

  /** `at`, or the next moment the store is open (10:00–21:00). */
  open(at: number): number {
    const local = this.local(at);
    if (local.hour < 10) return local.set({ hour: 10, minute: 5 + (local.minute % 40) }).toMillis();
    if (local.hour >= 21)
      return local
        .startOf('day')
        .plus({ days: 1 })
        .set({ hour: 10, minute: 5 + (local.minute % 40) })
        .toMillis();
    return at;
  }
}

export const minutes = (n: number) => n * MINUTE;
