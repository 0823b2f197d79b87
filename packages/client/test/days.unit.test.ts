import { expect, it } from 'vitest';
import { daysFromToday, localDate } from '../src/days.ts';

it("counts days from today in the store's time zone, not the device's", () => {
  // 23:30 UTC on 1 March is already 2 March in Shanghai (UTC+8) and still 1 March in Los Angeles.
  const now = new Date('2026-03-01T23:30:00Z');
  expect(localDate(now, 'Asia/Shanghai')).toBe('2026-03-02');
  expect(localDate(now, 'America/Los_Angeles')).toBe('2026-03-01');
  expect(daysFromToday('2026-03-02', 'Asia/Shanghai', now)).toBe(0);
  expect(daysFromToday('2026-03-03', 'Asia/Shanghai', now)).toBe(1);
  expect(daysFromToday('2026-03-01', 'Asia/Shanghai', now)).toBe(-1);
  expect(daysFromToday('2026-03-02', 'America/Los_Angeles', now)).toBe(1);
  // Across a month's end and a daylight-saving change (Los Angeles, 8 March 2026).
  expect(daysFromToday('2026-03-31', 'Asia/Shanghai', now)).toBe(29);
  expect(daysFromToday('2026-03-09', 'America/Los_Angeles', new Date('2026-03-08T20:00:00Z'))).toBe(1);
});
