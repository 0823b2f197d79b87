import { describe, expect, it } from 'vitest';
import { addDays, dayOf, minuteOfDay, startOfDay, timeOn, weekStart, zonedParts } from '../src/lib/zoned.ts';

describe('calendar arithmetic in a store time zone', () => {
  it('has fixed offsets in a zone without daylight saving (Shanghai)', () => {
    const zone = 'Asia/Shanghai';
    expect(startOfDay('2026-11-25', zone).toISOString()).toBe('2026-11-24T16:00:00.000Z');
    expect(timeOn('2026-11-25', 9 * 60 + 30, zone).toISOString()).toBe('2026-11-25T01:30:00.000Z');
    // 23:59 local is still the same local day although UTC has moved on.
    expect(dayOf(new Date('2026-11-25T15:59:00Z'), zone)).toBe('2026-11-25');
    expect(dayOf(new Date('2026-11-25T16:00:00Z'), zone)).toBe('2026-11-26');
    expect(minuteOfDay(new Date('2026-11-25T15:59:00Z'), zone)).toBe(23 * 60 + 59);
  });

  it('follows the spring-forward day (Berlin, 29 March 2026): 23 hours, 02:30 does not exist', () => {
    const zone = 'Europe/Berlin';
    const day = startOfDay('2026-03-29', zone);
    expect(day.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDay(addDays('2026-03-29', 1), zone).getTime() - day.getTime()).toBe(23 * 3_600_000);
    expect(timeOn('2026-03-29', 10 * 60, zone).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(timeOn('2026-03-29', 2 * 60 + 30, zone).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('follows the fall-back day (Berlin, 25 October 2026): 25 hours, 02:30 is its first occurrence', () => {
    const zone = 'Europe/Berlin';
    const day = startOfDay('2026-10-25', zone);
    expect(startOfDay(addDays('2026-10-25', 1), zone).getTime() - day.getTime()).toBe(25 * 3_600_000);
    expect(timeOn('2026-10-25', 2 * 60 + 30, zone).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(minuteOfDay(new Date('2026-10-25T01:30:00Z'), zone)).toBe(2 * 60 + 30);
  });

  it('walks calendar days and weeks (Monday first) across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // a Sunday
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(zonedParts(startOfDay('2026-11-29', 'Asia/Shanghai'), 'Asia/Shanghai')).toEqual({ month: 11, day: 29, weekday: 0 });
  });
});
