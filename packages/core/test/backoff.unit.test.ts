import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/backoff.ts';

describe('the one retry back-off', () => {
  const policy = { baseMs: 1000, maxMs: 15_000 };
  it('doubles from the base and stops at the cap', () => {
    const middle = () => 0.5; // no spread
    expect([1, 2, 3, 4, 5, 6, 50, 5000].map((n) => backoffDelay(n, policy, middle))).toEqual([
      1000, 2000, 4000, 8000, 15_000, 15_000, 15_000, 15_000,
    ]);
  });
  it('spreads each wait by the jitter, each way', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(800);
    expect(backoffDelay(1, policy, () => 0.999_999)).toBe(1200);
    expect(backoffDelay(3, { ...policy, jitter: 0.25 }, () => 0)).toBe(3000);
    expect(backoffDelay(3, { ...policy, jitter: 0 }, Math.random)).toBe(4000);
  });
  it('treats a first or out-of-range attempt as the first', () => {
    expect(backoffDelay(0, policy, () => 0.5)).toBe(1000);
    expect(backoffDelay(-3, policy, () => 0.5)).toBe(1000);
  });
});
