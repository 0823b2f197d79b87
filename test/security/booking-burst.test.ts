import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BurstResult, bookingBurstScenario, percentile } from './booking-burst-scenario.ts';

let scenario: Awaited<ReturnType<typeof bookingBurstScenario>>;
let result: BurstResult;
beforeAll(async () => {
  scenario = await bookingBurstScenario();
  result = await scenario.run();
  console.log(
    `booking burst: ${result.burstMs.toFixed(0)} ms, bookings p99 ${percentile(
      result.bookings.map((b) => b.ms),
      99,
    ).toFixed(0)} ms, ` +
      `reads p99 ${percentile(
        result.reads.map((r) => r.ms),
        99,
      ).toFixed(0)} ms (${result.reads.length}), ` +
      `messages p99 ${percentile(
        result.messages.map((m) => m.ms),
        99,
      ).toFixed(0)} ms (${result.messages.length}), deadlocks ${result.deadlocks}`,
  );
}, 180_000);
afterAll(() => scenario?.close());

describe('40 customers booking 10 overlapping start times at once', () => {
  it('every booking is answered, as a booking or SlotTaken, and none twice on one technician', () => {
    const outcomes = result.bookings.map((b) => b.result);
    expect(outcomes.filter((o) => o !== 'Appointment' && o !== 'SlotTaken')).toEqual([]);
    // 4 technicians, 60-minute service, starts 15 minutes apart from 10:00 to 12:15: 3 each at most.
    const booked = outcomes.filter((o) => o === 'Appointment').length;
    expect(booked).toBeGreaterThanOrEqual(4);
    expect(booked).toBeLessThanOrEqual(12);
    expect(result.overlaps).toBe(0);
  });

  it('serializes instead of deadlocking', () => {
    expect(result.deadlocks).toBe(0);
  });

  it('does not stall unrelated requests: reads and chat in another store keep answering', () => {
    expect(result.reads.every((r) => r.result === 'Conversation')).toBe(true);
    expect(result.messages.every((m) => m.result === 'SentMessage')).toBe(true);
    // Bounds far from the targets, for a shared and busy 2-core machine (the issue saw 40 s reads
    // and minutes of bookings); the benchmark reports the real figures.
    expect(Math.max(...result.reads.map((r) => r.ms))).toBeLessThan(3000);
    expect(Math.max(...result.bookings.map((b) => b.ms))).toBeLessThan(20_000);
  });
});
