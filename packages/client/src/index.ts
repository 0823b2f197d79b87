/**
 * @lacewire/client — shared by the staff console and the customer portal.
 *
 * ```ts
 * const lw = createLacewire({ url: '/graphql', auth: { key: 'lacewire.staff' } });
 * app.use(urql, lw.client); installLacewire(app, lw);
 * // one stream, resumed by cursor; its events update the normalized cache (cache/), so screens
 * // that read orders, conversations… update without refetching
 * lw.stream.onState((s) => indicator.value = s);       // connected / reconnecting / offline
 * lw.stream.addSource(agoraRtmSource);                 // extra pushes, deduped by cursor
 * ```
 */

export { type Backoff, backoffDelay } from '@lacewire/core/backoff';
export {
  Auth,
  type AuthOptions,
  CSRF_HEADER,
  isSessionEnded,
  SESSION_ENDED_CLOSE,
  type Session,
  type SessionChange,
} from './auth.ts';
export {
  APPLIERS,
  type AppliedEvent,
  type Applier,
  type Appliers,
  type ApplyContext,
  applyOrderEvent,
  CACHE_EVENTS,
  NormalizedCache,
  ORDER_CARD,
} from './cache/index.ts';
export { compareCursors, maxCursor, SeenCursors } from './cursor.ts';
export { daysFromToday, localDate } from './days.ts';
export {
  errorCode,
  errorText,
  isError,
  isNotFound,
  type LoadErrorKind,
  loadErrorKind,
  type RequestError,
  type Translator,
  type TypedError,
} from './errors.ts';
export { globalId, localId } from './ids.ts';
export { syncLocale } from './locale.ts';
export {
  CREATING_MUTATIONS,
  newIdempotencyKey,
  type RetrySafeOptions,
  retrySafeFetch,
  rootMutationField,
} from './retry-safe.ts';
export { graphqlWsTransport, Sockets, webSocketUrl } from './sockets.ts';
export {
  type ConnectionState,
  EventStream,
  type ExtraEventSource,
  isCursorExpired,
  type StreamEvent,
  type StreamOptions,
  type StreamTransport,
  type TransportSink,
} from './stream.ts';
export { createLacewire, type Lacewire, type LacewireOptions } from './urql.ts';
