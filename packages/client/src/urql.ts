import { Client, type Exchange, fetchExchange, mapExchange, subscriptionExchange } from '@urql/core';
import { Auth, type AuthOptions, isSessionEnded } from './auth.ts';
import { type Appliers, NormalizedCache, type Viewer } from './cache/index.ts';
import { type RetrySafeOptions, retrySafeFetch } from './retry-safe.ts';
import { graphqlWsTransport, Sockets, webSocketUrl } from './sockets.ts';
import { EventStream, type StreamOptions } from './stream.ts';

export interface LacewireOptions {
  /** HTTP GraphQL endpoint (default `/graphql` on the page's origin). */
  url?: string;
  /** WebSocket endpoint (default: derived from `url`). */
  wsUrl?: string;
  auth?: Auth | AuthOptions;
  webSocketImpl?: unknown;
  fetch?: typeof fetch;
  /**
   * An HTTP request unanswered this long fails (shown as a timeout with a retry) instead of
   * spinning; a little above the server's own deadline (GRAPHQL_TIMEOUT_MS, 30 s). Default 35 s.
   */
  requestTimeoutMs?: number;
  /** Extra urql exchanges before the fetch exchange (e.g. a test's). */
  exchanges?: Exchange[];
  /** Stream options; `transport` replaces graphql-ws (component tests). */
  stream?: Partial<StreamOptions>;
  /** Retries of creating mutations after a lost answer (same idempotency key); see retry-safe.ts. */
  retry?: Omit<RetrySafeOptions, 'fetch'>;
  /** How events change the cache (default: every applier of cache/). */
  appliers?: Appliers;
  /**
   * Who signs in to this app: `customer` (the portal: every conversation event that reaches them is
   * one of their own, so a message from the store counts as unread at once) or `staff` (the console:
   * inbox staff also hear of conversations they are not members of).
   */
  viewer?: Viewer;
}

export interface Lacewire {
  auth: Auth;
  client: Client;
  sockets: Sockets;
  stream: EventStream;
  /** The normalized cache the stream's events are applied to. */
  cache: NormalizedCache;
  /** Sign out on the server (best effort) and locally. */
  signOut(): Promise<void>;
}

function browserOnline() {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function watchBrowserOnline(listener: () => void) {
  if (typeof window === 'undefined') return () => {};
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/**
 * Everything an app needs to talk to Lacewire: the session, an urql client (HTTP with bearer
 * token and CSRF header; subscriptions over graphql-ws; a normalized cache), and the one realtime
 * event stream, whose events are applied to that cache.
 * Any UNAUTHENTICATED answer, HTTP 401 or socket close 4401 ends the session (`auth.onChange`
 * fires with 'expired'); the stream stops and starts again on the next sign-in.
 */
export function createLacewire(options: LacewireOptions = {}): Lacewire {
  const auth = options.auth instanceof Auth ? options.auth : new Auth(options.auth);
  const url = options.url ?? '/graphql';
  const sockets = new Sockets({ url: options.wsUrl ?? webSocketUrl(url), auth, webSocketImpl: options.webSocketImpl });

  const stream = new EventStream({
    transport: options.stream?.transport ?? graphqlWsTransport(sockets),
    isSessionEnded,
    onSessionEnded: () => auth.expire(),
    online: browserOnline,
    watchOnline: watchBrowserOnline,
    ...options.stream,
  });

  const cache = new NormalizedCache({
    appliers: options.appliers,
    account: () => auth.session?.accountId,
    viewer: options.viewer,
  });
  const cacheExchanges = cache.exchanges(stream);

  const baseFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeoutMs = options.requestTimeoutMs ?? 35_000;
  const client = new Client({
    url,
    // Creating mutations carry an idempotency key and are sent again, same key, when the answer is
    // lost. Every request also has a deadline, joined to urql's own abort signal (a torn-down
    // query); uploads have the longer one of their tries instead.
    fetch: retrySafeFetch({
      ...options.retry,
      fetch: (input, init) => {
        if (init?.body instanceof FormData) return baseFetch(input, init);
        const deadline = AbortSignal.timeout(timeoutMs);
        return baseFetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
      },
    }),
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    fetchOptions: () => ({ headers: auth.headers() }),
    exchanges: [
      ...cacheExchanges.before,
      mapExchange({
        onError(error) {
          if (isSessionEnded(error)) auth.expire();
        },
      }),
      ...(options.exchanges ?? []),
      ...cacheExchanges.after,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = sockets.client.subscribe(input, {
                next: (value) => sink.next(value as any),
                error: (error) => {
                  if (isSessionEnded(error)) auth.expire();
                  sink.error(error);
                },
                complete: () => sink.complete(),
              });
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  // The account whose data the cache holds: another one signing in starts from an empty cache.
  let holder = auth.session?.accountId ?? null;
  auth.onChange((session, change) => {
    if (change === 'signedIn') {
      const next = session?.accountId ?? null;
      if (next === null || next !== holder) cache.clear();
      holder = next;
      stream.reset();
      stream.start();
    } else if (!session) {
      stream.reset();
    }
  });
  if (auth.signedIn) stream.start();
  cache.start(client, stream);

  return {
    auth,
    client,
    sockets,
    stream,
    cache,
    async signOut() {
      if (auth.signedIn) {
        try {
          await client.mutation('mutation LacewireSignOut { signOut { __typename } }', {}).toPromise();
        } catch {
          // signing out locally is what matters
        }
      }
      auth.signOut();
      sockets.dispose();
    },
  };
}
