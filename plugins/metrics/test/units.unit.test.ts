import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { businessSeconds, hourOf, LATENCY_BUCKETS_MS, quantile } from '../src/index.ts';
import { cohortIntervals } from '../src/scope.ts';

const zonedTime = (year: number, month: number, day: number, hour: number, minute: number, zone: string) =>
  DateTime.fromObject({ year, month, day, hour, minute }, { zone }).toJSDate();
const weekdays = (opens: string, closes: string) => [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens, closes }));

describe('business hours', () => {
  const shanghai = 'Asia/Shanghai';
  it("counts only the open part of a wait, in the store's time zone", () => {
    // 20:30 → next day 09:30 in Shanghai, open 09:00–21:00: 30 min in the evening + 30 min in the morning.
    const start = zonedTime(2026, 11, 24, 20, 30, shanghai);
    const end = zonedTime(2026, 11, 25, 9, 30, shanghai);
    expect(start.toISOString()).toBe('2026-11-24T12:30:00.000Z');
    expect(businessSeconds(start, end, shanghai, weekdays('09:00', '21:00'))).toBe(3600);
  });
  it('is zero for a wait entirely outside opening hours, and skips closed days', () => {
    const night = zonedTime(2026, 11, 24, 22, 0, shanghai);
    expect(businessSeconds(night, zonedTime(2026, 11, 25, 8, 0, shanghai), shanghai, weekdays('09:00', '21:00'))).toBe(0);
    // Saturday 20:00 → Monday 10:00, closed on Sunday (weekday 0).
    const hours = weekdays('09:00', '21:00').filter((h) => h.weekday !== 0);
    const saturday = zonedTime(2026, 11, 28, 20, 0, shanghai);
    expect(businessSeconds(saturday, zonedTime(2026, 11, 30, 10, 0, shanghai), shanghai, hours)).toBe(2 * 3600);
  });
  it('follows daylight saving time (Berlin, last Sunday of March)', () => {
    const berlin = 'Europe/Berlin';
    const start = zonedTime(2026, 3, 29, 1, 0, berlin);
    const end = zonedTime(2026, 3, 29, 4, 0, berlin);
    // The wall clock moves 3 hours, 2 of them real.
    expect(businessSeconds(start, end, berlin, weekdays('00:00', '23:59'))).toBe(2 * 3600);
  });
  it('counts the repeated hour when the clock falls back (Berlin, last Sunday of October)', () => {
    const berlin = 'Europe/Berlin';
    const start = zonedTime(2026, 10, 25, 0, 0, berlin);
    const end = zonedTime(2026, 10, 25, 4, 0, berlin);
    // The wall clock moves 4 hours, 5 of them real (02:00–03:00 happens twice).
    expect(end.getTime() - start.getTime()).toBe(5 * 3_600_000);
    expect(businessSeconds(start, end, berlin, weekdays('00:00', '24:00'))).toBe(5 * 3600);
    // Opening at 02:30, inside the repeated hour, takes its first occurrence.
    expect(businessSeconds(start, end, berlin, weekdays('02:30', '24:00'))).toBe(2.5 * 3600);
  });
  it('moves an opening time inside the skipped hour forward by the gap (spring forward)', () => {
    const berlin = 'Europe/Berlin';
    const start = zonedTime(2026, 3, 29, 0, 0, berlin);
    // 02:30 does not exist on that day: it reads as 03:30 (01:30 UTC), so 03:30–04:00 is open.
    expect(businessSeconds(start, zonedTime(2026, 3, 29, 4, 0, berlin), berlin, weekdays('02:30', '05:00'))).toBe(1800);
  });
  it('handles a store open until 24:00 and a zone with a half-hour offset and no DST', () => {
    expect(
      businessSeconds(
        zonedTime(2026, 11, 24, 23, 0, shanghai),
        zonedTime(2026, 11, 25, 0, 30, shanghai),
        shanghai,
        weekdays('09:00', '24:00'),
      ),
    ).toBe(3600);
    const kolkata = 'Asia/Kolkata';
    const start = new Date('2026-06-01T00:00:00Z'); // 05:30 in Kolkata
    const end = new Date('2026-06-01T04:00:00Z'); // 09:30 in Kolkata
    expect(businessSeconds(start, end, kolkata, weekdays('09:00', '18:00'))).toBe(1800);
  });
  it('truncates instants to UTC hours', () => {
    expect(hourOf(new Date('2026-11-25T10:59:59.999Z')).toISOString()).toBe('2026-11-25T10:00:00.000Z');
  });
});

describe('latency histograms', () => {
  it('estimates p50 and p95 by interpolating inside buckets', () => {
    const buckets = new Array(LATENCY_BUCKETS_MS.length + 1).fill(0);
    // 100 samples: 50 in (5, 10], 45 in (10, 25], 5 in (100, 250].
    buckets[1] = 50;
    buckets[2] = 45;
    buckets[5] = 5;
    expect(quantile(buckets, 0.5)).toBe(10);
    expect(quantile(buckets, 0.95)).toBe(25);
    expect(quantile(buckets, 0.99)).toBeCloseTo(100 + 150 * (4 / 5), 6);
    expect(quantile(new Array(12).fill(0), 0.5)).toBeNull();
  });
});

describe('cohorts from the switch history', () => {
  const at = (h: number, m = 0) => new Date(Date.UTC(2026, 10, 25, h, m));
  const from = at(0);
  const to = at(12);
  const iso = (list: { from: Date; to: Date }[]) =>
    list.map((i) => [i.from.toISOString().slice(11, 16), i.to.toISOString().slice(11, 16)]);
  it('gives each hour to the state at its end, so both cohorts cover the period exactly once', () => {
    const changes = [
      { changedAt: at(3, 20), enabled: true },
      { changedAt: at(7, 45), enabled: false },
      { changedAt: at(9, 5), enabled: true },
    ];
    expect(iso(cohortIntervals(changes, false, true, from, to))).toEqual([
      ['03:00', '07:00'],
      ['09:00', '12:00'],
    ]);
    expect(iso(cohortIntervals(changes, false, false, from, to))).toEqual([
      ['00:00', '03:00'],
      ['07:00', '09:00'],
    ]);
  });
  it('uses the default before the first switch and the last switch before the period', () => {
    expect(iso(cohortIntervals([], true, true, from, to))).toEqual([['00:00', '12:00']]);
    expect(cohortIntervals([], true, false, from, to)).toEqual([]);
    const before = [{ changedAt: new Date(Date.UTC(2026, 10, 20)), enabled: false }];
    expect(iso(cohortIntervals(before, true, false, from, to))).toEqual([['00:00', '12:00']]);
    // Switched on and off within one hour: the hour counts as off.
    const flicker = [
      { changedAt: at(5, 10), enabled: true },
      { changedAt: at(5, 40), enabled: false },
    ];
    expect(iso(cohortIntervals(flicker, false, true, from, to))).toEqual([]);
  });
});
