import type { EntityManager } from '@mikro-orm/postgresql';
import { exec, rows, sql } from './database/sql.ts';
import { RateLimitedError } from './errors.ts';

/** A budget of attempts per key and fixed window: `points` in `windowSeconds`. */
export interface RateLimit {
  /** Names the counter (keys of different limits never share one). */
  name: string;
  points: number;
  windowSeconds: number;
}

/** One limit applied to one subject (an account, a phone, a client address, an order). */
export type LimitKey = readonly [RateLimit, string];

/**
 * Takes one point from the key's budget in one atomic statement (an upsert on PostgreSQL, so it
 * holds under concurrency and across instances) and returns how many seconds until the window
 * ends when the budget is spent, or 0 when the attempt may go ahead.
 */
async function take(em: EntityManager, [limit, subject]: LimitKey): Promise<number> {
  const key = `${limit.name}:${subject}`;
  const [row] = await rows<{ hits: number; retry: number }>(
    em,
    sql`insert into lw_rate_limit as r (key, hits, window_ends)
        values (${key}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
        on conflict (key) do update set
          hits = case when r.window_ends <= now() then 1 else r.hits + 1 end,
          window_ends = case when r.window_ends <= now() then excluded.window_ends else r.window_ends end
        returning hits, ceil(extract(epoch from window_ends - now()))::int as retry`,
  );
  return row.hits > limit.points ? Math.max(1, row.retry) : 0;
}

/** Gives a point back (an attempt that succeeded is not held against its subject). */
async function giveBack(em: EntityManager, [limit, subject]: LimitKey): Promise<void> {
  await exec(
    em,
    sql`update lw_rate_limit set hits = greatest(hits - 1, 0) where key = ${`${limit.name}:${subject}`} and window_ends > now()`,
  );
}

/**
 * Takes a point from each key's budget, narrowest first, and throws RateLimited at the first one
 * that is spent (the rest keep theirs). Each take is one atomic statement on `em` outside any
 * transaction: it counts at once, on every instance, whatever happens to the attempt.
 */
export async function takeAttempt(em: EntityManager, keys: readonly LimitKey[]): Promise<void> {
  for (const key of keys) {
    const retryAfter = await take(em, key);
    if (retryAfter > 0) throw new RateLimitedError(retryAfter);
  }
}

/**
 * Runs `attempt` only if every key still has budget, taking a point from each BEFORE it runs:
 * a burst of simultaneous guesses is counted as it arrives, not after it was evaluated. Keys are
 * taken narrowest first and the first spent one stops the rest, so a burst from one address spends
 * that address's budget, not the wider ones (the account's, which its owner also needs). With
 * `refundOnSuccess`, a successful attempt gives its points back: only failures add up.
 *
 * Runs on `em` outside any transaction (each statement autocommits), so a failed attempt that
 * rolls its own transaction back still counts.
 */
export async function limitAttempts<T>(
  em: EntityManager,
  keys: readonly LimitKey[],
  attempt: () => Promise<T>,
  options: { refundOnSuccess?: boolean } = {},
): Promise<T> {
  await takeAttempt(em, keys);
  const result = await attempt();
  if (options.refundOnSuccess) for (const key of keys) await giveBack(em, key);
  return result;
}

/** Forgets counters whose window ended long ago (each key re-creates its row when used again). */
export async function pruneRateLimits(em: EntityManager): Promise<void> {
  await exec(em, sql`delete from lw_rate_limit where window_ends < now() - interval '1 hour'`);
}
