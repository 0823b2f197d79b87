import { describe, expect, it } from 'vitest';
import { isOpen } from '../src/index.ts';

const daily = (opens: string, closes: string) => [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens, closes }));

describe("opening hours in the store's time zone", () => {
  it('reads the local weekday and time, not UTC', () => {
    // Monday 00:30 in Shanghai is Sunday 16:30 UTC; open Monday only.
    const monday = [{ weekday: 1, opens: '00:00', closes: '01:00' }];
    expect(isOpen(monday, 'Asia/Shanghai', new Date('2026-11-22T16:30:00Z'))).toBe(true);
    expect(isOpen(monday, 'UTC', new Date('2026-11-22T16:30:00Z'))).toBe(false);
  });
  it('is open until 24:00 and closed at the closing minute', () => {
    expect(isOpen(daily('09:00', '24:00'), 'Asia/Shanghai', new Date('2026-11-25T15:59:00Z'))).toBe(true);
    expect(isOpen(daily('09:00', '21:00'), 'Asia/Shanghai', new Date('2026-11-25T13:00:00Z'))).toBe(false);
  });
  it('follows daylight saving time (Berlin: 09:00 is 07:00 UTC in summer, 08:00 in winter)', () => {
    const hours = daily('09:00', '18:00');
    expect(isOpen(hours, 'Europe/Berlin', new Date('2026-03-30T07:00:00Z'))).toBe(true);
    expect(isOpen(hours, 'Europe/Berlin', new Date('2026-03-27T07:30:00Z'))).toBe(false);
    expect(isOpen(hours, 'Europe/Berlin', new Date('2026-10-26T07:30:00Z'))).toBe(false);
    expect(isOpen(hours, 'Europe/Berlin', new Date('2026-10-26T08:00:00Z'))).toBe(true);
  });
});
