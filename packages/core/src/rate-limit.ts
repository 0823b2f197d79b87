import type { EntityManager } from '@mikro-orm/postgresql';
import { Coalescer } from './coalesce.ts';
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

const counter = ([limit, subject]: LimitKey) => `${limit.name}:${subject}`;

/**
 * Takes one point per attempt in one atomic statement (an upsert on PostgreSQL, so it holds
 * under concurrency and across instances): each counter gets all of its attempts' points at
 * once, its rows locked in key order (concurrent statements never deadlock), and an attempt is
 * refused when its own point is past the budget. Returns, per attempt, how many seconds until
 * its window ends when it is refused, or 0 when it may go ahead.
 */
async function take(em: EntityManager, attempts: readonly LimitKey[]): Promise<number[]> {
  const points = new Map<string, { limit: RateLimit; n: number }>();
  for (const attempt of attempts) {
    const found = points.get(counter(attempt));
    if (found) found.n++;
    else points.set(counter(attempt), { limit: attempt[0], n: 1 });
  }
  const keys = [...points.keys()].sort();
  const taken = await rows<{ key: string; hits: number; retry: number }>(
    em,
    sql`insert into lw_rate_limit as r (key, hits, window_ends)
        select key, n, now() + make_interval(secs => secs)
          from unnest(${keys}::text[], ${keys.map((k) => points.get(k)?.n)}::int[],
                      ${keys.map((k) => points.get(k)?.limit.windowSeconds)}::int[]) as i(key, n, secs)
         order by key
        on conflict (key) do update set
          hits = case when r.window_ends <= now() then excluded.hits else r.hits + excluded.hits end,
          window_ends = case when r.window_ends <= now() then excluded.window_ends else r.window_ends end
        returning key, hits, ceil(extract(epoch from window_ends - now()))::int as retry`,
  );
  const after = new Map(taken.map((row) => [row.key, row]));
  const earlier = new Map<string, number>();
  return attempts.map((attempt) => {
    const key = counter(attempt);
    const { hits, retry } = after.get(key) as { hits: number; retry: number };
    const before = earlier.get(key) ?? 0;
    earlier.set(key, before + 1);
    const own = hits - (points.get(key)?.n ?? 0) + before + 1;
    return own > attempt[0].points ? Math.max(1, retry) : 0;
  });
}

/** Gives a point back (an attempt that succeeded is not held against its subject). */
async function giveBack(em: EntityManager, key: LimitKey): Promise<void> {
  await exec(em, sql`update lw_rate_limit set hits = greatest(hits - 1, 0) where key = ${counter(key)} and window_ends > now()`);
}

/**
 * Takes a point from each key's budget, narrowest first, and throws RateLimited at the first one
 * that is spent (the rest keep theirs). Each take is one atomic statement on `em` outside any
 * transaction: it counts at once, on every instance, whatever happens to the attempt.
 */
async function takeAttempt(em: EntityManager, keys: readonly LimitKey[]): Promise<void> {
  for (const key of keys) {
    const [retryAfter] = await take(em, [key]);
    if (retryAfter > 0) throw new RateLimitedError(retryAfter);
  }
}

/**
 * `takeAttempt` of one key for a hot path (every message sent): the takes of concurrent requests
 * go together in one statement (core's Coalescer), one round trip and one commit per batch
 * instead of per attempt. Counts on `em`, which must not be in a transaction (its batches never
 * overlap; raw statements, no identity map). The platform makes one: `runtime.countAttempt`.
 */
export function attemptCounter(em: EntityManager): (key: LimitKey) => Promise<void> {
  const batches = new Coalescer<LimitKey, number>((keys) => take(em, keys));
  return async (key) => {
    const retryAfter = await batches.run(key);
    if (retryAfter > 0) throw new RateLimitedError(retryAfter);
  };
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
