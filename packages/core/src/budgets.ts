import { AsyncLocalStorage } from 'node:async_hooks';
import { Semaphore } from './semaphore.ts';

/**
 * A class of mutations with a share of the connection pool of its own (bookings, message sends),
 * declared by the plugin that owns it and named on its mutation fields with `inRequestClass`.
 */
export interface RequestClass {
  /** Unique; names the class in `PlatformOptions.budgets.classes`. */
  name: string;
  /** Its share of the writes' connections (0–1): it holds at most max(1, round(share × writes)) at once. */
  share: number;
  /** Operations of one key (a store, a conversation) under way at once in `turn`; the rest wait, in memory. */
  perKey: number;
  /** Longest wait for a turn or a connection before the operation is answered RateLimited. */
  maxWaitMs: number;
}

export function defineRequestClass(
  definition: Pick<RequestClass, 'name' | 'share'> & Partial<Omit<RequestClass, 'name' | 'share'>>,
): RequestClass {
  return { perKey: 1, maxWaitMs: 10_000, ...definition };
}

/** What a connection is taken for: a query, a mutation, or a mutation of a declared class. */
export type RequestKind = 'reads' | 'writes' | RequestClass;

/** How many pooled connections each kind of request may hold at once. */
export interface Budgets {
  /** All queries together; the rest of the pool stays free for mutations. */
  reads: number;
  /** All mutations together (declared classes included); the rest stays free for queries. */
  writes: number;
  /** A declared class, by name, instead of its share of `writes`. */
  classes: Record<string, number>;
  /** Longest wait for a connection of `reads` or `writes` before the operation is answered RateLimited. */
  maxWaitMs: number;
}

/** Relative to the pool: mutations leave at least 30% of it to queries, queries at least one connection to mutations. */
export function defaultBudgets(poolSize: number): Budgets {
  return {
    reads: Math.max(1, poolSize - 1),
    writes: Math.max(1, poolSize - Math.ceil(poolSize * 0.3)),
    classes: {},
    maxWaitMs: 10_000,
  };
}

interface Scope {
  kind: RequestKind;
  /** Holds a turn: others of its key wait on it, so its connections come before the class's other work. */
  first: boolean;
  /** False once the work that opened it returned: what it left running counts against nothing. */
  open: boolean;
}

interface ClassState {
  connections: Semaphore;
  turns: Map<string, Semaphore>;
}

/**
 * Shares of the connection pool by kind of request, so that no kind can drain it: a burst of one
 * class of mutations (40 bookings in one store) waits for its own share, in memory, in arrival
 * order, while queries, other mutations and other classes keep theirs. Every connection taken
 * from the pool is counted against the kind of the work that takes it (an async-context scope
 * opened per GraphQL operation; see http/request-classes.ts); work outside any scope (event
 * dispatch, jobs, subscriptions' deliveries, start-up) counts against nothing but the pool.
 */
export class ConnectionBudgets {
  readonly budgets: Budgets;
  readonly #scope = new AsyncLocalStorage<Scope>();
  readonly #reads: Semaphore;
  readonly #writes: Semaphore;
  readonly #classes = new Map<string, ClassState>();

  constructor(budgets: Budgets) {
    this.budgets = budgets;
    this.#reads = new Semaphore(budgets.reads);
    this.#writes = new Semaphore(budgets.writes);
  }

  /** Runs `fn` with every connection it takes counted against `kind`. */
  within<T>(kind: RequestKind, fn: () => T | Promise<T>): Promise<T> {
    return this.#run({ kind, first: false, open: true }, fn);
  }

  async #run<T>(scope: Scope, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await this.#scope.run(scope, fn);
    } finally {
      scope.open = false;
    }
  }

  /**
   * Waits for `key`'s turn in `cls` (at most `perKey` at once; waiting holds no connection), then
   * runs `fn` in the class, its connections ahead of the class's other waiting work (the key's
   * queue waits on it). Answers RateLimited after `maxWaitMs` without a turn.
   */
  async turn<T>(cls: RequestClass, key: string, fn: () => Promise<T>): Promise<T> {
    const state = this.#state(cls);
    let lane = state.turns.get(key);
    if (!lane) state.turns.set(key, (lane = new Semaphore(cls.perKey)));
    const leave = await lane.acquire(cls.maxWaitMs);
    try {
      return await this.#run({ kind: cls, first: true, open: true }, fn);
    } finally {
      leave();
      if (lane.idle && state.turns.get(key) === lane) state.turns.delete(key);
    }
  }

  /**
   * Called before a connection leaves the pool: waits until the current kind may hold one more
   * (a class's own share first, then the writes' share). Resolves with the function that gives
   * it back; null outside any scope.
   */
  admit(): Promise<() => void> | null {
    const scope = this.#scope.getStore();
    if (!scope?.open) return null;
    const { kind } = scope;
    if (kind === 'reads') return this.#reads.acquire(this.budgets.maxWaitMs);
    if (kind === 'writes') return this.#writes.acquire(this.budgets.maxWaitMs);
    return this.#admitClass(kind, scope.first);
  }

  async #admitClass(cls: RequestClass, first: boolean): Promise<() => void> {
    const started = Date.now();
    const leaveClass = await this.#state(cls).connections.acquire(cls.maxWaitMs, first);
    try {
      const leaveWrites = await this.#writes.acquire(Math.max(1, cls.maxWaitMs - (Date.now() - started)), first);
      return () => {
        leaveWrites();
        leaveClass();
      };
    } catch (error) {
      leaveClass();
      throw error;
    }
  }

  /** Connections `cls` may hold at once. */
  connectionsOf(cls: RequestClass): number {
    return this.budgets.classes[cls.name] ?? Math.max(1, Math.round(cls.share * this.budgets.writes));
  }

  #state(cls: RequestClass): ClassState {
    let state = this.#classes.get(cls.name);
    if (!state) this.#classes.set(cls.name, (state = { connections: new Semaphore(this.connectionsOf(cls)), turns: new Map() }));
    return state;
  }
}
