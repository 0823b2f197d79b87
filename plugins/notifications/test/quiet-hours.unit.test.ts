import { describe, expect, it } from 'vitest';
import { quietUntil } from '../src/index.ts';

const night = { starts: '22:00', ends: '07:00', enabled: true };

describe("quiet hours in the store's time zone", () => {
  it('end at the next 07:00 local, tonight or this morning (Shanghai, no DST)', () => {
    expect(quietUntil(night, 'Asia/Shanghai', new Date('2026-11-25T15:30:00Z'))?.toISOString()).toBe('2026-11-25T23:00:00.000Z');
    expect(quietUntil(night, 'Asia/Shanghai', new Date('2026-11-25T18:00:00Z'))?.toISOString()).toBe('2026-11-25T23:00:00.000Z');
    expect(quietUntil(night, 'Asia/Shanghai', new Date('2026-11-25T04:00:00Z'))).toBeNull();
  });
  it('end at 07:00 local across the night the clocks fall back (Berlin, 25 October 2026)', () => {
    // 23:00 CEST on the 24th; 07:00 on the 25th is CET (UTC+1): 06:00 UTC, nine real hours later.
    expect(quietUntil(night, 'Europe/Berlin', new Date('2026-10-24T21:00:00Z'))?.toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });
  it('end at 07:00 local across the night the clocks spring forward (Berlin, 29 March 2026)', () => {
    // 23:00 CET on the 28th; 07:00 on the 29th is CEST (UTC+2): 05:00 UTC.
    expect(quietUntil(night, 'Europe/Berlin', new Date('2026-03-28T22:00:00Z'))?.toISOString()).toBe('2026-03-29T05:00:00.000Z');
  });
  it('are off when disabled, and within one day when they do not cross midnight', () => {
    expect(quietUntil({ ...night, enabled: false }, 'Asia/Shanghai', new Date('2026-11-25T15:30:00Z'))).toBeNull();
    const lunch = { starts: '12:00', ends: '13:30', enabled: true };
    expect(quietUntil(lunch, 'Asia/Shanghai', new Date('2026-11-25T04:10:00Z'))?.toISOString()).toBe('2026-11-25T05:30:00.000Z');
  });
});
