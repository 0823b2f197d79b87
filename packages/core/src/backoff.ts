/**
 * The one retry back-off of the platform, server and browser alike (this module imports nothing):
 * event consumers, Agora pushes, the apps' stream reconnects and the portal's message outbox.
 * The wait before the nth retry (1-based) is base · 2^(n−1), capped, spread by ±jitter so that
 * clients or instances that failed together do not come back together.
 */
export interface Backoff {
  baseMs: number;
  maxMs: number;
  /** Fraction of the wait to spread it by, each way (default 0.2: 80–120 %). */
  jitter?: number;
}

export function backoffDelay(
  attempt: number,
  { baseMs, maxMs, jitter = 0.2 }: Backoff,
  random: () => number = Math.random,
): number {
  const wait = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(wait * (1 - jitter + 2 * jitter * random()));
}
