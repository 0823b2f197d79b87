import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { computeSlots, freeTechniciansAt, type SlotQuery, type TechnicianPlan } from '../src/slots.ts';

const everyDay = (opens: string, closes: string) => [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens, closes }));
const tech = (id: string, over: Partial<TechnicianPlan> = {}): TechnicianPlan => ({
  id,
  skills: [],
  shifts: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, starts: '10:00', ends: '12:00' })),
  exceptions: [],
  busy: [],
  ...over,
});
const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis();
const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
const query = (over: Partial<SlotQuery>): SlotQuery => ({
  zone: 'Asia/Shanghai',
  openingHours: everyDay('09:00', '21:00'),
  technicians: [tech('a')],
  requiredSkills: [],
  durationMinutes: 60,
  bufferMinutes: 0,
  stepMinutes: 30,
  from: at('2026-12-01T00:00', 'Asia/Shanghai'),
  to: at('2026-12-02T00:00', 'Asia/Shanghai'),
  ...over,
});

describe('computeSlots', () => {
  it('puts the same local shift at different instants in different time zones', () => {
    for (const [zone, utc] of [
      ['Asia/Shanghai', '2026-12-01T02:00:00.000Z'],
      ['America/New_York', '2026-12-01T15:00:00.000Z'],
      ['Europe/London', '2026-12-01T10:00:00.000Z'],
    ] as const) {
      const slots = computeSlots(query({ zone, from: at('2026-12-01T00:00', zone), to: at('2026-12-02T00:00', zone) }));
      expect(slots.map((s) => local(s.start, zone))).toEqual(['2026-12-01T10:00', '2026-12-01T10:30', '2026-12-01T11:00']);
      expect(new Date(slots[0].start).toISOString()).toBe(utc);
      expect(slots[0].end - slots[0].start).toBe(3_600_000);
    }
  });

  it('follows the local clock across a daylight-saving change', () => {
    const zone = 'Europe/Berlin'; // clocks go forward on Sunday 2026-03-29
    const slots = computeSlots(
      query({ zone, from: at('2026-03-28T00:00', zone), to: at('2026-03-30T00:00', zone), stepMinutes: 60 }),
    );
    expect(slots.map((s) => new Date(s.start).toISOString())).toEqual([
      '2026-03-28T09:00:00.000Z', // 10:00 CET
      '2026-03-28T10:00:00.000Z',
      '2026-03-29T08:00:00.000Z', // 10:00 CEST
      '2026-03-29T09:00:00.000Z',
    ]);
  });

  it('applies date exceptions: a day off, hours off, extra hours', () => {
    const zone = 'Asia/Shanghai';
    const a = tech('a', {
      exceptions: [
        { date: '2026-12-01', kind: 'off', starts: '10:30', ends: '11:00' },
        { date: '2026-12-01', kind: 'extra', starts: '15:00', ends: '16:00' },
        { date: '2026-12-02', kind: 'off', starts: null, ends: null },
      ],
    });
    const slots = computeSlots(query({ technicians: [a], from: at('2026-12-01T00:00', zone), to: at('2026-12-04T00:00', zone) }));
    expect(slots.map((s) => local(s.start, zone))).toEqual([
      '2026-12-01T11:00', // 10:00 would run into the 10:30 leave
      '2026-12-01T15:00', // extra hour
      // 2026-12-02: whole day off
      '2026-12-03T10:00',
      '2026-12-03T10:30',
      '2026-12-03T11:00',
    ]);
  });

  it('keeps shifts inside opening hours', () => {
    const zone = 'Asia/Shanghai';
    const slots = computeSlots(query({ openingHours: everyDay('10:30', '21:00'), technicians: [tech('a')] }));
    expect(slots.map((s) => local(s.start, zone))).toEqual(['2026-12-01T10:30', '2026-12-01T11:00']);
    // Closed on Tuesdays (2026-12-01 is a Tuesday): nothing.
    expect(computeSlots(query({ openingHours: everyDay('09:00', '21:00').filter((h) => h.weekday !== 2) }))).toEqual([]);
  });

  it('holds the buffer after existing and new appointments', () => {
    const zone = 'Asia/Shanghai';
    const a = tech('a', {
      shifts: [{ weekday: 2, starts: '09:00', ends: '14:00' }],
      busy: [{ start: at('2026-12-01T11:00', zone), end: at('2026-12-01T12:10', zone) }], // 60 min + 10 buffer
    });
    const slots = computeSlots(query({ technicians: [a], bufferMinutes: 10, stepMinutes: 15 }));
    const starts = slots.map((s) => local(s.start, zone).slice(11));
    // A new 60-minute visit holds 70 minutes: the last start before 11:00 is 09:45 (until 10:55).
    expect(starts).toContain('09:45');
    expect(starts).not.toContain('10:00');
    // After the busy block (until 12:10) the next step is 12:15; 13:00 is the last that ends by 14:00.
    expect(starts.filter((s) => s >= '11:00')).toEqual(['12:15', '12:30', '12:45', '13:00']);
  });

  it('only offers technicians with every required skill, and lists who is free', () => {
    const zone = 'Asia/Shanghai';
    const a = tech('a', { skills: ['cleaning'] });
    const b = tech('b', {
      skills: ['cleaning', 'suede'],
      busy: [{ start: at('2026-12-01T10:00', zone), end: at('2026-12-01T11:00', zone) }],
    });
    const both = computeSlots(query({ technicians: [a, b], requiredSkills: ['cleaning'] }));
    expect(both.map((s) => [local(s.start, zone).slice(11), s.technicianIds])).toEqual([
      ['10:00', ['a']],
      ['10:30', ['a']],
      ['11:00', ['a', 'b']],
    ]);
    const suede = computeSlots(query({ technicians: [a, b], requiredSkills: ['cleaning', 'suede'] }));
    expect(suede.map((s) => [local(s.start, zone).slice(11), s.technicianIds])).toEqual([['11:00', ['b']]]);
    expect(computeSlots(query({ technicians: [a, b], requiredSkills: ['authentication'] }))).toEqual([]);
  });

  it('respects the window and checks exact (walk-in) starts off the grid', () => {
    const zone = 'Asia/Shanghai';
    const q = query({ from: at('2026-12-01T10:20', zone), to: at('2026-12-01T11:00', zone) });
    expect(computeSlots(q).map((s) => local(s.start, zone).slice(11))).toEqual(['10:30']);
    expect(freeTechniciansAt(q, at('2026-12-01T10:07', zone))).toEqual(['a']);
    expect(freeTechniciansAt(q, at('2026-12-01T11:01', zone))).toEqual([]); // would end after 12:00
  });
});
