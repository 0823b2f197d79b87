import { expect } from 'vitest';

/**
 * Waits for a condition in the browser: browsers under a loaded test run need more than
 * expect.poll's default second, and a flow never sleeps a fixed time instead.
 */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
