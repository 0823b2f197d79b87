import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import type { Auth } from './auth.ts';
import type { StreamEvent, StreamTransport } from './stream.ts';

export interface SocketsOptions {
  /** ws:// or wss:// URL of the GraphQL endpoint. */
  url: string;
  auth: Auth;
  /** For Node (tests): the `ws` package. Browsers use the global WebSocket. */
  webSocketImpl?: unknown;
  /** Send a ping this often; no pong within `pongTimeoutMs` closes the socket (dead network). */
  keepAliveMs?: number;
  pongTimeoutMs?: number;
}

/** ws://…/graphql for an http(s)://…/graphql URL (relative URLs resolve against the page). */
export function webSocketUrl(httpUrl: string): string {
  const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  const url = new URL(httpUrl, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * The graphql-ws connection for the current session. Recreated when the session changes (the
 * server binds a socket to the token it connected with). Retries are left to the callers
 * (`retryAttempts: 0`): the event stream resumes with its newest cursor, which graphql-ws'
 * own retry (re-sending the first payload) cannot do.
 */
export class Sockets {
  readonly #options: SocketsOptions;
  #client: WsClient | null = null;
  #token: string | null | undefined = undefined;
  #connected = false;
  readonly #listeners = new Set<(event: 'connected' | 'closed', detail?: unknown) => void>();

  constructor(options: SocketsOptions) {
    this.#options = options;
    options.auth.onChange(() => this.#replace());
  }

  get client(): WsClient {
    if (!this.#client || this.#token !== this.#options.auth.token) this.#replace();
    return this.#client as WsClient;
  }

  /** The current socket is open and acknowledged. */
  get connected(): boolean {
    return this.#connected;
  }

  on(listener: (event: 'connected' | 'closed', detail?: unknown) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Closes the socket (subscriptions error out and resume on a new one). */
  terminate(): void {
    this.#client?.terminate();
    this.#client = null;
    this.#connected = false;
  }

  dispose(): void {
    void this.#client?.dispose();
    this.#client = null;
  }

  #replace() {
    const old = this.#client;
    this.#client = null;
    this.#connected = false;
    if (old) void old.dispose();
    this.#token = this.#options.auth.token;
    const { auth, keepAliveMs = 12_000, pongTimeoutMs = 6_000 } = this.#options;
    let pongTimer: ReturnType<typeof setTimeout> | null = null;
    let socket: WebSocket | null = null;
    const client = createWsClient({
      url: this.#options.url,
      webSocketImpl: this.#options.webSocketImpl,
      lazy: true,
      lazyCloseTimeout: 1_000,
      retryAttempts: 0,
      keepAlive: keepAliveMs,
      connectionParams: () => auth.connectionParams(),
      on: {
        opened: (s) => {
          socket = s as WebSocket;
        },
        connected: () => {
          if (this.#client === client) this.#connected = true;
          for (const l of [...this.#listeners]) l('connected');
        },
        ping: (received) => {
          if (received) return;
          pongTimer = setTimeout(() => {
            if (socket?.readyState === 1) socket.close(4408, 'Pong timeout');
          }, pongTimeoutMs);
        },
        pong: (received) => {
          if (received && pongTimer) clearTimeout(pongTimer);
          pongTimer = null;
        },
        closed: (event) => {
          if (pongTimer) clearTimeout(pongTimer);
          pongTimer = null;
          socket = null;
          if (this.#client === client) this.#connected = false;
          for (const l of [...this.#listeners]) l('closed', event);
        },
      },
    });
    this.#client = client;
  }
}

const EVENTS = `subscription LacewireEvents($after: String) { events(after: $after) { cursor type payload at } }`;

/** `events(after:)` over the session's socket, as the event stream's ordered transport. */
export function graphqlWsTransport(sockets: Sockets): StreamTransport {
  return {
    subscribe(after, sink) {
      const client = sockets.client;
      const offConnected = client.on('connected', () => sink.connected());
      let done = false;
      if (sockets.connected) queueMicrotask(() => !done && sink.connected());
      const unsubscribe = client.subscribe<{ events: StreamEvent }>(
        { query: EVENTS, variables: { after } },
        {
          next: (result) => {
            if (result.errors?.length) return sink.error(result.errors);
            if (result.data?.events) sink.next(result.data.events);
          },
          error: (error) => {
            done = true;
            offConnected();
            sink.error(error);
          },
          complete: () => {
            done = true;
            offConnected();
            sink.complete();
          },
        },
      );
      return () => {
        offConnected();
        if (!done) unsubscribe();
      };
    },
  };
}
