import { CSRF_HEADER } from '@lacewire/core';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResult<T = any> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

/** Speaks to the platform as an app would: HTTP for queries and mutations, graphql-ws for subscriptions. */
export class TestClient {
  readonly url: string;
  readonly token: string | null;
  readonly #sockets = new Set<WsClient>();

  constructor(url: string, token: string | null) {
    this.url = url;
    this.token = token;
  }

  /** The raw result, errors included. */
  async request<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T> & { status: number }> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CSRF_HEADER]: '1',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { ...((await response.json()) as GraphQLResult<T>), status: response.status };
  }

  /** The data; throws with the server's messages when there are top-level errors. */
  async query<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${result.errors.map((e) => e.message).join('; ')}`);
    return result.data as T;
  }

  /** A subscription over a real WebSocket, with its own connection. */
  subscribe<T = any>(query: string, variables: Record<string, unknown> = {}): TestSubscription<T> {
    const socket = createClient({
      url: this.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: this.token ? { authorization: `Bearer ${this.token}` } : {},
      retryAttempts: 0,
      lazy: false,
      // Close codes are recorded on the subscription; no console noise.
      onNonLazyError: () => {},
    });
    this.#sockets.add(socket);
    return new TestSubscription<T>(socket, query, variables, () => this.#sockets.delete(socket));
  }

  async closeSockets() {
    for (const socket of this.#sockets) await socket.dispose();
    this.#sockets.clear();
  }
}

/** Collects what a subscription delivers; `next()` waits for the next value. */
export class TestSubscription<T> {
  readonly values: GraphQLResult<T>[] = [];
  error: unknown = null;
  completed = false;
  closeCode: number | null = null;
  connected = false;
  readonly #waiters: (() => void)[] = [];
  readonly #socket: WsClient;
  readonly #onClose: () => void;
  #read = 0;

  constructor(socket: WsClient, query: string, variables: Record<string, unknown>, onClose: () => void) {
    this.#socket = socket;
    this.#onClose = onClose;
    socket.on('connected', () => {
      this.connected = true;
      this.#wake();
    });
    socket.on('closed', (event: any) => {
      this.closeCode = event?.code ?? null;
      this.#wake();
    });
    socket.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          this.values.push(value as GraphQLResult<T>);
          this.#wake();
        },
        error: (error) => {
          this.error = error;
          this.#wake();
        },
        complete: () => {
          this.completed = true;
          this.#wake();
        },
      },
    );
  }

  #wake() {
    for (const waiter of this.#waiters.splice(0)) waiter();
  }

  /** Resolves when the socket is open and acknowledged. */
  async ready(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.connected) {
      if (this.closeCode !== null || this.error) throw new Error(`subscription socket closed (${this.closeCode})`);
      if (Date.now() > deadline) throw new Error('subscription socket did not connect');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** The next unread value; rejects on timeout, error or close. */
  async next(timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    while (this.#read >= this.values.length) {
      if (this.error) throw new Error(`subscription failed: ${JSON.stringify(this.error)}`);
      if (this.completed || this.closeCode !== null) throw new Error(`subscription ended (close code ${this.closeCode})`);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no subscription value within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const value = this.values[this.#read++];
    if (value.errors?.length) throw new Error(`subscription error: ${value.errors.map((e) => e.message).join('; ')}`);
    return value.data as T;
  }

  async take(count: number, timeoutMs = 5000): Promise<T[]> {
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(await this.next(timeoutMs));
    return out;
  }

  /** Asserts nothing more arrives within the time. */
  async expectSilence(ms = 300): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (this.values.length > this.#read) {
      throw new Error(`unexpected subscription values: ${JSON.stringify(this.values.slice(this.#read))}`);
    }
  }

  /** Waits until the server closes the socket; resolves with the close code. */
  async closed(timeoutMs = 5000): Promise<number | null> {
    const deadline = Date.now() + timeoutMs;
    while (this.closeCode === null && !this.error) {
      if (Date.now() > deadline) throw new Error('socket stayed open');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.closeCode;
  }

  async close() {
    await this.#socket.dispose();
    this.#onClose();
  }
}
