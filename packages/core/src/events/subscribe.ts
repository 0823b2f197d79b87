import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { CursorExpiredError, DomainError, InvalidInputError } from '../errors.ts';
import type { Viewer } from '../viewer.ts';
import { canSee } from './audience.ts';
import type { Dispatcher } from './dispatcher.ts';
import { type LoggedEvent, readEvents } from './log.ts';
import { expiredThrough } from './retention.ts';
import type { SessionStreams } from './session-streams.ts';

export interface SubscribeOptions {
  /** Resume after this cursor: missed events are replayed first. Absent: live events only. */
  after?: string | null;
  types?: readonly string[];
  /** Only events whose payload has these values (`{ storeId }`, `{ customerId }`). */
  where?: Record<string, string | null | undefined>;
  /** Further narrowing (one order, one conversation); audience is always checked. */
  filter?: (event: LoggedEvent) => boolean;
}

/** A subscriber that falls this far behind is disconnected; it resumes with its cursor. */
const MAX_BUFFERED = 10_000;
const REPLAY_BATCH = 500;

interface Control {
  stopped: boolean;
  /** Set when the viewer's session ended: the stream fails with it, delivering nothing more. */
  ended: GraphQLError | null;
  wake: (() => void) | null;
}

/**
 * Replays what the subscriber missed, then goes live, with no gap and no duplicate at the seam:
 * the live listener is attached first and buffers; the replay reads up to the dispatcher's
 * position at that moment; buffered events at or below the last delivered id are dropped.
 * A cursor older than what retention keeps ends the stream with CursorExpired, checked before
 * the replay and again after it (retention may have dropped events it had not read yet).
 *
 * `return()` (the client unsubscribed or its socket closed) ends the stream at once: an async
 * generator waiting for the next event would otherwise only see the return at its next `yield`,
 * keeping its listener (and memory) until an event for it happens to arrive.
 *
 * A signed-in viewer's stream is registered with its session: the session's end fails the stream
 * with UNAUTHENTICATED at once, on SSE as on WebSockets, and nothing after that moment is delivered.
 */
export function subscribeEvents(
  dispatcher: Dispatcher,
  sessions: SessionStreams,
  em: () => EntityManager,
  viewer: Viewer | null,
  options: SubscribeOptions,
): AsyncGenerator<LoggedEvent> {
  const control: Control = { stopped: false, ended: null, wake: null };
  const unregister = viewer
    ? sessions.add(viewer, (error) => {
        control.ended = error;
        control.stopped = true;
        control.wake?.();
      })
    : () => {};
  const inner = eventStream(dispatcher, em, viewer, options, control, unregister);
  const stop = () => {
    unregister();
    control.stopped = true;
    control.wake?.();
  };
  const iterator = {
    next: () => inner.next().catch(typed),
    return: (value?: any) => {
      stop();
      return inner.return(value);
    },
    throw: (error?: unknown) => {
      stop();
      return inner.throw(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator as unknown as AsyncGenerator<LoggedEvent>;
}

/**
 * graphql-js hands a stream's errors to the client as they are, past the resolver's error
 * handling: an expected failure (CursorExpired, InvalidInput) becomes a GraphQLError with its
 * type as `extensions.code`, as on every other field.
 */
function typed(error: unknown): never {
  if (!(error instanceof DomainError)) throw error;
  throw new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.name, ...('field' in error ? { field: error.field } : {}) },
  });
}

async function* eventStream(
  dispatcher: Dispatcher,
  em: () => EntityManager,
  viewer: Viewer | null,
  options: SubscribeOptions,
  control: Control,
  unregister: () => void,
): AsyncGenerator<LoggedEvent> {
  const types = options.types ? new Set(options.types) : null;
  const where = Object.entries(options.where ?? {});
  const wanted = (event: LoggedEvent) =>
    (!types || types.has(event.type)) &&
    canSee(viewer, event.audience) &&
    where.every(([key, value]) => event.payload?.[key] === value) &&
    (!options.filter || options.filter(event));
  const buffer: LoggedEvent[] = [];
  let notify: (() => void) | null = null;
  let overflow = false;
  const unlisten = dispatcher.listen((event) => {
    if (!wanted(event)) return;
    if (buffer.length >= MAX_BUFFERED) overflow = true;
    else buffer.push(event);
    notify?.();
  });
  try {
    let last = BigInt(dispatcher.position);
    if (options.after != null) {
      if (!/^\d{1,19}$/.test(options.after)) throw new InvalidInputError('Not an event cursor.', 'after');
      last = BigInt(options.after);
      // Events after `read` may have been dropped by retention: the client must refetch.
      const whole = async (read: bigint) => {
        if (read < (await expiredThrough(em()))) throw new CursorExpiredError();
      };
      await whole(last);
      const upTo = dispatcher.position;
      for (;;) {
        const batch = await readEvents(em(), {
          after: String(last),
          upTo,
          types: options.types,
          limit: REPLAY_BATCH,
        });
        for (const event of batch) {
          if (control.ended) throw control.ended;
          last = BigInt(event.id);
          if (wanted(event)) yield event;
        }
        if (batch.length < REPLAY_BATCH) break;
      }
      await whole(last);
      if (BigInt(upTo) > last) last = BigInt(upTo);
    }
    while (!control.stopped) {
      while (buffer.length > 0 && !control.stopped) {
        const event = buffer.shift() as LoggedEvent;
        if (BigInt(event.id) <= last) continue;
        last = BigInt(event.id);
        yield event;
      }
      if (overflow) {
        throw new GraphQLError('Subscriber fell too far behind; resubscribe with your last cursor.', {
          extensions: { code: 'SLOW_CONSUMER' },
        });
      }
      if (control.stopped) break;
      await new Promise<void>((resolve) => {
        notify = resolve;
        control.wake = resolve;
      });
      notify = null;
      control.wake = null;
    }
    if (control.ended) throw control.ended;
  } finally {
    unlisten();
    unregister();
  }
}
