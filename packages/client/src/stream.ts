import { backoffDelay } from '@lacewire/core/backoff';
import { maxCursor, SeenCursors } from './cursor.ts';

/** One committed business event, as every source delivers it. */
export interface StreamEvent<P = any> {
  cursor: string;
  type: string;
  payload: P;
  at: string;
}

/** connected: live. reconnecting: lost the server, retrying (events will be caught up). offline: the browser has no network. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'stopped';

export interface TransportSink {
  /** A connection is up and the subscription was accepted (or is about to be). */
  connected(): void;
  next(event: StreamEvent): void;
  /** The subscription ended with an error (socket closed, server refused, fell behind). */
  error(error: unknown): void;
  complete(): void;
}

/**
 * The ordered, gapless source: `events(after: $cursor)` over graphql-ws in the apps, a fake in tests.
 * `subscribe(null)` means live events only.
 */
export interface StreamTransport {
  subscribe(after: string | null, sink: TransportSink): () => void;
}

/**
 * An extra source of the same events (the Agora RTM receiver): it may deliver them earlier,
 * later, or twice; the stream dedupes by cursor. Extra sources never move the resume cursor —
 * only the ordered subscription does, so a push that arrives out of order leaves no gap.
 */
export interface ExtraEventSource {
  name: string;
  start(deliver: (event: StreamEvent) => void): () => void;
}

export interface StreamOptions {
  transport: StreamTransport;
  /** Resume after this cursor on start (e.g. kept in sessionStorage). */
  cursor?: string | null;
  /** Called with every new resume cursor (to persist it); null when the server no longer keeps its events. */
  saveCursor?: (cursor: string | null) => void;
  /** Session is over: stop and let the app go to sign-in. */
  isSessionEnded?: (error: unknown) => boolean;
  onSessionEnded?: () => void;
  /** Backoff in ms for the nth retry (1-based). */
  backoff?: (attempt: number) => number;
  /** Is the network there? (navigator.onLine in browsers). */
  online?: () => boolean;
  /** Subscribes to online/offline changes; returns an unsubscribe. */
  watchOnline?: (listener: () => void) => () => void;
  seenLimit?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: any) => void;
}

type Handler = (event: StreamEvent) => void;

/** True for the server's answer to a cursor older than the events it keeps (`CursorExpired`). */
export function isCursorExpired(error: unknown): boolean {
  const errors = Array.isArray(error) ? error : [error];
  return errors.some((e) => (e as { extensions?: { code?: unknown } } | null)?.extensions?.code === 'CursorExpired');
}

const defaultBackoff = (attempt: number) => backoffDelay(attempt, { baseMs: 300, maxMs: 10_000, jitter: 0.25 });

/**
 * The app's ONE realtime stream. Keeps the last cursor, resumes after it on every reconnect (the
 * server replays what was missed, then goes live), drops duplicates by cursor, and tells the app
 * its connection state. When it has no cursor yet as it connects (first start, or nothing received
 * before a reconnect), it cannot replay, so it fires `resync`: the app refetches its queries. So it
 * does when the server no longer keeps the events after its cursor (`CursorExpired`, retention).
 */
export class EventStream {
  readonly #options: StreamOptions;
  readonly #seen: SeenCursors;
  readonly #handlers = new Map<string, Set<Handler>>();
  readonly #stateListeners = new Set<(state: ConnectionState) => void>();
  readonly #resyncListeners = new Set<() => void>();
  readonly #sources = new Map<ExtraEventSource, (() => void) | null>();
  #cursor: string | null;
  #state: ConnectionState = 'stopped';
  #unsubscribe: (() => void) | null = null;
  #retryTimer: unknown = null;
  #attempt = 0;
  #generation = 0;
  #epoch = 0;
  #unwatchOnline: (() => void) | null = null;
  #delivered = 0;
  #duplicates = 0;

  constructor(options: StreamOptions) {
    this.#options = options;
    this.#cursor = options.cursor ?? null;
    this.#seen = new SeenCursors(options.seenLimit);
  }

  /** The resume cursor: the last event received from the ordered subscription. */
  get cursor(): string | null {
    return this.#cursor;
  }

  get state(): ConnectionState {
    return this.#state;
  }

  get stats() {
    return { delivered: this.#delivered, duplicates: this.#duplicates, cursor: this.#cursor };
  }

  start(): void {
    if (this.#state !== 'stopped') return;
    this.#unwatchOnline = this.#options.watchOnline?.(() => this.#onlineChanged()) ?? null;
    for (const source of this.#sources.keys()) this.#startSource(source);
    this.#connect('connecting');
  }

  stop(): void {
    this.#generation++;
    this.#epoch++;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#clearRetry();
    this.#unwatchOnline?.();
    this.#unwatchOnline = null;
    for (const [source, stop] of this.#sources) {
      stop?.();
      this.#sources.set(source, null);
    }
    this.#setState('stopped');
  }

  /** Forget the cursor and dedupe window (another account signed in). */
  reset(cursor: string | null = null): void {
    this.stop();
    this.#cursor = cursor;
    this.#seen.clear();
  }

  /** Drop the current connection and resume at once (after the network came back, or for tests). */
  reconnect(): void {
    if (this.#state === 'stopped') return;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#clearRetry();
    this.#attempt = 0;
    this.#connect('reconnecting');
  }

  /**
   * Handlers for event types (`'*'` for all, or a prefix ending in `.*` like `order.*`).
   * Returns an unsubscribe.
   */
  on(types: string | string[], handler: Handler): () => void {
    const list = Array.isArray(types) ? types : [types];
    for (const type of list) {
      let set = this.#handlers.get(type);
      if (!set) this.#handlers.set(type, (set = new Set()));
      set.add(handler);
    }
    return () => {
      for (const type of list) this.#handlers.get(type)?.delete(handler);
    };
  }

  onState(listener: (state: ConnectionState) => void): () => void {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
  }

  /** Fired when events may have been missed and cannot be replayed: refetch what is on screen. */
  onResync(listener: () => void): () => void {
    this.#resyncListeners.add(listener);
    return () => this.#resyncListeners.delete(listener);
  }

  /** Plug in another source of the same events (see ExtraEventSource). Returns a remover. */
  addSource(source: ExtraEventSource): () => void {
    this.#sources.set(source, null);
    if (this.#state !== 'stopped') this.#startSource(source);
    return () => {
      this.#sources.get(source)?.();
      this.#sources.delete(source);
    };
  }

  /** Delivers an event from any source; returns false when it was a duplicate. */
  deliver(event: StreamEvent, ordered = false): boolean {
    if (ordered) this.#advance(event.cursor);
    if (this.#seen.has(event.cursor)) {
      this.#duplicates++;
      return false;
    }
    this.#seen.add(event.cursor);
    this.#delivered++;
    for (const key of this.#keysFor(event.type)) {
      for (const handler of [...(this.#handlers.get(key) ?? [])]) {
        try {
          handler(event);
        } catch (error) {
          console.error(`[lacewire] handler for ${event.type} failed`, error);
        }
      }
    }
    return true;
  }

  #keysFor(type: string): string[] {
    const keys = [type, '*'];
    const parts = type.split('.');
    for (let i = parts.length - 1; i > 0; i--) keys.push(`${parts.slice(0, i).join('.')}.*`);
    return keys;
  }

  #advance(cursor: string) {
    const next = maxCursor(this.#cursor, cursor);
    if (next !== this.#cursor && next !== null) {
      this.#cursor = next;
      this.#options.saveCursor?.(next);
    }
  }

  #startSource(source: ExtraEventSource) {
    if (this.#sources.get(source)) return;
    const epoch = this.#epoch;
    const stop = source.start((event) => {
      if (epoch === this.#epoch && this.#state !== 'stopped') this.deliver(event, false);
    });
    this.#sources.set(source, stop);
  }

  #connect(state: ConnectionState) {
    const online = this.#options.online?.() ?? true;
    if (!online) {
      this.#setState('offline');
      return;
    }
    this.#setState(state);
    const generation = ++this.#generation;
    // Without a cursor nothing can be replayed: what happened before the subscription was live
    // (on first start too, while the screens ran their first queries) is caught by a refetch.
    const needsResync = this.#cursor === null;
    let settled = false;
    const current = () => generation === this.#generation;
    const unsubscribe = this.#options.transport.subscribe(this.#cursor, {
      connected: () => {
        if (!current()) return;
        this.#attempt = 0;
        this.#setState('connected');
        if (needsResync) for (const listener of [...this.#resyncListeners]) listener();
      },
      next: (event) => {
        if (current()) this.deliver(event, true);
      },
      error: (error) => {
        if (!current() || settled) return;
        settled = true;
        this.#ended(error);
      },
      complete: () => {
        if (!current() || settled) return;
        settled = true;
        this.#ended(null);
      },
    });
    if (current()) this.#unsubscribe = unsubscribe;
    else unsubscribe();
  }

  #ended(error: unknown) {
    this.#unsubscribe = null;
    if (error && this.#options.isSessionEnded?.(error)) {
      this.stop();
      this.#options.onSessionEnded?.();
      return;
    }
    if (error && isCursorExpired(error)) {
      // What followed the cursor is gone: resume from now at once, without a cursor, so that the
      // screens refetch (the resync on connect) instead of waiting for events that never come.
      this.#cursor = null;
      this.#options.saveCursor?.(null);
      this.#attempt = 0;
      this.#setState('reconnecting');
      // Not from inside the transport's error callback: the transport finishes its own work first.
      queueMicrotask(() => {
        if (this.#state === 'reconnecting' && !this.#unsubscribe) this.#connect('reconnecting');
      });
      return;
    }
    if (!(this.#options.online?.() ?? true)) {
      this.#setState('offline');
      return;
    }
    this.#setState('reconnecting');
    this.#attempt++;
    const wait = (this.#options.backoff ?? defaultBackoff)(this.#attempt);
    const set = this.#options.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
    this.#retryTimer = set(() => {
      this.#retryTimer = null;
      if (this.#state === 'reconnecting') this.#connect('reconnecting');
    }, wait);
  }

  #onlineChanged() {
    if (this.#state === 'stopped') return;
    const online = this.#options.online?.() ?? true;
    if (online && (this.#state === 'offline' || this.#state === 'reconnecting')) {
      this.#clearRetry();
      this.#attempt = 0;
      this.#connect('reconnecting');
    } else if (!online && this.#state !== 'offline') {
      // The socket will notice by itself (keep-alive); show it now.
      this.#setState('offline');
      this.#unsubscribe?.();
      this.#unsubscribe = null;
      this.#generation++;
      this.#clearRetry();
    }
  }

  #clearRetry() {
    if (this.#retryTimer !== null) (this.#options.clearTimeout ?? ((h) => clearTimeout(h)))(this.#retryTimer);
    this.#retryTimer = null;
  }

  #setState(state: ConnectionState) {
    if (state === this.#state) return;
    this.#state = state;
    for (const listener of [...this.#stateListeners]) listener(state);
  }
}
