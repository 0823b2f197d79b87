/** The signed-in session as the client keeps it. */
export interface Session {
  token: string;
  /** ISO date-time; the session ends by itself at this moment. */
  expiresAt: string;
  accountId?: string;
  displayName?: string;
}

/** Why the session changed: a sign-in, an explicit sign-out, or the server/clock ending it. */
export type SessionChange = 'signedIn' | 'signedOut' | 'expired';

export interface AuthOptions {
  /** Where the session is kept across reloads (default: localStorage when there is one). */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Storage key; the two apps use different keys so a customer and a clerk can share a browser. */
  key?: string;
  now?: () => number;
}

export const CSRF_HEADER = 'x-lacewire-csrf';
/** WebSocket close code the server uses when the session was revoked or expired. */
export const SESSION_ENDED_CLOSE = 4401;
/** graphql-ws closes with 4403 when connection params are refused (token unknown at connect). */
export const FORBIDDEN_CLOSE = 4403;

function defaultStorage(): AuthOptions['storage'] {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Token storage and session lifetime. Everything that talks to the server asks it for headers
 * and tells it when the server says the session is over (`expire()`); the app listens with
 * `onChange` and goes back to sign-in.
 */
export class Auth {
  readonly #storage: AuthOptions['storage'];
  readonly #key: string;
  readonly #now: () => number;
  readonly #listeners = new Set<(session: Session | null, change: SessionChange) => void>();
  #session: Session | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: AuthOptions = {}) {
    this.#storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.#key = options.key ?? 'lacewire.session';
    this.#now = options.now ?? Date.now;
    const stored = this.#read();
    if (stored && Date.parse(stored.expiresAt) > this.#now()) {
      this.#session = stored;
      this.#schedule();
    } else if (stored) {
      this.#storage?.removeItem(this.#key);
    }
  }

  get session(): Session | null {
    return this.#session;
  }

  get token(): string | null {
    return this.#session?.token ?? null;
  }

  get signedIn(): boolean {
    return this.#session !== null;
  }

  /** Headers for an HTTP GraphQL request: CSRF marker always, bearer token when signed in. */
  headers(): Record<string, string> {
    const headers: Record<string, string> = { [CSRF_HEADER]: '1' };
    if (this.#session) headers.authorization = `Bearer ${this.#session.token}`;
    return headers;
  }

  /** WebSocket connection params (graphql-ws). */
  connectionParams(): Record<string, string> {
    return this.#session ? { authorization: `Bearer ${this.#session.token}` } : {};
  }

  signIn(session: Session): void {
    this.#set(session, 'signedIn');
  }

  signOut(): void {
    if (this.#session) this.#set(null, 'signedOut');
  }

  /** The server (401 / UNAUTHENTICATED / close 4401) or the clock ended the session. */
  expire(): void {
    if (this.#session) this.#set(null, 'expired');
  }

  onChange(listener: (session: Session | null, change: SessionChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(session: Session | null, change: SessionChange) {
    this.#session = session;
    if (session) this.#storage?.setItem(this.#key, JSON.stringify(session));
    else this.#storage?.removeItem(this.#key);
    this.#schedule();
    for (const listener of [...this.#listeners]) listener(session, change);
  }

  #schedule() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#session) return;
    // setTimeout overflows past ~24.8 days; re-check then.
    const wait = Math.min(Date.parse(this.#session.expiresAt) - this.#now(), 2 ** 31 - 1);
    this.#timer = setTimeout(
      () => {
        if (this.#session && Date.parse(this.#session.expiresAt) <= this.#now()) this.expire();
        else this.#schedule();
      },
      Math.max(0, wait),
    );
  }

  #read(): Session | null {
    try {
      const raw = this.#storage?.getItem(this.#key);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Session;
      return typeof parsed?.token === 'string' && typeof parsed?.expiresAt === 'string' ? parsed : null;
    } catch {
      return null;
    }
  }
}

/** True for a GraphQL error list / CloseEvent that means "sign in again". */
export function isSessionEnded(error: unknown): boolean {
  if (!error) return false;
  if (Array.isArray(error)) return error.some(isSessionEnded);
  const e = error as {
    code?: unknown;
    extensions?: { code?: unknown };
    graphQLErrors?: unknown[];
    response?: { status?: number };
  };
  if (e.code === SESSION_ENDED_CLOSE || e.code === FORBIDDEN_CLOSE) return true;
  if (e.extensions?.code === 'UNAUTHENTICATED') return true;
  if (e.response?.status === 401) return true;
  if (Array.isArray(e.graphQLErrors)) return e.graphQLErrors.some(isSessionEnded);
  return false;
}
