import { GraphQLError } from 'graphql';
import type { Viewer } from '../viewer.ts';

/** Ends one stream with the error its client sees (UNAUTHENTICATED: sign in again). */
type End = (error: GraphQLError) => void;

export function sessionEndedError(reason: string): GraphQLError {
  return new GraphQLError(`${reason}; sign in again.`, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** setTimeout's largest delay; a later expiry is checked again when that one fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Every open event stream of this instance, by session, whatever its transport (SSE or
 * WebSocket): a session's end (sign-out, revocation, removal, role change, expiry) ends them all at
 * once. `end` is called by the dispatcher's hook for the revocation event, so no event published
 * after it reaches the stream.
 */
export class SessionStreams {
  readonly #bySession = new Map<string, Set<End>>();

  /** Registers a stream of the viewer's session; the returned function unregisters it. */
  add(viewer: Viewer, end: End): () => void {
    let set = this.#bySession.get(viewer.sessionId);
    if (!set) this.#bySession.set(viewer.sessionId, (set = new Set()));
    set.add(end);
    const timer = expiryTimer(viewer.expiresAt, () => end(sessionEndedError('Your session has expired')));
    return () => {
      clearTimeout(timer.current);
      set.delete(end);
      if (set.size === 0 && this.#bySession.get(viewer.sessionId) === set) this.#bySession.delete(viewer.sessionId);
    };
  }

  end(sessionId: string, reason: string): void {
    const set = this.#bySession.get(sessionId);
    if (!set) return;
    this.#bySession.delete(sessionId);
    const error = sessionEndedError(reason);
    for (const end of set) end(error);
  }

  get size(): number {
    let n = 0;
    for (const set of this.#bySession.values()) n += set.size;
    return n;
  }
}

/** Fires at `at`, even when that is further away than one timer can wait. */
export function expiryTimer(at: Date, fire: () => void): { current: ReturnType<typeof setTimeout> } {
  const timer = { current: undefined as unknown as ReturnType<typeof setTimeout> };
  const arm = () => {
    const left = at.getTime() - Date.now();
    timer.current = setTimeout(left > MAX_TIMER_MS ? arm : fire, Math.min(Math.max(left, 0), MAX_TIMER_MS));
    timer.current.unref?.();
  };
  arm();
  return timer;
}
