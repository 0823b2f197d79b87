import { TimeoutError } from '../errors.ts';

// SQLSTATEs of a statement stopped by its deadline: statement_timeout (57014 query_canceled),
// lock_timeout and the embedded database's wait deadline (55P03 lock_not_available).
const TIMEOUT_STATES = new Set(['57014', '55P03']);

/** The typed Timeout for a database error caused by a deadline, or null for any other error. */
export function asTimeout(error: unknown): TimeoutError | null {
  for (let e = error as { code?: unknown; sqlState?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e instanceof TimeoutError) return e;
    if (typeof e !== 'object') return null;
    if (TIMEOUT_STATES.has(String(e.code)) || TIMEOUT_STATES.has(String(e.sqlState))) return new TimeoutError();
  }
  return null;
}
